#!/usr/bin/env python3
"""Start-up of the wheel's `argclinic` against the repository's `./argclinic` on the JDK.

    python3 python/bench_startup.py --venv /path/to/venv-with-the-wheel [--rounds 15]

Alternates the two commands round by round (so a load change on a shared machine hits both) over
three workloads, and prints the median wall and CPU (user+sys) time of each. `./argclinic` is run
as a developer runs it: its jar and CDS archive already built.
"""

import argparse
import os
import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd, cwd):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--venv", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--corpus", type=Path,
                    default=Path(os.environ.get("ARGCLINIC_CORPUS",
                                                Path.home() / ".cache/argclinic-corpus/Python-3.13.5")))
    args = ap.parse_args()
    tools = {"./argclinic (JDK 17, CDS)": [str(ROOT / "argclinic")],
             "wheel argclinic": [str(args.venv / "bin/argclinic")]}
    workloads = {"--version": (["--version"], ROOT),
                 "check -q examples": (["check", "-q", "examples"], ROOT)}
    if (args.corpus / "Modules").is_dir():
        workloads["check -q --c-api core (CPython tree)"] = (
            ["check", "-q", "--c-api", "core", "Modules", "Objects", "Python", "PC"], args.corpus)
    for name, (wargs, cwd) in workloads.items():
        samples = {t: [] for t in tools}
        for t, cmd in tools.items():  # warm-up: page cache, the launcher's archive
            timed(cmd + wargs, cwd)
        for _ in range(args.rounds):
            for t, cmd in tools.items():
                samples[t].append(timed(cmd + wargs, cwd))
        print(f"{name} ({args.rounds} rounds, medians)")
        for t, s in samples.items():
            wall = statistics.median(w for w, _ in s) * 1000
            cpu = statistics.median(c for _, c in s) * 1000
            print(f"  {t:28s} wall {wall:7.0f} ms   cpu {cpu:7.0f} ms")


if __name__ == "__main__":
    main()
