#!/usr/bin/env python3
"""Builds the clinicdemo extension for one argclinic C target.

    build.py --target public  --out DIR             # full public C API
    build.py --target limited --out DIR [--limited-version 3.10]   # abi3 module

The sources are copied to DIR/src with the clinic/ headers of the target (examples/c/clinic for
public, examples/c/limited/clinic for limited), so each target compiles its own glue. gcc runs
with -Wall -Wextra -Werror against this interpreter's headers; prints the path of the module.
"""
import argparse
import os
import shutil
import subprocess
import sys
import sysconfig

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = ["clinicdemo.c", "clinicdemo_buffers.c", "clinicdemo_full.c"]


def limited_hex(version):
    major, minor = (int(p) for p in version.split("."))
    return "0x%02x%02x0000" % (major, minor)


def build(target, out, limited_version="3.10", cc="gcc", extra_flags=()):
    src = os.path.join(out, "src")
    if os.path.isdir(src):
        shutil.rmtree(src)
    os.makedirs(os.path.join(src, "clinic"))
    headers = os.path.join(HERE, "clinic") if target == "public" else os.path.join(
        HERE, "limited", "clinic")
    for name in SOURCES:
        shutil.copy(os.path.join(HERE, name), src)
    for name in os.listdir(headers):
        shutil.copy(os.path.join(headers, name), os.path.join(src, "clinic"))

    flags = ["-std=c11", "-O2", "-fPIC", "-shared", "-Wall", "-Wextra", "-Werror",
             "-I" + sysconfig.get_paths()["include"]]
    if target == "public":
        flags += ["-DCLINICDEMO_WITH_BUFFERS", "-DCLINICDEMO_WITH_FULL"]
        module = "clinicdemo" + sysconfig.get_config_var("EXT_SUFFIX")
    else:
        flags.append("-DPy_LIMITED_API=" + limited_hex(limited_version))
        if limited_version_at_least(limited_version, (3, 11)):
            flags.append("-DCLINICDEMO_WITH_BUFFERS")
        module = "clinicdemo.abi3.so"
    path = os.path.join(out, module)
    cmd = [cc, *flags, *extra_flags, os.path.join(src, "clinicdemo.c"), "-o", path]
    result = subprocess.run(cmd, capture_output=True, text=True)
    if result.returncode != 0 or result.stderr.strip():
        sys.stderr.write(" ".join(cmd) + "\n" + result.stdout + result.stderr)
        raise SystemExit("build failed for target " + target)
    return path


def limited_version_at_least(version, wanted):
    return tuple(int(p) for p in version.split(".")) >= wanted


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--target", choices=["public", "limited"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--limited-version", default="3.10")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    print(build(args.target, os.path.abspath(args.out), args.limited_version))


if __name__ == "__main__":
    main()
