#!/usr/bin/env python3
"""Instructions per call of the C glue, this tree against another git revision.

Wall-clock figures (run_bench.py) need a quiet machine; instruction counts do not. This script
builds bench/c/callbench twice, from the working tree and from a git revision (its bench/ files
taken with `git show`), and runs each call form of run_bench.py under valgrind's callgrind,
counting only inside the glue function (`--toggle-collect`, the impl it calls included):

    icount_ab.py --base REV [--python PY] [--calls N]

Prints a table of instructions per call for public and limited glue, base and this tree, with
the ratio, and CPython clinic's own fast path as a reference. Counts are exact and repeatable
for one binary and interpreter; they are a proxy for time, not a replacement for run_bench.py.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import callgrind  # noqa: E402
import run_bench  # noqa: E402

FILES = ["run_bench.py", "c/benchglue.c", "c/callbench.c", "c/callbench_limited.c",
         "c/callbench_clinic.c", "c/clinic/benchglue.c.h", "c/limited/clinic/benchglue.c.h"]

RUNNER = r"""
import glob, importlib.util, sys, timeit
d, name, expr, n = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
spec = importlib.util.spec_from_file_location("callbench", glob.glob(d + "/callbench*.so")[0])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
timer = timeit.Timer(expr, globals={"f": getattr(m, name), "kw": {"a": 1, "b": 2, "c": 3, "d": 4}})
timer.timeit(number=n)
"""

# the glue function callgrind counts in, per variant (public and limited share a name: each
# process loads one module and calls one variant, so only that one runs)
SYMBOLS = {"public": "bench_{}", "limited": "bench_{}", "clinic": "clinic_{}"}


def build_revision(rev, work):
    """bench/ of a git revision, built like run_bench.py does."""
    tree = os.path.join(work, "tree")
    for name in FILES:
        path = os.path.join(tree, "bench", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        blob = subprocess.run(["git", "-C", ROOT, "show", "%s:bench/%s" % (rev, name)],
                              check=True, capture_output=True).stdout
        with open(path, "wb") as f:
            f.write(blob)
    out = os.path.join(work, "out")
    subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, %r); import run_bench; "
                    "run_bench.build(%r)" % (os.path.join(tree, "bench"), out)], check=True)
    return out


def count(python, module_dir, runner, variant, func, expr, calls):
    return callgrind.per_call(SYMBOLS[variant].format(func),
                              [python, runner, module_dir, variant + "_" + func, expr, str(calls)],
                              calls)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision to compare against")
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument("--calls", type=int, default=2000)
    args = ap.parse_args()
    if os.path.realpath(args.python) != os.path.realpath(sys.executable):
        # the modules must be built against the interpreter that runs them
        os.execv(args.python, [args.python, __file__] + sys.argv[1:])
    with tempfile.TemporaryDirectory() as work:
        runner = os.path.join(work, "runner.py")
        with open(runner, "w", encoding="utf-8") as f:
            f.write(RUNNER)
        base = build_revision(args.base, os.path.join(work, "base"))
        head = os.path.join(work, "head")
        run_bench.build(head)
        print("Instructions per call inside the glue (callgrind), %d calls, Python %s; base %s"
              % (args.calls, sys.version.split()[0], args.base))
        print()
        print("| call | public base | public | ratio | limited base | limited | ratio "
              "| CPython clinic |")
        print("|---|---|---|---|---|---|---|---|")
        for case, func, expr in run_bench.CASES:
            row = {}
            for variant in ("public", "limited"):
                row[variant] = (count(args.python, base, runner, variant, func, expr, args.calls),
                                count(args.python, head, runner, variant, func, expr, args.calls))
            clinic = count(args.python, head, runner, "clinic", func, expr, args.calls)
            print("| %s | %.0f | %.0f | %.3f | %.0f | %.0f | %.3f | %.0f |" % (
                case, row["public"][0], row["public"][1], row["public"][1] / row["public"][0],
                row["limited"][0], row["limited"][1], row["limited"][1] / row["limited"][0],
                clinic))


if __name__ == "__main__":
    main()
