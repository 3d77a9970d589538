#!/usr/bin/env python3
"""Call-overhead benchmark of argclinic's C glue, in one process.

Builds bench/c/callbench (gcc -O2; the limited glue is a second translation unit compiled with
Py_LIMITED_API=0x030a0000), then times each call form through five entry points that parse the
same signature: public glue, limited glue, PyArg_ParseTupleAndKeywords, CPython clinic's own fast
path (_PyArg_UnpackKeywords) and a METH_FASTCALL function that parses nothing (the floor).
Each figure is the median over repeats of the mean per-call time of a timeit loop; the rounds
interleave the variants so load changes hit all of them alike. Overhead = time - floor.

    run_bench.py [--number N] [--repeat R] [--out DIR] [--no-chart]

Writes DIR/results.md (table) and DIR/results.png (chart), DIR defaulting to bench/.
"""
import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import timeit

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

VARIANTS = ["public", "limited", "classic", "clinic", "floor"]
LABELS = {
    "public": "argclinic public",
    "limited": "argclinic limited (3.10)",
    "classic": "PyArg_ParseTupleAndKeywords",
    "clinic": "CPython clinic (_PyArg_UnpackKeywords)",
    "floor": "floor (no parsing)",
}
CASES = [
    # (name, function, call expression)
    ("objs positional", "objs", "f(1, 2, 3, 4)"),
    ("objs keywords", "objs", "f(a=1, b=2, c=3, d=4)"),
    ("objs mixed", "objs", "f(1, 2, d=4)"),
    # a new kwnames tuple on every call: the keyword matching runs each time (no call-site cache)
    ("objs **dict", "objs", "f(**kw)"),
    ("typed positional", "typed", "f(1, 2.0, 's', True)"),
    ("typed keywords", "typed", "f(x=1, y=2.0, s='s', flag=True)"),
]


def build(out):
    """Compiles callbench into out/ and returns the directory holding the module.

    bench/c/benchglue.c is compiled twice: with the public header (clinic/benchglue.c.h) into
    callbench.c, and with the limited 3.10 header (limited/clinic/benchglue.c.h) into
    callbench_limited.c; both headers are argclinic output (ExampleGlueTest keeps them current).
    """
    src = os.path.join(out, "src")
    if os.path.isdir(src):
        shutil.rmtree(src)
    here = os.path.join(HERE, "c")
    for target, headers in (("public", "clinic"), ("limited", os.path.join("limited", "clinic"))):
        os.makedirs(os.path.join(src, target, "clinic"))
        shutil.copy(os.path.join(here, "benchglue.c"), os.path.join(src, target))
        shutil.copy(os.path.join(here, headers, "benchglue.c.h"),
                    os.path.join(src, target, "clinic"))
    for name in ("callbench.c", "callbench_limited.c", "callbench_clinic.c"):
        shutil.copy(os.path.join(here, name), src)
    include = "-I" + sysconfig.get_paths()["include"]
    common = ["gcc", "-std=c11", "-O2", "-fPIC", "-Wall", "-Wextra", "-Werror", include, "-c"]
    objs = []
    # CPython's clinic fast path: declared in internal headers only from 3.13
    clinic_flags = ["-DPy_BUILD_CORE_MODULE"] if sys.version_info >= (3, 13) else []
    units = [("callbench.c", []), ("callbench_limited.c", ["-DPy_LIMITED_API=0x030a0000"]),
             ("callbench_clinic.c", clinic_flags)]
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        # a free-threaded CPython has no limited API: the module goes without limited_*
        units = [(name, flags + ["-DCALLBENCH_NO_LIMITED"]) for name, flags in units
                 if name != "callbench_limited.c"]
    for name, extra in units:
        obj = os.path.join(src, name[:-2] + ".o")
        subprocess.run(common + extra + [os.path.join(src, name), "-o", obj], check=True)
        objs.append(obj)
    module = os.path.join(out, "callbench" + sysconfig.get_config_var("EXT_SUFFIX"))
    subprocess.run(["gcc", "-shared", *objs, "-o", module], check=True)
    return out


