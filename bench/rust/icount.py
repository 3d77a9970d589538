#!/usr/bin/env python3
"""Instructions per call of bench.py's call forms, counted by valgrind's callgrind: exact and
repeatable on a loaded machine, where wall-clock figures are not.

Usage: icount.py OUT_DIR [OUT_DIR...] [--calls N]. For each call form prints the floor and the C
glue (from the first OUT_DIR) and the Rust glue of every OUT_DIR (e.g. a build of another
revision's bench_rust.rs). A count is the whole process's instructions with N calls minus with
none, divided by N: the Python loop and the call are included, as in the floor column."""
import argparse
import os
import re
import subprocess
import sys

from bench import FORMS

RUNNER = """import sys
sys.path.insert(0, sys.argv[1])
env = {"f": getattr(__import__(sys.argv[2]), sys.argv[3]), "o": object()}
exec("def run(n):\\n    for _ in range(n): f%s" % sys.argv[4], env)
env["run"](int(sys.argv[5]))
"""


def instructions(out, module, name, args, n):
    # a fixed hash seed: the start-up's count (subtracted) is then the same in both runs
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", RUNNER, out, module, name, args, str(n)],
                         capture_output=True, text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    return int(re.search(r"Collected : (\d+)", run.stderr).group(1))


def per_call(out, module, name, args, n):
    return (instructions(out, module, name, args, n) - instructions(out, module, name, args, 0)) / n


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out", nargs="+")
    ap.add_argument("--calls", type=int, default=50_000)
    ns = ap.parse_args()
    print("call|floor|C|" + "|".join(f"Rust {o}" for o in ns.out))
    for label, name, args, floor in FORMS:
        row = [per_call(ns.out[0], "bench_c", floor, args, ns.calls),
               per_call(ns.out[0], "bench_c", name, args, ns.calls)]
        row += [per_call(o, "bench_rust", name, args, ns.calls) for o in ns.out]
        print(label + "|" + "|".join(f"{v:.1f}" for v in row), flush=True)


if __name__ == "__main__":
    main()
