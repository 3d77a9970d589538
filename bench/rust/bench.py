#!/usr/bin/env python3
"""Call overhead of the same signatures through four glues, in one process:
C glue (bench_c), argclinic's Rust glue (bench_rust), PyO3 #[pyfunction] (bench_pyo3), and the
no-parse floor (a C function of the same calling convention that ignores its arguments).
Usage: bench.py OUT_DIR [--number N] [--repeat R] [--rounds K] [--only LABEL]. Prints a table; glue cost = time - floor."""
import argparse
import sys
import timeit

FORMS = [
    ("noargs()", "noargs", "()", "floor_noargs"),
    ("one(obj)", "one", "(o)", "floor_o"),
    ("one_int(5)", "one_int", "(5)", "floor_o"),
    ("pos2(1, 2.5)", "pos2", "(1, 2.5)", "floor_fast"),
    ("kw(1)", "kw", "(1)", "floor_fastkw"),
    ("kw(1, 2)", "kw", "(1, 2)", "floor_fastkw"),
    ("kw(1, b=2)", "kw", "(1, b=2)", "floor_fastkw"),
    ("str1('abc')", "str1", "('abc')", "floor_o"),
]


def best(stmt, env, number, repeat):
    t = timeit.Timer(stmt, globals=env)
    return min(t.repeat(repeat=repeat, number=number)) / number * 1e9


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--number", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", action="append", default=[],
                    help="measure only the call forms whose label contains this text (repeatable)")
    ns = ap.parse_args()
    sys.path.insert(0, ns.out)
    import bench_c
    import bench_pyo3
    import bench_rust
    o = object()
    mods = {"C": bench_c, "Rust": bench_rust, "PyO3": bench_pyo3}
    print(f"{'call':<14}{'floor':>8}{'C':>8}{'Rust':>8}{'PyO3':>8}   glue ns: {'C':>6}{'Rust':>6}{'PyO3':>6}  Rust/C  Rust/PyO3")
    worst_c = 0.0
    pyo3_ok = True
    for label, name, args, floor in FORMS:
        if ns.only and not any(o in label for o in ns.only):
            continue
        env = {"o": o, "floor": getattr(bench_c, floor)}
        for key, m in mods.items():
            env[key] = getattr(m, name)
        # interleave the measurements so drift hits every glue alike
        samples = {k: [] for k in ["floor", *mods]}
        for _ in range(ns.rounds):
            samples["floor"].append(best(f"floor{args}" if floor != "floor_fastkw" or "=" not in args else f"floor{args}", env, ns.number, ns.repeat))
            for key in mods:
                samples[key].append(best(f"{key}{args}", env, ns.number, ns.repeat))
        t = {k: min(v) for k, v in samples.items()}
        g = {k: t[k] - t["floor"] for k in mods}
        r_c = t["Rust"] / t["C"]
        r_p = t["Rust"] / t["PyO3"]
        worst_c = max(worst_c, r_c)
        pyo3_ok &= t["Rust"] < t["PyO3"]
        print(f"{label:<14}{t['floor']:8.1f}{t['C']:8.1f}{t['Rust']:8.1f}{t['PyO3']:8.1f}            "
              f"{g['C']:6.1f}{g['Rust']:6.1f}{g['PyO3']:6.1f}  {r_c:6.3f}  {r_p:8.3f}")
    print(f"worst Rust/C time ratio: {worst_c:.3f}; Rust faster than PyO3 on every form: {pyo3_ok}")


if __name__ == "__main__":
    main()
