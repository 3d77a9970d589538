#!/usr/bin/env python3
"""Builds the quick start of the README and calls it: C with the public glue, C with the limited
glue (Python 3.11+, not on free-threaded builds: the limited API has no such form), and Rust
(over pyo3-ffi: not on free-threaded builds before 3.14).
Every build must compile without a warning and behave the same.

    python3 test_quickstart.py            # builds into examples/quickstart/target/

Prints one line per build and "N builds passed"; exits 1 on any failure."""
import os
import shutil
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "target")
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX")
INCLUDE = sysconfig.get_paths()["include"]

# What every build must do, run in a fresh interpreter whose cwd holds that build's module.
CALLS = r'''
import quickstart as q
assert q.scale(3) == 6.0
assert q.scale(3, 4, offset=1) == 13.0
assert q.scale.__text_signature__ == "($module, x, /, factor=2.0, *, offset=0.0)"
assert q.checksum(b"ab") == 195                      # salt omitted
assert q.checksum(b"ab", salt=bytearray(b"\x01")) == 196
assert q.checksum.__text_signature__ == "($module, data, /, salt=None)"
a = q.Accumulator()
a.add(2)
assert a.add(5) == 7
def error(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except TypeError as e:
        return str(e)
    raise AssertionError("no TypeError")
assert error(q.scale, x=3) == "scale() takes at least 1 positional argument (0 given)"
assert error(q.scale, 3, 4, 5) == "scale() takes at most 2 positional arguments (3 given)"
assert error(q.scale, 3, offset="x") == "must be real number, not str"
assert error(q.checksum, b"a", None) == "a bytes-like object is required, not 'NoneType'"
assert error(a.add, 1, 2) == "Accumulator.add() takes exactly one argument (2 given)"
print("ok")
'''


def run(cmd, cwd=None, env=None):
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if r.returncode != 0 or "warning" in (r.stdout + r.stderr).lower():
        raise SystemExit("failed: " + " ".join(cmd) + "\n" + r.stdout + r.stderr)
    return r.stdout


def build_c(name, source, flags, module):
    out = os.path.join(OUT, name)
    os.makedirs(out, exist_ok=True)
    run(["gcc", "-std=c11", "-shared", "-fPIC", "-Wall", "-Wextra", "-Werror", "-I" + INCLUDE,
         *flags, os.path.join(HERE, "c", source), "-o", os.path.join(out, module)])
    return out


def build_rust():
    out = os.path.join(OUT, "rust")
    os.makedirs(out, exist_ok=True)
    env = dict(os.environ, PYO3_PYTHON=sys.executable)
    crate = os.path.join(HERE, "rust")
    target = os.path.join(OUT, "cargo-" + os.path.basename(sys.executable))
    run(["cargo", "build", "--release", "--quiet", "--target-dir", target], cwd=crate, env=env)
    shutil.copy(os.path.join(target, "release", "libquickstart.so"),
                os.path.join(out, "quickstart" + SUFFIX))
    return out


def main():
    builds = {"c public": lambda: build_c("c-public", "quickstart.c", [], "quickstart" + SUFFIX)}
    if sys.version_info >= (3, 11) and not sysconfig.get_config_var("Py_GIL_DISABLED"):
        # limited/quickstart.c is a link to quickstart.c: its #include "clinic/quickstart.c.h"
        # finds limited/clinic/quickstart.c.h, the glue generated with --c-api limited.
        builds["c limited 3.11"] = lambda: build_c(
            "c-limited", os.path.join("limited", "quickstart.c"),
            ["-DPy_LIMITED_API=0x030b0000"], "quickstart.abi3.so")
    # pyo3-ffi supports free-threaded builds from 3.14 on
    if shutil.which("cargo") and (sys.version_info >= (3, 14)
                                  or not sysconfig.get_config_var("Py_GIL_DISABLED")):
        builds["rust"] = build_rust
    for name, build in builds.items():
        where = build()
        out = run([sys.executable, "-c", CALLS], cwd=where)
        if out.strip() != "ok":
            raise SystemExit(name + ": " + out)
        print(name + ": ok")
    print("%d builds passed" % len(builds))


if __name__ == "__main__":
    main()
