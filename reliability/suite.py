#!/usr/bin/env python3
"""The reliability suite: the example modules under a debug CPython, ASan + UBSan and valgrind.

    reliability/run [STEP...] [--calls N] [--asan-calls N] [--valgrind-calls N] [--bench]

Steps (all by default): `debug`, `sanitize`, `valgrind`, `regressions`. See reliability/README.md.
Each step builds what it needs under reliability/target/ and prints one line per check; the last
line is `N passed, M failed` (exit 1 on any failure). A step whose interpreter or tool is
missing is skipped with the reason printed, never silently.

Interpreters: ARGCLINIC_PYTHON_DEBUG (else ~/.cache/argclinic-python/3.13.5-debug/bin/python3
when its build is complete) for every step.
"""
import argparse
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
TARGET = HERE / "target"
ARGCLINIC = str(ROOT / "argclinic")
FUZZ = str(HERE / "fuzz.py")
CACHE = pathlib.Path(os.environ.get("ARGCLINIC_PYTHON_CACHE", pathlib.Path.home() / ".cache" / "argclinic-python"))

SANITIZE_FLAGS = ["-fsanitize=address,undefined,float-cast-overflow", "-fno-sanitize-recover=all",
                  "-fno-omit-frame-pointer", "-g", "-O1"]
MAX_CRASHES = 25


def interpreter(kind, env_name):
    """(path, None) or (None, reason)."""
    path = os.environ.get(env_name)
    if path:
        return (path, None) if os.access(path, os.X_OK) else (None, f"{env_name}={path} is not executable")
    prefix = CACHE / f"3.13.5-{kind}"
    if (prefix / ".complete").exists():
        return str(prefix / "bin" / "python3"), None
    return None, (f"no {kind} CPython: set {env_name} or run ../shared/corpus/build-python {kind} "
                  f"(or .ci/build-python)")


class Report:
    def __init__(self):
        self.passed = self.failed = 0
        self.figures = {}
        self.failures = []

    def check(self, name, ok, detail=""):
        if ok:
            self.passed += 1
        else:
            self.failed += 1
            self.failures.append(name)
        print(f"{'ok  ' if ok else 'FAIL'} {name}" + (f": {detail}" if detail else ""), flush=True)
        return ok

    def skip(self, name, reason):
        print(f"skip {name}: {reason}", flush=True)


def run(cmd, env=None, cwd=None, timeout=3600):
    full = dict(os.environ)
    full.update(env or {})
    return subprocess.run([str(c) for c in cmd], env=full, cwd=cwd, capture_output=True, text=True,
                          errors="replace", timeout=timeout)


def tail(text, n=25):
    return "\n".join(text.strip().splitlines()[-n:])


KEY_LINES = re.compile(r"Assertion|Fatal Python error|AddressSanitizer|runtime error|Segmentation|SUMMARY|"
                       r"^\s*#[0-3] |"
                       r"File \"[^\"]*(tests/test_|reliability/)|^(FAILED|ERROR) |passed|failed")


def key_lines(text, n=20):
    """The lines that say what went wrong (an abort's assertion, the test it was in)."""
    return "\n".join([ln for ln in text.splitlines() if KEY_LINES.search(ln)][-n:]) or tail(text, n)


def sysconfig_of(py):
    out = run([py, "-c", "import sysconfig, json; print(json.dumps({'include': sysconfig.get_paths()['include'],"
               " 'suffix': sysconfig.get_config_var('EXT_SUFFIX')}))"])
    return json.loads(out.stdout)


# ---------------------------------------------------------------------------------------------
# builds


def compile_c(py, source, output, cflags, werror=True):
    cfg = sysconfig_of(py)
    warn = ["-Wall", "-Wextra", "-Werror"] if werror else ["-Wall"]
    cmd = ["gcc", "-std=c11", "-fPIC", "-shared", *warn, "-I" + cfg["include"], *cflags,
           str(source), "-o", str(output)]
    if not any(f.startswith("-O") for f in cflags):
        cmd.insert(1, "-O2")
    r = run(cmd)
    if r.returncode != 0 or r.stderr.strip():
        raise BuildError(" ".join(cmd) + "\n" + tail(r.stderr, 30))
    return str(output)


