"""The runtime's call-site memo under contention: many threads make keyword calls from 66 call
sites at once, starting together, on a module copy whose memo is empty, so they race to fill its
8 slots (and the other 58 sites take the by-name path). Every outcome must equal the one the same
call gives when made alone. Meaningful on every build; on a free-threaded one the threads really
run at once (the test reports whether the GIL was enabled)."""
import importlib.util
import itertools
import os
import random
import shutil
import sys
import threading

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(HERE)), "..", "bench"))
import run_bench  # noqa: E402  (bench/run_bench.py builds bench/c/callbench)

THREADS = int(os.environ.get("MEMO_THREADS", "8"))
ROUNDS = int(os.environ.get("MEMO_ROUNDS", "60"))


def load(path):
    spec = importlib.util.spec_from_file_location("callbench", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def call_sites():
    """Each site is its own code object, so its kwnames tuple is a distinct constant."""
    sites = []
    for r in range(1, 5):
        for names in itertools.permutations("abcd", r):
            sites.append(eval("lambda f: f(%s)" % ", ".join("%s=%r" % (n, n * 2) for n in names)))
    sites += [eval("lambda f: f(1, 2, zz=2)"), eval("lambda f: f(1, 2, b=3)"),
              eval("lambda f: f(1, c=3, bb=2)"), lambda f: f(**{"b": 1, "a": 2})]
    return sites


def outcome(func, site):
    try:
        return repr(site(func))
    except Exception as e:  # noqa: BLE001 - the outcome is what is compared
        return "%s: %s" % (type(e).__name__, e)


@pytest.fixture(scope="module")
def modules(tmp_path_factory):
    out = str(tmp_path_factory.mktemp("memo"))
    run_bench.build(out)
    path = [os.path.join(out, n) for n in os.listdir(out) if n.startswith("callbench")][0]
    # a second file: dlopen gives it its own statics, so its memo starts empty
    fresh = os.path.join(out, "fresh", os.path.basename(path))
    os.makedirs(os.path.dirname(fresh))
    shutil.copy(path, fresh)
    return load(path), load(fresh)


@pytest.mark.parametrize("variant", ["public_objs", "limited_objs"])
def test_racing_threads_see_serial_outcomes(modules, variant):
    serial_module, racing_module = modules
    if not hasattr(serial_module, variant):
        pytest.skip("no limited API on free-threaded builds")
    sites = call_sites()
    expected = [outcome(getattr(serial_module, variant), s) for s in sites]
    assert any("unexpected keyword argument 'zz'" in e for e in expected)
    func = getattr(racing_module, variant)
    barrier = threading.Barrier(THREADS)
    mismatches = []

    def worker(seed):
        rnd = random.Random(seed)
        order = list(range(len(sites)))
        barrier.wait()
        for _ in range(ROUNDS):
            rnd.shuffle(order)
            for i in order:
                got = outcome(func, sites[i])
                if got != expected[i]:
                    mismatches.append((i, got, expected[i]))
                    return

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    print("%d threads x %d calls, GIL %s" % (THREADS, ROUNDS * len(sites),
                                           "enabled" if gil else "disabled"))
    assert mismatches == []
