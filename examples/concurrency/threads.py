#!/usr/bin/env python3
"""Many threads call every function of extension modules at once; every outcome must equal the
serial one.

    threads.py [--threads 8] [--calls 3000] [--expect-gil on|off] [--skip NAME] LABEL=PATH...

PATH is a built extension module (its init function is PyInit_<file name up to the first dot>).
For each module: the call sites of callsites.py (every function, class, method, getter/setter;
every keyword order, literal and **d; errors), their serial outcomes (run twice; sites making
the same call must agree), then THREADS threads released together by a threading.Barrier, which
run each callable's sites at the same time (the same callables in the same order, each site
several times in a row, every thread starting at another site; a barrier every few hundred
calls keeps them in step), until each thread made CALLS calls per module. Warnings are errors.
--expect-gil checks sys._is_gil_enabled() after the imports (a free-threaded build turns the
GIL on for a module that does not declare Py_mod_gil). Exit 1 on any difference.
"""
import argparse
import copy
import math
import os
import sys
import threading
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import callsites  # noqa: E402

MAX_REPORTED = 10
BURST = 4        # calls of one site in a row
SYNC_CALLS = 400  # calls between barriers (at a callable's boundary: the same for all threads)


def gil_enabled():
    """True/False on 3.13+, None before (no way to ask; the GIL is always on there)."""
    probe = getattr(sys, "_is_gil_enabled", None)
    return probe() if probe else None


def load_all(specs, expect_gil=None):
    """Imports LABEL=PATH modules; checks the GIL state after each import. Returns
    [(label, module)] and a list of problems."""
    modules, problems = [], []
    for spec in specs:
        label, _, path = spec.partition("=")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            modules.append((label, callsites.load(callsites.module_name(path), path)))
        for w in caught:
            problems.append(f"{label}: import warned {w.category.__name__}: {w.message}")
        state = gil_enabled()
        if expect_gil is not None and state is not None and state != expect_gil:
            problems.append(f"{label}: GIL enabled after import is {state}, expected {expect_gil}")
    return modules, problems


class Worker:
    """One thread's run over the corpora: copies of the argument values (threads share no
    mutable argument), outcome comparison, counts."""

    def __init__(self, number, corpora, expected, calls, start, barrier):
        self.number = number
        self.jobs = []
        for (label, corpus), outcomes in zip(corpora, expected):
            want = dict(zip(map(id, corpus.sites), outcomes))
            rounds = max(1, math.ceil(calls / max(1, BURST * len(corpus.sites))))
            copies = {id(s): copy.deepcopy(s.values) for s in corpus.sites}
            schedule = [(group, [(s, copies[id(s)], want[id(s)]) for s in order])
                        for group, order in callsites.schedule(corpus, number, BURST)]
            self.jobs.append((label, corpus, rounds, schedule))
        self.start = start
        self.barrier = barrier
        self.calls = {label: 0 for label, _c in corpora}
        self.mismatches = []
        self.error = None

    def run(self):
        try:
            self.start.wait()
            since_sync = 0
            for label, corpus, rounds, schedule in self.jobs:
                for _ in range(rounds):
                    for _group, order in schedule:
                        if self.barrier is not None and since_sync >= SYNC_CALLS:
                            self.barrier.wait()
                            since_sync = 0
                        since_sync += len(order)
                        for site, values, want in order:
                            got = corpus.outcome(site, values)
                            if got != want and len(self.mismatches) < MAX_REPORTED:
                                self.mismatches.append(f"{label} thread {self.number}: {site.label}: "
                                                       f"got {got!r}, serial {want!r}")
                            self.calls[label] += 1
        except BaseException as e:  # noqa: BLE001 - reported, and the barrier is broken for all
            self.error = f"thread {self.number}: {type(e).__name__}: {e}"
            self.start.abort()
            if self.barrier is not None:
                self.barrier.abort()


def run_threads(corpora, expected, threads, calls, before_start=None):
    """Runs `threads` Workers released together; returns them after all finished.
    before_start (optional) runs once, when every thread is ready to start."""
    start = threading.Barrier(threads, action=before_start)
    barrier = threading.Barrier(threads) if threads > 1 else None
    workers = [Worker(n, corpora, expected, calls, start, barrier) for n in range(threads)]
    pool = [threading.Thread(target=w.run) for w in workers]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    return workers


def prepare(modules, skip):
    """The corpora and their serial outcomes; warnings are errors from here on."""
    warnings.simplefilter("error")
    corpora, expected = [], []
    for label, module in modules:
        corpus = callsites.Corpus(module, skip=skip)
        expected.append(corpus.reference())
        corpora.append((label, corpus))
    return corpora, expected


def describe(label, corpus):
    keyword_sites = sum(1 for s in corpus.sites if "=_" in s.label)
    text = (f"{label}: {len(corpus.groups)} callables, {len(corpus.sites)} call sites "
            f"({keyword_sites} with keywords)")
    if corpus.unstable:
        text += f", {len(corpus.unstable)} dropped as stateful: {', '.join(corpus.unstable[:5])}"
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--threads", type=int, default=int(os.environ.get("STRESS_THREADS", 8)))
    ap.add_argument("--calls", type=int, default=int(os.environ.get("STRESS_CALLS", 3000)),
                    help="calls per thread per module (at least: whole rounds of the corpus)")
    ap.add_argument("--expect-gil", choices=["on", "off"])
    ap.add_argument("--skip", action="append", default=[], help="a callable to leave out")
    ap.add_argument("modules", nargs="+", metavar="LABEL=PATH")
    ns = ap.parse_args()
    expect = None if ns.expect_gil is None else ns.expect_gil == "on"
    modules, problems = load_all(ns.modules, expect)
    corpora, expected = prepare(modules, ns.skip)
    for label, corpus in corpora:
        print(describe(label, corpus))
    started = time.monotonic()
    workers = run_threads(corpora, expected, ns.threads, ns.calls)
    elapsed = time.monotonic() - started
    for w in workers:
        problems += w.mismatches
        if w.error:
            problems.append(w.error)
    for label, _corpus in corpora:
        counts = [w.calls[label] for w in workers]
        print(f"{label}: {ns.threads} threads x {min(counts)} calls, "
              f"{sum(counts)} calls compared with the serial outcomes")
    print(f"GIL enabled: {gil_enabled()}; {elapsed:.1f} s")
    for p in problems:
        print("FAIL " + p)
    print("threads: %s" % ("FAILED" if problems else "ok"))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