class BuildError(Exception):
    pass


def build_convmod(py, out, cflags):
    """convmod three ways: argclinic public, argclinic limited (3.13), CPython's clinic."""
    cfg = sysconfig_of(py)
    corpus = os.environ.get("ARGCLINIC_CORPUS") or run([ROOT.parent / "shared" / "corpus" / "fetch-cpython"]).stdout.strip()
    if not corpus or not os.path.isdir(corpus):
        corpus = str(pathlib.Path.home() / ".cache" / "argclinic-corpus" / "Python-3.13.5")
    impls = []
    for variant in ("public", "limited", "reference"):
        d = out / "convmod" / variant
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        r = run([sys.executable, HERE / "convmod.py", d] + (["--limited"] if variant == "limited" else []))
        if r.returncode:
            raise BuildError(r.stderr)
        src = d / "convmod.c"
        if variant == "reference":
            r = run([py, os.path.join(corpus, "Tools", "clinic", "clinic.py"), src])
            flags = ["-DPy_BUILD_CORE_MODULE", "-DCONVMOD_REFERENCE", "-I" + os.path.join(cfg["include"], "internal")]
        else:
            api = ["--c-api", variant] + (["--limited-version", "3.13"] if variant == "limited" else [])
            r = run([ARGCLINIC, "generate", *api, src])
            flags = ["-DPy_LIMITED_API=0x030d0000"] if variant == "limited" else []
        if r.returncode:
            raise BuildError(f"generating convmod ({variant}):\n" + tail(r.stdout + r.stderr))
        name = "convmod" + (".abi3.so" if variant == "limited" else cfg["suffix"])
        # CPython's own output is the reference, not held to argclinic's warning standard
        compile_c(py, src, d / name, flags + cflags, werror=variant != "reference")
        impls.append(f"{variant}=convmod={d / name}")
    return impls


def build_clinicdemo(py, out, cflags):
    impls = []
    for label, target, version in (("public", "public", "3.10"), ("limited-3.11", "limited", "3.11"),
                                   ("limited-3.10", "limited", "3.10")):
        d = out / "clinicdemo" / label
        d.mkdir(parents=True, exist_ok=True)
        code = ("import sys; sys.path.insert(0, sys.argv[1]); import build; "
                "print(build.build(sys.argv[2], sys.argv[3], sys.argv[4], extra_flags=sys.argv[5:]))")
        r = run([py, "-c", code, ROOT / "examples" / "c", target, d, version, *cflags])
        if r.returncode:
            raise BuildError(f"clinicdemo {label}:\n" + tail(r.stdout + r.stderr))
        impls.append(f"{label}=clinicdemo={r.stdout.strip().splitlines()[-1]}")
    return impls


def build_echo_c(py, out, cflags):
    d = out / "echo" / "c"
    if d.exists():
        shutil.rmtree(d)
    d.mkdir(parents=True)
    shutil.copy(ROOT / "examples" / "echo" / "echo_c.c", d / "echo_c.c")
    r = run([ARGCLINIC, "generate", "--c-api", "public", d / "echo_c.c"])
    if r.returncode:
        raise BuildError("echo_c glue:\n" + tail(r.stdout + r.stderr))
    # echo_c's impls and helpers are written for -Wall (declarations.py); the glue is argclinic's
    path = compile_c(py, d / "echo_c.c", d / ("echo_c" + sysconfig_of(py)["suffix"]),
                     ["-Wno-unused-parameter", "-Wno-missing-field-initializers", *cflags])
    return [f"c=echo_c={path}"]


