"""bench/vectorcall: Fast (@vectorcall __init__, gh-87613) and Slow (the same declaration
without it) must behave alike, subclasses of Fast too (they construct through tp_new/tp_init),
in every module given (the C one first, then the Rust one): each is compared with the first
module's Slow. Prints 'N passed, M failed'.

    python check.py target/PY/vc.so [target/PY/rust/vc.so]
"""
import importlib.util
import sys


def load(path):
    spec = importlib.util.spec_from_file_location("vc", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


modules = [load(p) for p in sys.argv[1:]]
vc = modules[0]


def outcome(cls, args, kwargs):
    try:
        o = cls(*args, **kwargs)
        return ("ok", o.a, o.b)
    except Exception as e:
        return ("raise", type(e).__name__, str(e).replace("Fast", "T").replace("Slow", "T"))


CALLS = [((1,), {}), ((1, 2), {}), ((), {"a": 1, "b": 2}), ((1,), {"b": 2}), ((), {}),
         ((1, 2, 3), {}), ((1,), {"a": 2}), ((), {"c": 1}), ((1,), {"b": 2, "c": 3}),
         ((), {"b": 1}), ((1,), {"\udcff": 1})]
passed = failed = 0
for m in modules:
    Sub = type("Sub", (m.Fast,), {})
    for args, kwargs in CALLS:
        slow = outcome(vc.Slow, args, kwargs)
        for cls in (m.Fast, Sub, m.Slow):
            got = outcome(cls, args, kwargs)
            if got == slow:
                passed += 1
            else:
                failed += 1
                print("FAIL", m.__file__, cls.__name__, args, kwargs, got, slow)
    # heap types show their tp_doc's signature from 3.10 on
    ok = (type(m.Fast(1)) is m.Fast and type(Sub(1)) is Sub
          and (sys.version_info < (3, 10) or m.Fast.__text_signature__ == "(a, b=None)"))
    passed, failed = passed + ok, failed + (not ok)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
