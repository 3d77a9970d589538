#!/usr/bin/env python3
"""Functions of generated glue that still parse through getargs format strings.

Copies the clinic sources of a CPython tree (Modules, Objects, Python, PC), regenerates them
with argclinic for one C target and counts the generated functions whose body calls a getargs
entry point (PyArg_Parse, PyArg_ParseTuple, PyArg_ParseTupleAndKeywords, PyArg_VaParse*,
_PyArg_ParseStack*, _PyArg_ParseTupleAndKeywordsFast, or the runtime's argclinic_parse_stack*
wrappers over them):

    count_getargs.py [--corpus DIR] [--c-api public|limited|core] [--limited-version X.Y]
                     [--list]

--c-api core counts CPython's own output (the files as they are, without regenerating). Under
the limited target, files holding a converter the version cannot parse are refused by the
generator; they are counted apart (functions refused, from the diagnostics).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEFAULT_CORPUS = os.path.expanduser("~/.cache/argclinic-corpus/Python-3.13.5")
DIRS = ["Modules", "Objects", "Python", "PC"]

GETARGS = re.compile(r"\b(PyArg_Parse|PyArg_ParseTuple|PyArg_ParseTupleAndKeywords|PyArg_VaParse"
                     r"|PyArg_VaParseTupleAndKeywords|_PyArg_ParseStack|_PyArg_ParseStackAndKeywords"
                     r"|_PyArg_ParseTupleAndKeywordsFast|argclinic_parse_stack"
                     r"|argclinic_parse_stack_and_keywords)\s*\(")
FUNC_START = re.compile(r"^([A-Za-z_]\w*)\(")
RUNTIME_BEGIN = "#ifndef ARGCLINIC_RUNTIME_H"
RUNTIME_END = "#endif /* ARGCLINIC_RUNTIME_H */"


def functions_using_getargs(path, whole):
    """(function name, getargs entry point) of each generated function of one file that calls
    getargs: the whole file (a clinic/ header), or only its generated code (a source file)."""
    found = []
    name = None
    in_runtime = False
    generated = whole
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            if line.startswith(RUNTIME_BEGIN):
                in_runtime = True
            elif line.startswith(RUNTIME_END):
                in_runtime = False
            if not whole:
                if "[clinic start generated code]" in line:
                    generated = True
                elif "[clinic end generated code" in line:
                    generated = False
            if in_runtime or not generated:
                continue
            m = FUNC_START.match(line)
            if m and not line.rstrip().endswith(";"):
                name = m.group(1)
            elif line.startswith("}"):
                name = None
            elif name is not None:
                g = GETARGS.search(line)
                if g and (not found or found[-1][0] != (path, name)):
                    found.append(((path, name), g.group(1)))
    return found


def glue_files(tree):
    for d in DIRS:
        for dirpath, _, files in os.walk(os.path.join(tree, d)):
            for fn in files:
                if fn.endswith((".c", ".h")):
                    yield os.path.join(dirpath, fn)


def sources_with_blocks(tree):
    out = []
    for path in glue_files(tree):
        if os.sep + "clinic" + os.sep in path:
            continue
        with open(path, "rb") as f:
            if b"[clinic input]" in f.read():
                out.append(path)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=os.environ.get("ARGCLINIC_CORPUS", DEFAULT_CORPUS))
    ap.add_argument("--c-api", default="public", choices=["public", "limited", "core"])
    ap.add_argument("--limited-version", default="3.13")
    ap.add_argument("--list", action="store_true", help="print each function")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="count_getargs.") as work:
        tree = os.path.join(work, "cpython")
        for d in DIRS:
            shutil.copytree(os.path.join(args.corpus, d), os.path.join(tree, d))
        os.mkdir(os.path.join(tree, ".git"))
        refused = 0
        refused_files = set()
        if args.c_api != "core":
            cmd = [os.path.join(ROOT, "argclinic"), "generate", "--force", "--c-api", args.c_api]
            if args.c_api == "limited":
                cmd += ["--limited-version", args.limited_version]
            r = subprocess.run(cmd + sources_with_blocks(tree), cwd=tree, capture_output=True,
                               text=True)
            refused = len(re.findall(r": error: ", r.stderr))
            refused_files = {os.path.realpath(m) for m in
                             re.findall(r"^(\S+?):\d+:\d+: error: ", r.stderr, re.M)}
            if r.returncode not in (0, 1) or (refused == 0 and r.returncode != 0):
                sys.stderr.write(r.stderr)
                raise SystemExit("argclinic generate failed (exit %d)" % r.returncode)
            if args.list and refused:
                sys.stderr.write("".join(l + "\n" for l in r.stderr.splitlines()
                                         if ": error: " in l))
        found = []
        for path in glue_files(tree):
            header = os.sep + "clinic" + os.sep in path
            # files of refused sources are not written: they still hold CPython's own output
            if header and args.c_api != "core":
                with open(path, encoding="utf-8", errors="replace") as f:
                    if "Generated by argclinic" not in f.read(2000):
                        continue
            elif os.path.realpath(path) in refused_files:
                continue
            found.extend(functions_using_getargs(path, header))
        if args.list:
            for (path, name), entry in found:
                print("%s: %s (%s)" % (os.path.relpath(path, tree), name, entry))
        by_entry = {}
        for _, entry in found:
            by_entry[entry] = by_entry.get(entry, 0) + 1
        print("--c-api %s%s: %d functions parse through getargs format strings %s"
              % (args.c_api, " --limited-version " + args.limited_version
                 if args.c_api == "limited" else "", len(found),
                 dict(sorted(by_entry.items()))))
        if refused:
            print("functions refused at generation time (errors; their files are not counted):"
                  " %d in %d files" % (refused, len(refused_files)))


if __name__ == "__main__":
    main()