def build_newdsl(py, out, cflags):
    """examples/newdsl (CPython 3.14's DSL: the tuple conventions of @disable fastcall, *args,
    **kwds) with public and limited 3.10 glue: limited glue binds a tuple and a dict on its own
    path (argclinic_unpack_tuple)."""
    cfg = sysconfig_of(py)
    impls = []
    for label, api, flags, name in (
            ("public", ["--c-api", "public"], [], "newdsl_c" + cfg["suffix"]),
            ("limited-3.10", ["--c-api", "limited", "--limited-version", "3.10"],
             ["-DPy_LIMITED_API=0x030a0000"], "newdsl_c.abi3.so")):
        d = out / "newdsl" / label
        if d.exists():
            shutil.rmtree(d)
        d.mkdir(parents=True)
        shutil.copy(ROOT / "examples" / "newdsl" / "newdsl.c", d / "newdsl.c")
        r = run([ARGCLINIC, "generate", *api, d / "newdsl.c"])
        if r.returncode:
            raise BuildError(f"generating newdsl ({label}):\n" + tail(r.stdout + r.stderr))
        impls.append(f"{label}=newdsl_c={compile_c(py, d / 'newdsl.c', d / name, flags + cflags)}")
    return impls


def build_rust(py, out, crate, lib, module):
    """cargo build of a Rust example against py; the module's path."""
    cargo = shutil.which("cargo") or str(pathlib.Path.home() / ".cargo" / "bin" / "cargo")
    select = ROOT / "rust" / "select-ffi"  # the FFI crate the examples use for this interpreter
    ffi = run([select, py]).stdout.strip() if select.exists() else "pyo3-ffi"
    features = [] if ffi in ("", "pyo3-ffi") else ["--no-default-features", "--features", ffi]
    target_dir = TARGET / "cargo" / (pathlib.Path(py).resolve().parent.parent.name + "-" + (ffi or "pyo3-ffi"))
    r = run([cargo, "build", "--release", "--quiet", *features, "--target-dir", target_dir],
            env={"PYO3_PYTHON": py}, cwd=ROOT / crate, timeout=1800)
    if r.returncode:
        raise BuildError(f"cargo build in {crate} for {py}:\n" + tail(r.stderr))
    d = out / "rust"
    d.mkdir(parents=True, exist_ok=True)
    dest = d / (module + sysconfig_of(py)["suffix"])
    shutil.copy(target_dir / "release" / f"lib{lib}.so", dest)
    return str(dest)


def model(name, sources):
    path = TARGET / f"model-{name}.json"
    r = run([ARGCLINIC, "model", "--json", *sources])
    if r.returncode:
        raise BuildError(f"argclinic model {sources}:\n" + tail(r.stdout + r.stderr))
    path.write_text(r.stdout)
    return path


# ---------------------------------------------------------------------------------------------
# fuzzing with crash recovery


# results that carry state across calls (clinicdemo's Counter.add counts its calls in the module)
VOLATILE = r"^clinicdemo\.Counter\.add$"


VALGRIND_ERROR = re.compile(r"^==\d+== (?!    |Warning)(\S.*)$")


def valgrind_reports(stderr):
    """(case, build, first line) of each memcheck report, from the CASE marks fuzz.py writes."""
    out, case = [], None
    for line in stderr.splitlines():
        if line.startswith("CASE "):
            case = line.split()[1:3]
            continue
        m = VALGRIND_ERROR.match(line)
        if m and case and not m.group(1).startswith(("at ", "by ", "Address ", "Uninitialised value")):
            out.append((int(case[0]), case[1], m.group(1)))
    return out


