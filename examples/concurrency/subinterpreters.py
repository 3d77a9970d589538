#!/usr/bin/env python3
"""Isolated subinterpreters (each with its own GIL) call every function of extension modules at
the same time; every outcome must equal the main interpreter's. CPython 3.13+.

    subinterpreters.py [--interpreters 4] [--threads 1] [--main-threads 0] [--calls 2000]
                       [--expect-gil on|off] [--skip NAME] LABEL=PATH...

The main interpreter imports the modules, builds the call sites of callsites.py and their serial
outcomes, and writes the outcomes to a file. It then creates INTERPRETERS interpreters with
_interpreters.create('isolated') and runs each from its own thread (_interpreters.exec): every
one imports the modules itself, rebuilds the same call sites, and runs THREADS threads of
threads.py's workers, comparing each outcome with the main interpreter's; meanwhile
MAIN_THREADS threads of the main interpreter do the same. A barrier on files starts them all
together. Each interpreter writes its report (calls, mismatches, its GIL state, its running
time) to a file: only strings cross interpreters. Exit 1 on any difference or failure.
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import threads  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

# What each subinterpreter runs: its arguments are a dict of literals (only strings, numbers,
# booleans and None cross).
JOB = """
import sys
sys.path.insert(0, {here!r})
import subinterpreters
subinterpreters.job({args!r})
"""


def start_line(ready_dir, name, parties, timeout=120):
    """A barrier between interpreters: announce this party, wait until all have."""
    open(os.path.join(ready_dir, name), "w").close()
    deadline = time.monotonic() + timeout
    while len(os.listdir(ready_dir)) < parties:
        if time.monotonic() > deadline:
            raise TimeoutError(f"only {len(os.listdir(ready_dir))} of {parties} ready")
        time.sleep(0.001)


def job(args):
    """Runs in a subinterpreter (or in the main one, for its own threads); writes a report."""
    report = {"name": args["name"], "calls": {}, "problems": []}
    try:
        modules, problems = threads.load_all(args["modules"], args["expect_gil"])
        report["problems"] += problems
        corpora, _own = threads.prepare(modules, args["skip"])
        with open(args["expected"]) as f:
            reference = json.load(f)
        expected = []
        for label, corpus in corpora:
            want = reference[label]
            if [s.label for s in corpus.sites] != want["sites"]:
                raise AssertionError(f"{label}: the call sites differ from the main interpreter's")
            expected.append(want["outcomes"])
        times = {}

        def go():
            start_line(args["ready"], args["name"], args["parties"])
            times["start"] = time.monotonic()

        workers = threads.run_threads(corpora, expected, args["threads"], args["calls"], go)
        times["end"] = time.monotonic()
        for w in workers:
            report["problems"] += w.mismatches + ([w.error] if w.error else [])
        for label, _corpus in corpora:
            report["calls"][label] = [w.calls[label] for w in workers]
        report.update(times)
        report["gil"] = threads.gil_enabled()
    except BaseException as e:  # noqa: BLE001 - the report carries it across
        report["problems"].append(f"{type(e).__name__}: {e}")
    with open(os.path.join(args["out"], args["name"] + ".json"), "w") as f:
        json.dump(report, f)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--interpreters", type=int, default=int(os.environ.get("STRESS_INTERPRETERS", 4)))
    ap.add_argument("--threads", type=int, default=1, help="threads in each subinterpreter")
    ap.add_argument("--main-threads", type=int, default=0,
                    help="threads of the main interpreter running alongside")
    ap.add_argument("--calls", type=int, default=int(os.environ.get("STRESS_SUBINTERPRETER_CALLS", 2000)),
                    help="calls per thread per module")
    ap.add_argument("--expect-gil", choices=["on", "off"])
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("modules", nargs="+", metavar="LABEL=PATH")
    ns = ap.parse_args()
    try:
        import _interpreters
    except ImportError:
        print("subinterpreters: SKIPPED, this interpreter has no _interpreters module (CPython 3.13+)")
        return 0
    expect = None if ns.expect_gil is None else ns.expect_gil == "on"
    modules, problems = threads.load_all(ns.modules, expect)
    corpora, expected = threads.prepare(modules, ns.skip)
    for label, corpus in corpora:
        print(threads.describe(label, corpus))
    work = tempfile.mkdtemp(prefix="subinterpreters-")
    reference = {label: {"sites": [s.label for s in corpus.sites], "outcomes": outcomes}
                 for (label, corpus), outcomes in zip(corpora, expected)}
    with open(os.path.join(work, "expected.json"), "w") as f:
        json.dump(reference, f)
    ready = os.path.join(work, "ready")
    os.mkdir(ready)
    parties = ns.interpreters + (1 if ns.main_threads else 0)
    common = {"modules": ns.modules, "expect_gil": expect, "skip": ns.skip, "calls": ns.calls,
              "expected": os.path.join(work, "expected.json"), "ready": ready, "out": work,
              "parties": parties}
    interpreters = [_interpreters.create("isolated") for _ in range(ns.interpreters)]
    failures = []

    def drive(n, interp):
        args = dict(common, name=f"interpreter-{n}", threads=ns.threads)
        info = _interpreters.exec(interp, JOB.format(here=HERE, args=args))
        if info is not None:
            failures.append(f"interpreter-{n}: {info.formatted}")

    pool = [threading.Thread(target=drive, args=(n, i)) for n, i in enumerate(interpreters)]
    if ns.main_threads:
        pool.append(threading.Thread(target=job, args=(dict(common, name="main", threads=ns.main_threads),)))
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    for interp in interpreters:
        _interpreters.destroy(interp)

    reports = []
    for name in [f"interpreter-{n}" for n in range(ns.interpreters)] + (["main"] if ns.main_threads else []):
        path = os.path.join(work, name + ".json")
        if not os.path.exists(path):
            failures.append(f"{name}: no report")
            continue
        with open(path) as f:
            reports.append(json.load(f))
    for r in reports:
        failures += [f"{r['name']}: {p}" for p in r["problems"]]
        if expect is not None and r.get("gil") not in (None, expect):
            failures.append(f"{r['name']}: GIL enabled is {r.get('gil')}, expected {expect}")
    timed = [r for r in reports if "start" in r]
    if timed:
        overlap = min(r["end"] for r in timed) - max(r["start"] for r in timed)
        print(f"all {len(timed)} ran at once for {overlap:.2f} s "
              f"(longest {max(r['end'] - r['start'] for r in timed):.2f} s)")
    for label, _corpus in corpora:
        for r in reports:
            counts = r["calls"].get(label)
            if counts:
                print(f"{label}: {r['name']}: {len(counts)} threads x {min(counts)} calls, "
                      f"GIL enabled: {r.get('gil')}")
    shutil.rmtree(work)
    for f in failures:
        print("FAIL " + f)
    print("subinterpreters: %s" % ("FAILED" if failures else "ok"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
