"""Calls examples/newdsl's modules built by ./build (C public, limited, core; Rust) with the same
calls and compares results, exception types and messages, and __text_signature__; also checks
the values the constructs promise. Prints 'N passed, M failed'; exits 1 on any failure.

    python check.py target/out
"""
import importlib.util
import os
import sys

# what calls leave in the interpreter's caches (shared with the reliability fuzzer)
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "reliability"))
from caches import cache_held  # noqa: E402


def load(path, name):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def modules(out):
    found = {}
    for sub, name in (("public", "newdsl_c"), ("limited", "newdsl_c"), ("core", "newdsl_c"),
                      ("rust", "newdsl_rust")):
        d = os.path.join(out, sub)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            if f.startswith(name + ".") and f.endswith(".so"):
                found[sub] = load(os.path.join(d, f), name)
    return found


def outcome(fn, args, kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as e:  # the type and the message are what is compared
        return ("raise", type(e).__name__, str(e))


# (function, args, kwargs, expected outcome or None when only C and Rust must agree)
CALLS = [
    # @disable fastcall (gh-132097): positional-only parameters and *args from the tuple
    ("pos", (1, "b"), {}, ("ok", (1, "b", ()))),
    ("pos", (1, "b", 3, 4), {}, ("ok", (1, "b", (3, 4)))),
    ("pos", (1,), {}, ("raise", "TypeError", "pos expected at least 2 arguments, got 1")),
    ("pos", ("x", 2), {}, None),
    ("pos", (1, 2), {"a": 1}, ("raise", "TypeError", "pos() takes no keyword arguments")),
    # @disable fastcall: keywords through a dict
    ("kw", (1,), {}, ("ok", (1, "x", 1.5))),
    ("kw", (1, "y"), {"c": 2.0}, ("ok", (1, "y", 2.0))),
    ("kw", (1,), {"b": "z", "c": 3}, ("ok", (1, "z", 3.0))),
    ("kw", (), {}, None),
    ("kw", (1, "y", 3.0), {}, None),
    ("kw", (1,), {"a": 1}, None),
    ("kw", (1,), {"d": 1}, None),
    ("kw", (1,), {"b": 2}, None),
    ("kw", (1,), {"c": "no"}, None),
    ("kw", (), {"a": 1}, None),
    # METH_O stays METH_O
    ("one", (5,), {}, ("ok", (5,))),
    ("one", (), {}, ("raise", "TypeError", "newdsl_c.one() takes exactly one argument (0 given)")),
    # *args: tuple (gh-122943)
    ("tup", (1,), {}, ("ok", (1, ()))),
    ("tup", (1, 2, 3), {}, ("ok", (1, (2, 3)))),
    ("tup", (), {}, None),
    ("tup", (1,), {"a": 1}, None),
    ("tupkw", (1, 2, 3), {"b": 4}, ("ok", (1, (2, 3), 4))),
    ("tupkw", (), {"a": 1}, ("ok", (1, (), 0))),
    ("tupkw", (1,), {"b": "x"}, None),
    ("tupkw", (1,), {"a": 1}, None),
    # **kwds (gh-64490): always a dict, empty without extra keywords
    ("kwonly", (), {}, ("ok", ({},))),
    ("kwonly", (), {"x": 1, "y": 2}, ("ok", ({"x": 1, "y": 2},))),
    ("kwonly", (1,), {}, ("raise", "TypeError", "kwonly expected 0 arguments, got 1")),
    ("kwpos", (1,), {}, ("ok", (1, None, (), {}))),
    ("kwpos", (1, 2, 3), {"a": 4, "b": 5}, ("ok", (1, 2, (3,), {"a": 4, "b": 5}))),
    ("kwpos", (), {"a": 1}, ("raise", "TypeError", "kwpos expected at least 1 argument, got 0")),
    ("kwpos", ("x",), {}, None),
    ("kwtuple", (1,), {}, ("ok", (1, {}))),
    ("kwtuple", (1,), {"a": 2, "z": 3}, ("ok", (1, {"a": 2, "z": 3}))),
    ("kwtuple", (1, 2), {}, None),
    ("kwgen", (1,), {"d": 4}, ("ok", (1, 1, 2, 4, "e", {}))),
    ("kwgen", (1, 2, 3), {"d": 4, "e": "x", "f": 6, "a": 7}, ("ok", (1, 2, 3, 4, "x", {"f": 6, "a": 7}))),
    ("kwgen", (1,), {"c": 5, "d": 4, "zz": None}, ("ok", (1, 1, 5, 4, "e", {"zz": None}))),
    ("kwgen", (1,), {"f": 6}, None),
    ("kwgen", (1, 2, 3, 4), {"d": 4}, None),
    ("kwgen", (1, 2, 3), {"c": 3, "d": 4}, None),
    ("kwgen", (1,), {"d": 4, "e": 5}, None),
    ("kwgen", (), {"d": 4}, None),
    # *args: array (gh-122943)
    ("arr", (1,), {}, ("ok", (1, None, ()))),
    ("arr", (1, 2, 3, 4), {}, ("ok", (1, 2, (3, 4)))),
    ("arr", (), {}, None),
    ("arr", (1,), {"b": 2}, None),
    ("arrkw", (1, 2, 3), {"x": 4}, ("ok", (1, (2, 3), {"x": 4}))),
    ("arrkw", (1,), {}, ("ok", (1, (), {}))),
    ("arrkw", (), {}, None),
]

SIGNATURES = {
    "pos": "($module, a, b, /, *args)",
    "kw": "($module, a, /, b='x', *, c=1.5)",
    "one": "($module, a, /)",
    "tup": "($module, a, /, *args)",
    "tupkw": "($module, /, a, *args, b=0)",
    "kwonly": "($module, /, **kwds)",
    "kwpos": "($module, a, b=None, /, *args, **kwds)",
    "kwtuple": "($module, a, /, **kwds)",
    "kwgen": "($module, a, b=1, /, c=2, *, d, e='e', **kwds)",
    "arr": "($module, a, b=None, /, *args)",
    "arrkw": "($module, a, /, *args, **kwds)",
}


def main():
    found = modules(sys.argv[1])
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAIL:", what)

    # ./build skips rust/ only when told to (NEWDSL_RUST=0), core/ where it cannot build it
    wanted = {"public"} | ({"limited"} if sys.version_info >= (3, 10) else set())
    if os.environ.get("NEWDSL_RUST", "1") != "0":
        wanted.add("rust")
    if os.path.exists(os.path.join(sys.argv[1], "core")):
        wanted.add("core")
    check(set(found) >= wanted, "modules built: %s" % sorted(found))
    for name, args, kwargs, expected in CALLS:
        results = {k: outcome(getattr(m, name), args, kwargs) for k, m in found.items()}
        # the module name differs in METH_O's message only
        normal = {k: tuple(str(x).replace("newdsl_rust", "newdsl_c") for x in r)
                  for k, r in results.items()}
        check(len(set(normal.values())) == 1, "%s%r %r: %r" % (name, args, kwargs, results))
        if expected is not None:
            check(results["public"] == expected,
                  "%s%r %r: %r, expected %r" % (name, args, kwargs, results["public"], expected))
    for k, m in found.items():
        d = {"z": 1}
        got = m.kwtuple(1, **d)[1]
        check(got == d and got is not d, "%s kwtuple: **kwds must be a new dict" % k)
        got = m.kwgen(1, d=2, **d)[5]
        check(got == d and got is not d, "%s kwgen: **kwds must be a new dict" % k)
    for name, sig in SIGNATURES.items():
        for k, m in found.items():
            check(getattr(m, name).__text_signature__ == sig,
                  "%s %s.__text_signature__ = %r" % (k, name, getattr(m, name).__text_signature__))
    if hasattr(sys, "gettotalrefcount"):
        # a debug build: no call may leak a reference, on success or on error. The first calls
        # of an error path fill the interpreter's caches, so warm up first.
        for k, m in found.items():
            for name, args, kwargs, _ in CALLS:
                fn = getattr(m, name)
                for _ in range(200):
                    outcome(fn, args, kwargs)
                before = sys.gettotalrefcount()
                for _ in range(20):
                    outcome(fn, args, kwargs)
                leaked = sys.gettotalrefcount() - before
                check(leaked < 20, "%s %s%r %r leaks %d references in 20 calls"
                      % (k, name, args, kwargs, leaked))
                held = cache_held(fn, args, kwargs)
                check(held is None or held < 20, "%s %s%r %r leaves %s references in the "
                      "interpreter's caches over 500 calls" % (k, name, args, kwargs, held))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