def fuzz(report, name, py, model_path, impls, calls, leaks, env=None, wrapper=(), seed=1, sample=None,
         timeout=3600, valgrind=False):
    """Runs fuzz.py until it finishes; a call that kills the process is reported and skipped."""
    journal = TARGET / f"journal-{re.sub(r'[^A-Za-z0-9]+', '-', name)}"
    base = [*wrapper, py, FUZZ, "--model", model_path, "--calls", calls, "--seed", seed, "--volatile", VOLATILE]
    for i in impls:
        base += ["--impl", i]
    if leaks:
        # CPython's own clinic output is the reference for behaviour, not under test for leaks
        base += ["--leaks", "--no-leak-check", "reference"]
    if sample:
        # the cases are built once outside any wrapper (building them under valgrind takes a minute)
        cases_file = TARGET / f"cases-{re.sub(r'[^A-Za-z0-9]+', '-', name)}.json"
        r = run([py, FUZZ, "--model", model_path, "--calls", calls, "--seed", seed, "--impl", "x=x=x",
                 "--sample", sample, "--dump-cases", cases_file])
        if r.returncode:
            report.check(f"{name}: cases built", False, tail(r.stdout + r.stderr))
            return None
        base += ["--cases", cases_file]
    if valgrind:
        base.append("--mark-stderr")
    start, crashes, skip, reports = 0, [], [], []
    # prints case K as a call (the same corpus, built the same way)
    show_command = [py] + [a for a in base[len(wrapper) + 1:] if a != "--mark-stderr"] + ["--show"]
    total = {"calls": 0, "cases": 0, "returned": 0, "raised": 0, "leak_checked": 0, "mismatches": 0, "two_faults": 0,
             "leaks": [], "mismatch_functions": {}, "families_ok": set(), "families_err": set(),
             "seconds": 0.0}
    started = time.time()
    while True:
        journal.write_text("")
        r = run(base + ["--start", start, "--journal", journal] + [a for f in skip for a in ("--skip", f)],
                env=env, timeout=timeout)
        result = [ln for ln in r.stdout.splitlines() if ln.startswith("RESULT ")]
        for ln in r.stdout.splitlines():
            if ln.startswith(("MISMATCH", "LEAK")) or (ln.startswith("leak checker") and start == 0):
                print(f"     {name}: {ln[:2000]}", flush=True)
            if ln.startswith(("RESULT ", "PARTIAL ")):
                stats = json.loads(ln.split(" ", 1)[1])
                for k in ("calls", "cases", "returned", "raised", "leak_checked", "mismatches",
                          "two_faults"):
                    total[k] += stats[k]
                total["leaks"] += stats["leaks"]
                for f, n in stats["mismatch_functions"].items():
                    total["mismatch_functions"][f] = total["mismatch_functions"].get(f, 0) + n
                total["families_ok"].update(stats["families_ok"])
                total["families_err"].update(stats["families_err"])
                total["total_cases"] = stats["total_cases"]
        if valgrind:
            seen = set()
            for case, label, what in valgrind_reports(r.stderr):
                if (case, label) in seen:  # one call often trips several checks: one report
                    continue
                seen.add((case, label))
                shown = run(show_command + [case])
                reports.append(f"{label}: {shown.stdout.strip().split(chr(9))[-1]}: {what}")
                if len(reports) <= 20:
                    print(f"     {name}: MEMCHECK in {reports[-1]}", flush=True)
        if result and (r.returncode == 0 or (valgrind and r.returncode == 99)):
            break
        last = [ln for ln in journal.read_text().split("\n") if ln.strip()]
        if not last:
            report.check(f"{name}: fuzzer ran", False, tail(r.stdout + r.stderr))
            break
        k, label = last[-1].split(" ", 1)
        shown = run(show_command + [k])
        function, call = (shown.stdout.strip().split("\t", 1) + [""])[:2]
        why = key_lines(r.stderr, 8)
        crashes.append({"case": int(k), "impl": label, "function": function, "call": call,
                        "exit": r.returncode, "stderr": why})
        print(f"     {name}: CRASH (exit {r.returncode}) in {label}: {call}\n"
              + "\n".join("         " + ln for ln in why.splitlines()), flush=True)
        if sum(1 for c in crashes if (c["function"], c["impl"]) == (function, label)) >= 2:
            # two calls of one function killed this build: its other calls would too
            skip.append(f"{function}@{label}")
            print(f"     {name}: not calling {function} on {label} any more", flush=True)
        if len(crashes) >= MAX_CRASHES:
            break
        start = int(k) + 1
    total["seconds"] = round(time.time() - started, 1)
    total["crashes"] = crashes
    total["skipped"] = skip
    total["memcheck_reports"] = reports
    total["families_ok"] = sorted(total["families_ok"])
    total["families_err"] = sorted(total["families_err"])
    report.figures[name] = {k: v for k, v in total.items() if k not in ("families_ok", "families_err")}
    report.figures[name]["families"] = len(set(total["families_ok"]) | set(total["families_err"]))
    report.figures[name]["families_with_success"] = len(total["families_ok"])
    report.figures[name]["impls"] = [i.split("=")[0] for i in impls]
    per_impl = total["calls"] // max(1, len(impls))
    report.check(f"{name}: {per_impl} calls per build on {len(impls)} builds "
                 f"({total['returned'] * 100 // max(1, total['returned'] + total['raised'])}% returned), no crash",
                 not crashes, f"{len(crashes)} calls killed the interpreter, in "
                 + ", ".join(sorted({f"{c['function']} on {c['impl']}" for c in crashes})) if crashes else "")
    if valgrind:
        report.check(f"{name}: no memcheck report", not reports,
                     f"{len(reports)} reports, in " + ", ".join(sorted({r.split(': ')[0] + ' ' + r.split(': ')[1].split('(')[0] for r in reports})) if reports else "")
    if len(impls) > 1:
        two = total.get("two_faults", 0)
        report.check(f"{name}: builds agree" + (f" ({two} calls with two faults reported in"
                     " binding order, where CPython's clinic hands the function to getargs)"
                     if two else ""), total["mismatches"] == 0,
                     f"{total['mismatches']} mismatches in {total['mismatch_functions']}" if total["mismatches"] else "")
    if leaks:
        report.check(f"{name}: no reference or memory leak ({total['leak_checked']} calls checked)",
                     not total["leaks"], "; ".join(total["leaks"][:10]))
    return total