def measure(module, number, repeat):
    """Median and minimum per-call time (ns) of each variant for each case."""
    results = {}
    minima = {}
    for case, func, expr in CASES:
        timers = {v: timeit.Timer(expr, globals={"f": getattr(module, v + "_" + func),
                                                 "kw": {"a": 1, "b": 2, "c": 3, "d": 4}})
                  for v in VARIANTS}
        for timer in timers.values():       # warm up: interning, caches
            timer.timeit(1000)
        samples = {v: [] for v in VARIANTS}
        for _ in range(repeat):
            for v in VARIANTS:
                samples[v].append(timers[v].timeit(number) / number * 1e9)
        results[case] = {v: statistics.median(samples[v]) for v in VARIANTS}
        minima[case] = {v: min(samples[v]) for v in VARIANTS}
    return results, minima


def table(results, title=None):
    lines = ([title, ""] if title else []) + [
             "| call | " + " | ".join(LABELS[v] for v in VARIANTS) + " |",
             "|---" * (len(VARIANTS) + 1) + "|"]
    for case, times in results.items():
        cells = []
        floor = times["floor"]
        for v in VARIANTS:
            if v == "floor":
                cells.append("%.1f ns" % floor)
            else:
                cells.append("%.1f ns (+%.1f)" % (times[v], times[v] - floor))
        lines.append("| %s | %s |" % (case, " | ".join(cells)))
    lines.append("")
    lines.append("Overhead above the floor, and ratios (classic / public: how many times more "
                 "PyArg_ParseTupleAndKeywords costs; public / clinic: 1.0 = as fast as "
                 "CPython's own clinic):")
    lines.append("")
    lines.append("| call | public | limited | classic | clinic | classic / public "
                 "| public / clinic | limited / public |")
    lines.append("|---|---|---|---|---|---|---|---|")
    for case, times in results.items():
        over = {v: max(times[v] - times["floor"], 0.05) for v in VARIANTS}
        lines.append("| %s | %.1f ns | %.1f ns | %.1f ns | %.1f ns | **%.1fx** | %.2f | %.2f |" % (
            case, over["public"], over["limited"], over["classic"], over["clinic"],
            over["classic"] / over["public"], over["public"] / over["clinic"],
            over["limited"] / over["public"]))
    return "\n".join(lines)


def chart(results, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    cases = list(results)
    shown = [v for v in VARIANTS if v != "floor"]
    width = 0.8 / len(shown)
    fig, ax = plt.subplots(figsize=(10, 5))
    for i, v in enumerate(shown):
        values = [results[c][v] - results[c]["floor"] for c in cases]
        ax.bar([x + i * width for x in range(len(cases))], values, width, label=LABELS[v])
    ax.set_xticks([x + width * (len(shown) - 1) / 2 for x in range(len(cases))])
    ax.set_xticklabels(cases)
    ax.set_ylabel("overhead above the floor (ns per call)")
    ax.set_title("Argument-parsing overhead per call (Python %s, median)" % platform.python_version())
    ax.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--number", type=int, default=20000)
    ap.add_argument("--repeat", type=int, default=51)
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--build-dir", default=os.path.join(HERE, "build"))
    ap.add_argument("--no-chart", action="store_true")
    ap.add_argument("--name", default="results",
                    help="base name of the table and chart files (default: results)")
    args = ap.parse_args()
    sys.path.insert(0, build(args.build_dir))
    import callbench
    results, minima = measure(callbench, args.number, args.repeat)
    load = os.getloadavg()
    text = ["# Call-overhead benchmark", "",
            "Generated by `bench/run_bench.py` on %s: Python %s, %s, gcc -O2, %d calls x %d "
            "rounds, median." % (datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                                platform.python_version(), platform.machine(),
                                args.number, args.repeat),
            "Signatures: `objs(a, b, c=None, d=None)` (objects) and "
            "`typed(x: long, y: double, s: str, flag: bool)`.",
            "",
            "Load average while measuring: %.1f %.1f %.1f on %d CPUs (other jobs share the "
            "machine; the rounds interleave the variants so they see the same load)." % (
                load[0], load[1], load[2], os.cpu_count()),
            "",
            table(results, "## Median of the rounds"), "",
            table(minima, "## Minimum of the rounds (least disturbed by other load)"), ""]
    if not args.no_chart:
        chart(results, os.path.join(args.out, args.name + ".png"))
        text += ["![overhead chart](%s.png)" % args.name, ""]
    with open(os.path.join(args.out, args.name + ".md"), "w", encoding="utf-8") as f:
        f.write("\n".join(text))
    print("\n".join(text))


if __name__ == "__main__":
    main()
