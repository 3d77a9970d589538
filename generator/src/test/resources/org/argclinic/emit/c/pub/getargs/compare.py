"""Calls every function of two builds of gx.c (argv: reference module, module under test, build
folder) with the same arguments and prints each difference and "N checks, M mismatches"."""
import importlib
import itertools
import sys

sys.path.insert(0, sys.argv[3])
from two_faults import two_faults  # noqa: E402 (copied into the build folder)

ref, test = (importlib.import_module(n) for n in sys.argv[1:3])


class LtInt(int):
    def __lt__(self, other):
        raise ValueError("__lt__ called")


VALUES = [b"ab", "s", bytearray(b"x"), 1, None, 2**70, -1, -(2**70), "a\0b", b"a\0b",
          LtInt(-3), LtInt(7), 2**40]
KEYWORDS = ["x", "y", "z", "a", "b", "c", "u", "s", "w", "v", "q"]


def call(f, args, kwargs):
    try:
        return ("ok", repr(f(*args, **kwargs)))
    except Exception as e:
        # the interpreter names the module in some messages
        return ("raise", type(e).__name__, str(e).replace(test.__name__ + ".", ref.__name__ + "."))


checks = mismatches = reordered = 0
for name in ["kwo", "opt", "pk", "po", "enc", "grp", "Box.meth"]:
    if name.startswith("Box."):
        fr, ft = ref.Box().meth, test.Box().meth
    else:
        fr, ft = getattr(ref, name), getattr(test, name)
    for n in range(4):
        for args in itertools.product(VALUES, repeat=n):
            for nk in range(3 if n < 2 else 1):
                for keys in itertools.combinations(KEYWORDS, nk):
                    for kv in itertools.product(VALUES[:4], repeat=nk):
                        kwargs = dict(zip(keys, kv))
                        a, b = call(fr, args, kwargs), call(ft, args, kwargs)
                        checks += 1
                        if a != b and two_faults(a, b, set(kwargs)):
                            reordered += 1
                        elif a != b:
                            mismatches += 1
                            if mismatches <= 50:
                                print(f"MISMATCH {name}{args!r} {kwargs!r}: {a!r} != {b!r}")
print(f"{checks} checks, {mismatches} mismatches")
print(f"{reordered} calls with two faults reported in binding order")