# ---------------------------------------------------------------------------------------------
# steps


def build_all(report, step, py, out, cflags, rust):
    """family -> (model path, impl specs); failures are reported."""
    families = {}
    try:
        impls = build_convmod(py, out, cflags)
        families["convmod"] = (model("convmod", [out / "convmod" / "public" / "convmod.c"]), impls)
        report.check(f"{step}: convmod builds (public, limited 3.13, CPython clinic)", True)
    except BuildError as e:
        report.check(f"{step}: convmod builds", False, str(e))
    try:
        demo = build_clinicdemo(py, out, cflags)
        report.check(f"{step}: clinicdemo builds (public, limited 3.11, limited 3.10)", True)
        c = ROOT / "examples" / "c"
        families["clinicdemo"] = (model("clinicdemo", [c / "clinicdemo.c", c / "clinicdemo_buffers.c",
                                                       c / "clinicdemo_full.c"]), demo)
    except BuildError as e:
        report.check(f"{step}: clinicdemo builds", False, str(e))
    try:
        families["echo"] = (model("echo", [ROOT / "examples" / "echo" / "echo_c.c"]), build_echo_c(py, out, cflags))
        report.check(f"{step}: echo_c builds (public)", True)
    except BuildError as e:
        report.check(f"{step}: echo_c builds", False, str(e))
    try:
        families["newdsl"] = (model("newdsl", [ROOT / "examples" / "newdsl" / "newdsl.c"]),
                              build_newdsl(py, out, cflags))
        report.check(f"{step}: newdsl builds (public, limited 3.10)", True)
    except BuildError as e:
        report.check(f"{step}: newdsl builds", False, str(e))
    if rust:
        # echo's Rust module has the C module's declarations: compared with it call by call;
        # examples/rust declares its own variants of clinicdemo's functions: fuzzed on its own
        for crate, lib, module, family in (("examples/rust", "clinicdemo_rust", "clinicdemo_rust", "clinicdemo-rust"),
                                           ("examples/echo/rust", "echo_rust", "echo_rust", "echo"),
                                           ("examples/newdsl/rust", "newdsl_rust", "newdsl_rust", "newdsl")):
            try:
                path = build_rust(py, out, crate, lib, module)
                report.check(f"{step}: {crate} builds and loads", True)
                if family == "clinicdemo-rust":
                    families[family] = (model(family, [ROOT / crate / "src" / "clinicdemo.rs"]), [])
                if family in families:
                    families[family][1].append(f"rust={module}={path}")
            except BuildError as e:
                report.check(f"{step}: {crate} builds and loads", False, str(e))
    return families


