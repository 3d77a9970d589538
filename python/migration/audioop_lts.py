#!/usr/bin/env python3
"""Migrates audioop-lts (PyPI, pinned sdist) from vendored CPython clinic output to argclinic,
then builds both versions and runs the project's own test suite under each given Python.

    python3 python/migration/audioop_lts.py --python ~/.pyenv/versions/3.13.0/bin/python3

audioop-lts 0.2.2 carries `audioop/_audioop.c.h`, the output of CPython's clinic, whose calls to
CPython's private `_PyArg_CheckPositional`, `_PyArg_BadArgument` and `_PyLong_AsInt` were renamed
`_LTS_*` and re-implemented at the top of that header. The migration (python/migration/README.md
tells it step by step):

1. delete `audioop/_audioop.c.h` (the vendored output and its shims);
2. `argclinic generate --c-api limited --limited-version 3.13 audioop/_audioop.c`: the project
   builds abi3 for 3.13 (Py_LIMITED_API=0x030D0000), except on free-threaded builds, where
   setup.py drops Py_LIMITED_API and the same glue compiles against the full API;
3. include `clinic/_audioop.c.h` where the module included `_audioop.c.h`, and name it in
   setup.py's `depends`.

Also compares the two builds call by call on argument errors (arity, types, overflow, buffers):
same results, same exception types, same messages. Needs network for PyPI only (the sdist,
cached in ~/.cache/argclinic-migration, and setuptools for the builds).
"""

import argparse
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PROJECT = "audioop-lts"
VERSION = "0.2.2"
SDIST = f"audioop_lts-{VERSION}.tar.gz"
SHA256 = "64d0c62d88e67b98a1a5e71987b7aa7b5bcffc7dcee65b635823dbdd0a8dbbd0"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "argclinic-migration"


def fetch_sdist(python):
    """The pinned sdist, downloaded once with pip (any 3.13 interpreter: the project requires it)."""
    path = CACHE / SDIST
    if not path.is_file():
        CACHE.mkdir(parents=True, exist_ok=True)
        subprocess.run([python, "-m", "pip", "download", "-q", "--disable-pip-version-check",
                        "--no-deps", "--no-binary", ":all:", f"{PROJECT}=={VERSION}", "-d", str(CACHE)],
                       check=True)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SHA256:
        sys.exit(f"{path}: sha256 {digest}, expected {SHA256}")
    return path


def unpack(sdist, dest):
    with tarfile.open(sdist) as tf:
        tf.extractall(dest, filter="data") if hasattr(tarfile, "data_filter") else tf.extractall(dest)
    return dest / f"audioop_lts-{VERSION}"


def replace_once(path, old, new):
    text = path.read_text()
    if text.count(old) != 1:
        sys.exit(f"{path}: expected one {old!r}, found {text.count(old)}")
    path.write_text(text.replace(old, new))


def migrate(src, argclinic):
    """The three steps of the guide, on the unpacked sdist `src`. Returns the new header."""
    vendored = src / "audioop/_audioop.c.h"
    shims = re.findall(r"^\w[\w ]*\n(_LTS_\w+)\(", vendored.read_text(), re.M)
    assert shims == ["_LTS_PyArg_CheckPositional", "_LTS_PyArg_BadArgument", "_LTS_PyLong_AsInt"], shims
    vendored.unlink()
    # run from the project directory: an sdist has no .git, so that is its project root
    subprocess.run([*argclinic, "generate", "--c-api", "limited", "--limited-version", "3.13",
                    "audioop/_audioop.c"], check=True, cwd=src)
    replace_once(src / "audioop/_audioop.c", '#include "_audioop.c.h"', '#include "clinic/_audioop.c.h"')
    replace_once(src / "setup.py", '"audioop/_audioop.c.h"', '"audioop/clinic/_audioop.c.h"')
    header = src / "audioop/clinic/_audioop.c.h"
    private = sorted(set(re.findall(r"\b_(?:Py|LTS_)\w+", header.read_text())))
    assert not private, f"private API left in the generated glue: {private}"
    return header


def build_and_test(python, src, work, name):
    """Installs `src` into a fresh venv of `python` and runs the project's test suite there
    (from a copy of tests/, so that `import audioop` is the installed build, not the sources)."""
    env_dir = work / f"venv-{name}"
    shutil.rmtree(env_dir, ignore_errors=True)
    subprocess.run([python, "-m", "venv", str(env_dir)], check=True)
    vpy = env_dir / "bin/python"
    subprocess.run([vpy, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(src)],
                   check=True)
    tests = work / f"tests-{name}"
    shutil.copytree(src / "tests", tests, dirs_exist_ok=True)
    r = subprocess.run([vpy, "-m", "unittest", "-v", "test_audioop"], cwd=tests,
                       capture_output=True, text=True)
    ran = re.search(r"^Ran (\d+) tests?", r.stderr, re.M)
    failed = re.search(r"^FAILED \((.*)\)", r.stderr, re.M)
    skipped = re.search(r"skipped=(\d+)", r.stderr)
    result = {
        "python": python, "build": name, "ran": int(ran.group(1)) if ran else 0,
        "ok": r.returncode == 0, "failures": failed.group(1) if failed else "",
        "skipped": int(skipped.group(1)) if skipped else 0,
    }
    result["errors_probe"] = probe(vpy, tests)
    if not result["ok"]:
        result["log"] = r.stderr[-4000:]
    return result


