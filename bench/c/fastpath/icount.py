#!/usr/bin/env python3
"""Instructions per call of the forms CPython's clinic leaves to getargs: today's fast glue
(clinic/) against the format-string glue (getargs/, what CPython's clinic also does for these:
_PyArg_ParseStack / PyArg_ParseTuple / PyArg_ParseTupleAndKeywords). callgrind counts inside the
glue function only (the impl included), so the figures do not depend on machine load:

    icount.py [--python PY] [--calls N]
"""
import argparse
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))
import callgrind  # noqa: E402
import test_fastpath  # noqa: E402

CASES = [
    ("strings with lengths `lengths(s, b, b)` (s#, z#, y#)", "lengths", "f('abc', b'de', b'f')"),
    ("keywords with lengths `lengths_kw('abc', c='x')`", "lengths_kw", "f('abc', c='x')"),
    ("encodings `encoded('x', b'y', c='z')` (es, et, es#)", "encoded", "f('x', b'y', c='z')"),
    ("optional groups `groups(1, 2, 'c', 3)`", "groups", "f(1, 2, 'c', 3)"),
    ("f(**d) with an encoding `encoded(**d)`", "encoded", "f(**d)"),
]

RUNNER = r"""
import importlib.util, sys, timeit
path, name, expr, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
spec = importlib.util.spec_from_file_location("fastpath", path)
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
timeit.Timer(expr, globals={"f": getattr(m, name), "d": {"a": "x", "b": b"y", "c": "z"}}).timeit(n)
"""


def count(python, so, name, expr, calls):
    return callgrind.per_call("fastpath_" + name, [python, "-c", RUNNER, so, name, expr, str(calls)],
                              calls)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--calls", type=int, default=2000)
    args = ap.parse_args()
    python = os.path.realpath(args.python)
    with tempfile.TemporaryDirectory() as work:
        old = test_fastpath.build(python, os.path.join(HERE, "getargs"),
                                  os.path.join(work, "old"), False)
        new = test_fastpath.build(python, HERE, os.path.join(work, "new"), False)
        print("| call | fast glue | format-string glue | ratio |")
        print("|---|---|---|---|")
        for case, name, expr in CASES:
            n = count(python, new, name, expr, args.calls)
            o = count(python, old, name, expr, args.calls)
            print("| %s | %.0f | %.0f | **%.1fx** |" % (case, n, o, o / n))


if __name__ == "__main__":
    main()