def venv_with_pytest(py, kind):
    venv = TARGET / f"venv-{kind}"
    vpy = venv / "bin" / "python"
    if not (vpy.exists() and run([vpy, "-c", "import pytest"]).returncode == 0):
        r = run([py, "-m", "venv", "--clear", venv])
        if r.returncode:
            return None, tail(r.stderr)
        r = run([vpy, "-m", "pip", "install", "-q", "--disable-pip-version-check", "pytest"], timeout=600)
        if r.returncode:
            return None, tail(r.stderr)
    return str(vpy), None


# the debug step's C builds, label -> [module, path], reused by the regressions step; its
# families (model, impls), reused by the valgrind step
DEBUG_BUILDS = {}
DEBUG_FAMILIES = {}


def step_debug(report, args):
    py, why = interpreter("debug", "ARGCLINIC_PYTHON_DEBUG")
    if not py:
        report.skip("debug", why)
        return
    out = TARGET / "debug"
    families = build_all(report, "debug", py, out, [], rust=True)
    DEBUG_FAMILIES.update(families)
    for family in ("clinicdemo", "convmod"):
        for spec in families.get(family, (None, []))[1]:
            label, module, path = spec.split("=", 2)
            if label != "rust":
                DEBUG_BUILDS[f"{module}-{label}"] = [module, path]
    vpy, why = venv_with_pytest(py, "debug")
    if vpy:
        r = run([vpy, "-m", "pytest", "-q", "-p", "no:cacheprovider", ROOT / "examples" / "c" / "tests"],
                env={"CLINICDEMO_BUILD_DIR": str(out / "clinicdemo-tests"), "PYTHONDONTWRITEBYTECODE": "1"},
                cwd=ROOT / "examples" / "c", timeout=1200)
        summary = [ln for ln in r.stdout.splitlines() if " passed" in ln or " failed" in ln]
        report.check("debug: examples/c tests (pytest, public + limited 3.10 + limited 3.11)", r.returncode == 0,
                     (summary[-1] if summary else "") + ("" if r.returncode == 0 else
                                                        f" exit {r.returncode}\n" + key_lines(r.stdout + r.stderr)))
    else:
        report.check("debug: examples/c tests", False, "no pytest for the debug interpreter: " + why)
    rust_demo = families.get("clinicdemo-rust", (None, []))[1]
    if rust_demo:
        d = os.path.dirname(rust_demo[0].split("=", 2)[2])
        r = run([py, ROOT / "examples" / "rust" / "test_clinicdemo_rust.py", d])
        summary = [ln for ln in r.stdout.splitlines() if " passed" in ln]
        report.check("debug: examples/rust tests", r.returncode == 0,
                     (summary[-1] if summary else "") + ("" if r.returncode == 0 else "\n" + key_lines(r.stdout + r.stderr)))
    echo = families.get("echo", (None, []))[1]
    if len(echo) == 2:
        d = out / "echo" / "both"
        d.mkdir(parents=True, exist_ok=True)
        for spec in echo:
            src = spec.split("=", 2)[2]
            shutil.copy(src, d / os.path.basename(src))
        r = run([py, ROOT / "examples" / "echo" / "differential.py", d, "--calls", str(args.calls)])
        report.check("debug: examples/echo differential.py (C vs Rust)", r.returncode == 0, tail(r.stdout + r.stderr, 8))
    for family, (model_path, impls) in families.items():
        fuzz(report, f"debug {family}", py, model_path, impls, args.calls, leaks=True)


def sanitizer_env():
    asan = run(["gcc", "-print-file-name=libasan.so"]).stdout.strip()
    if not os.path.isabs(asan) or not os.path.exists(asan):
        return None
    return {"LD_PRELOAD": asan, "ASAN_OPTIONS": "detect_leaks=0:abort_on_error=1:halt_on_error=1",
            "UBSAN_OPTIONS": "print_stacktrace=1:halt_on_error=1:abort_on_error=1",
            "PYTHONMALLOC": "malloc"}