# Calls with wrong arity, wrong types, overflowing ints, non-contiguous buffers, bad keywords:
# what each build answers (result, or exception type and message) must be the same.
PROBE = r"""
import audioop, json, sys
buf = b"\x01\x02\x03\x04" * 4
strided = memoryview(bytearray(16))[::2]
values = [None, 1, 2**40, -2**70, 1.5, "s", buf, bytearray(buf), strided, (0, 0)]
out = {}
for name in sorted(n for n in dir(audioop) if not n.startswith("_") and callable(getattr(audioop, n))):
    f = getattr(audioop, name)
    if isinstance(f, type):
        continue
    calls = [(), (buf,), (buf, 2), (buf, 2, 1), (buf, 2, 1, 1), (buf, 2, 1, 1, 1, 1),
             (buf, 2, 1, 1, 1, 1, None), (buf, 2, 1, 1, 1, 1, None, 1, 1, 1)]
    for v in values:
        calls += [(v, 2), (buf, v), (buf, 2, v), (buf, 2, 1, v), (buf, 2, 1, 1, v),
                  (buf, 2, 1, 1, 1, v, None)]
    for args in calls:
        key = name + "(" + ", ".join("<strided>" if a is strided else repr(a) for a in args) + ")"
        try:
            out[key] = "= " + repr(f(*args))
        except BaseException as e:
            out[key] = type(e).__name__ + ": " + str(e)
    try:
        f(buf, 2, width=2)
    except BaseException as e:
        out[name + " kw"] = type(e).__name__ + ": " + str(e)
    out[name + " sig"] = str(getattr(f, "__text_signature__", None))
print(json.dumps(out))
"""


def probe(vpy, cwd):
    r = subprocess.run([vpy, "-c", PROBE], cwd=cwd, capture_output=True, text=True, check=True)
    return json.loads(r.stdout)


def run(pythons, argclinic, work):
    sdist = fetch_sdist(pythons[0])
    original = unpack(sdist, work / "original")
    migrated = unpack(sdist, work / "migrated")
    header = migrate(migrated, argclinic)
    check = subprocess.run([*argclinic, "check", "--c-api", "limited", "--limited-version", "3.13",
                            "audioop"], capture_output=True, text=True, cwd=migrated)
    results = []
    for python in pythons:
        tag = re.sub(r"\W+", "_", python)
        before = build_and_test(python, original, work, "original-" + tag)
        after = build_and_test(python, migrated, work, "migrated-" + tag)
        mismatches = {k: (before["errors_probe"].get(k), v)
                      for k, v in after["errors_probe"].items() if before["errors_probe"].get(k) != v}
        results.append({"python": python, "before": before, "after": after,
                        "probe_calls": len(after["errors_probe"]), "probe_mismatches": mismatches})
    return {"sdist": str(sdist), "header_lines": header.read_text().count("\n"),
            "check_exit": check.returncode, "results": results}


def summary(report):
    lines = [f"{PROJECT} {VERSION}: generated glue {report['header_lines']} lines, "
             f"argclinic check exit {report['check_exit']}"]
    for r in report["results"]:
        b, a = r["before"], r["after"]
        lines.append(
            f"{r['python']}: before {b['ran']} tests {'OK' if b['ok'] else 'FAILED ' + b['failures']}"
            f", after {a['ran']} tests {'OK' if a['ok'] else 'FAILED ' + a['failures']}; "
            f"{r['probe_calls']} probe calls, {len(r['probe_mismatches'])} mismatches")
    return "\n".join(lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--python", action="append", required=True, help="a CPython 3.13+ (repeatable)")
    ap.add_argument("--argclinic", default="argclinic", help="the argclinic command (default: on PATH)")
    ap.add_argument("--work", type=Path, help="keep the trees and venvs here")
    args = ap.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="audioop-lts-"))
    report = run(args.python, args.argclinic.split(), work)
    print(summary(report))
    for r in report["results"]:
        for k, (b, a) in list(r["probe_mismatches"].items())[:20]:
            print(f"  {k}\n    before: {b}\n    after:  {a}")
    ok = report["check_exit"] == 0 and all(
        r["before"]["ok"] and r["after"]["ok"] and r["after"]["ran"] == r["before"]["ran"]
        and not r["probe_mismatches"] for r in report["results"])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