def step_sanitize(report, args):
    py, why = interpreter("debug", "ARGCLINIC_PYTHON_DEBUG")
    if not py:
        report.skip("sanitize", why)
        return
    env = sanitizer_env()
    if env is None:
        report.skip("sanitize", "gcc has no libasan.so")
        return
    families = build_all(report, "asan+ubsan", py, TARGET / "asan", SANITIZE_FLAGS, rust=False)
    for family, (model_path, impls) in families.items():
        # CPython's own clinic output is the reference, not under test here
        impls = [i for i in impls if not i.startswith("reference=")]
        fuzz(report, f"asan+ubsan {family}", py, model_path, impls, args.asan_calls, leaks=False, env=env)


def step_valgrind(report, args):
    py, why = interpreter("debug", "ARGCLINIC_PYTHON_DEBUG")
    if not py:
        report.skip("valgrind", why)
        return
    valgrind = shutil.which("valgrind")
    if not valgrind:
        report.skip("valgrind", "valgrind is not installed")
        return
    families = DEBUG_FAMILIES or build_all(report, "valgrind", py, TARGET / "valgrind", ["-O1", "-g"], rust=False)
    wrapper = [valgrind, "--tool=memcheck", "-q", "--error-exitcode=99", "--leak-check=no"]
    for family, (model_path, impls) in families.items():
        impls = [i for i in impls if not i.startswith(("reference=", "rust="))]
        if not impls:
            continue  # a Rust-only family (examples/rust): memcheck runs over the C glue
        fuzz(report, f"valgrind {family}", py, model_path, impls, args.valgrind_calls, leaks=False,
             env={"PYTHONMALLOC": "malloc"}, wrapper=wrapper, sample=args.valgrind_calls, timeout=3600,
             valgrind=True)


def step_regressions(report, args):
    py, why = interpreter("debug", "ARGCLINIC_PYTHON_DEBUG")
    if not py:
        report.skip("regressions", why)
        return
    vpy, why = venv_with_pytest(py, "debug")
    if not vpy:
        report.check("regressions", False, "no pytest for the debug interpreter: " + why)
        return
    r = run([vpy, "-m", "pytest", "-q", "-p", "no:cacheprovider", HERE / "test_regressions.py"],
            env={"RELIABILITY_BUILD": str(TARGET / "regressions"), "PYTHONDONTWRITEBYTECODE": "1",
                 "RELIABILITY_MODULES": json.dumps(DEBUG_BUILDS)},
            cwd=HERE, timeout=1200)
    summary = [ln for ln in r.stdout.splitlines() if " passed" in ln or " failed" in ln]
    report.check("regressions: test_regressions.py on the debug build", r.returncode == 0,
                 (summary[-1] if summary else "") + ("" if r.returncode == 0 else "\n" + key_lines(r.stdout, 40)))


STEPS = {"debug": step_debug, "sanitize": step_sanitize, "valgrind": step_valgrind,
         "regressions": step_regressions}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("steps", nargs="*", metavar="STEP", help=", ".join(STEPS))
    ap.add_argument("--calls", type=int, default=int(os.environ.get("RELIABILITY_CALLS", 20000)),
                    help="calls per module in the debug step (the structured corpus comes first)")
    ap.add_argument("--asan-calls", type=int, default=int(os.environ.get("RELIABILITY_ASAN_CALLS", 20000)))
    ap.add_argument("--valgrind-calls", type=int, default=int(os.environ.get("RELIABILITY_VALGRIND_CALLS", 500)))
    ap.add_argument("--figures", help="write the figures (JSON) to this file")
    args = ap.parse_args()
    TARGET.mkdir(exist_ok=True)
    report = Report()
    started = time.time()
    unknown = [s for s in args.steps if s not in STEPS]
    if unknown:
        ap.error(f"unknown step {unknown[0]}; steps: {', '.join(STEPS)}")
    for step in args.steps or list(STEPS):
        print(f"== {step}", flush=True)
        STEPS[step](report, args)
    report.figures["seconds"] = round(time.time() - started, 1)
    figures = pathlib.Path(args.figures) if args.figures else TARGET / "figures.json"
    figures.write_text(json.dumps(report.figures, indent=1))
    print(f"figures: {figures}")
    print(f"reliability: {report.passed} passed, {report.failed} failed")
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
