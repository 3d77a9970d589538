#!/usr/bin/env python3
"""Compares argclinic's stubs of CPython 3.13 stdlib modules with typeshed's.

    typeshed_agreement.py CORPUS [--argclinic PATH] [--json OUT] [--details]
    typeshed_agreement.py --stubs DIR [--all] [--json OUT] [--details]

For each module of modules.txt, `argclinic stubs` writes a stub from the module's clinic
declarations in the CPython 3.13.5 tree CORPUS (or the stubs are read from DIR, named
<module>.pyi; with --all, every stub there whose module typeshed has); mypy (its bundled
typeshed, Python 3.13 semantics, Linux) then analyses
both stubs and each function present in both (module functions, and methods of classes of the
same name) is compared:

- names and kinds: the same parameters, in order, with the same names, the same kinds
  (positional-only, positional-or-keyword, keyword-only, *args, **kwargs) and the same
  optionality (a default or none); `self`/`cls` are not compared. A typeshed function with
  overloads agrees when one overload does.
- types: names and kinds agree, and every parameter's type is the same type as typeshed's for
  mypy (each a subtype of the other, aliases such as ReadableBuffer resolved). Return types are
  counted apart: a function without a return converter returns `object` in argclinic's stubs.
- compatible: names and kinds agree, and every typeshed parameter type is a subtype of
  argclinic's (the stub accepts every call typeshed accepts, maybe more).

Prints a table per module and the totals; exits 0. Needs mypy (python3 -m pip install mypy).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PREFIX = "_argclinic_stub_"


def read_modules():
    """module -> its sources under Modules/, from modules.txt."""
    modules = {}
    with open(os.path.join(HERE, "modules.txt")) as f:
        for line in f:
            words = line.split("#")[0].split()
            if words:
                modules[words[0]] = words[1:]
    return modules


MODULES = read_modules()


def typeshed_has(module):
    import mypy

    stdlib = os.path.join(os.path.dirname(mypy.__file__), "typeshed", "stdlib")
    return (os.path.exists(os.path.join(stdlib, module + ".pyi"))
            or os.path.exists(os.path.join(stdlib, module, "__init__.pyi")))


def write_stubs(corpus, argclinic, out):
    for module, sources in MODULES.items():
        paths = [os.path.join(corpus, "Modules", s) for s in sources]
        # The output is a temporary directory, outside any project: on purpose.
        r = subprocess.run([argclinic, "stubs", "--allow-outside-project", "--output", out,
                            "--module", module, *paths], stderr=subprocess.PIPE, text=True)
        if r.returncode != 0:
            sys.exit("argclinic stubs failed for %s:\n%s" % (module, r.stderr))


def rename_stubs(stubs, out):
    """Our stubs under other names, so that mypy sees each beside typeshed's module."""
    for module in MODULES:
        shutil.copy(os.path.join(stubs, module + ".pyi"), os.path.join(out, PREFIX + module + ".pyi"))


def analyse(stub_dir):
    from mypy import build
    from mypy.modulefinder import BuildSource
    from mypy.options import Options

    options = Options()
    options.python_version = (3, 13)
    options.incremental = False
    options.follow_imports = "silent"
    sources = []
    for module in MODULES:
        sources.append(BuildSource(os.path.join(stub_dir, PREFIX + module + ".pyi"),
                                   PREFIX + module, None))
        sources.append(BuildSource(None, module, None))
    result = build.build(sources=sources, options=options)
    return result.graph


def callables(tree):
    """name -> node for module functions, and 'Class.name' -> node for methods (imports left out)."""
    from mypy import nodes

    out = {}
    for name, sym in tree.names.items():
        node = sym.node
        if node is None or getattr(node, "fullname", "") != tree.fullname + "." + name:
            continue
        if isinstance(node, nodes.TypeInfo):
            for member, msym in node.names.items():
                if isinstance(msym.node, (nodes.FuncDef, nodes.OverloadedFuncDef, nodes.Decorator)):
                    out[name + "." + member] = msym.node
        elif isinstance(node, (nodes.FuncDef, nodes.OverloadedFuncDef, nodes.Decorator)):
            out[name] = node
    return out


def signatures(node):
    """The FuncDefs a callable node stands for (one per overload)."""
    from mypy import nodes

    if isinstance(node, nodes.Decorator):
        return [node.func]
    if isinstance(node, nodes.OverloadedFuncDef):
        return [item.func if isinstance(item, nodes.Decorator) else item for item in node.items]
    return [node]


def params(func, is_method):
    args = list(zip(func.arguments, func.type.arg_types if func.type else [None] * len(func.arguments)))
    if is_method and not func.is_static and args:
        args = args[1:]
    return args


def shape(args):
    return [(a.variable.name, a.kind.name, a.pos_only) for a, _ in args]


def is_object(t):
    from mypy.types import Instance, get_proper_type

    t = get_proper_type(t)
    return isinstance(t, Instance) and t.type.fullname == "builtins.object"


def compare(ours_node, theirs_node, is_method, why=None, per_param=None):
    """(names_and_kinds, types_same, types_compatible, returns_same) for one function; ``why``
    receives the parameters whose types differ, ``per_param`` one verdict per parameter (object,
    same, wider, other) of the overload that agrees best."""
    from mypy.subtypes import is_same_type, is_subtype

    ours = signatures(ours_node)[0]
    ours_args = params(ours, is_method)
    best = (False, False, False, False)
    for theirs in signatures(theirs_node):
        theirs_args = params(theirs, is_method)
        if shape(ours_args) != shape(theirs_args):
            continue
        same = compatible = True
        differ = []
        verdicts = []
        for (a, ot), (_, tt) in zip(ours_args, theirs_args):
            if ot is None or tt is None:
                same = compatible = False
                verdicts.append("other")
                continue
            if is_same_type(ot, tt):
                verdicts.append("same")
            else:
                same = False
                differ.append("%s: %s / typeshed %s" % (a.variable.name, ot, tt))
                verdicts.append("object" if is_object(ot)
                                else "wider" if is_subtype(tt, ot) else "other")
            compatible = compatible and is_subtype(tt, ot)
        returns = (ours.type is not None and theirs.type is not None
                   and is_same_type(ours.type.ret_type, theirs.type.ret_type))
        candidate = (True, same, compatible, returns)
        if candidate > best:
            best = candidate
            if why is not None:
                why[:] = differ
            if per_param is not None:
                per_param[:] = verdicts
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--stubs", help="read the stubs from this directory instead of writing them")
    ap.add_argument("--all", action="store_true",
                    help="with --stubs: every stub in DIR whose module typeshed has")
    ap.add_argument("--argclinic", default=os.path.join(ROOT, "argclinic"))
    ap.add_argument("--json", help="also write the figures as JSON to this file")
    ap.add_argument("--details", action="store_true", help="list every disagreement")
    args = ap.parse_args()
    if bool(args.corpus) == bool(args.stubs):
        ap.error("give CORPUS or --stubs DIR")
    if args.all:
        if not args.stubs:
            ap.error("--all needs --stubs DIR")
        MODULES.clear()
        for name in sorted(os.listdir(args.stubs)):
            if name.endswith(".pyi") and typeshed_has(name[:-4]):
                MODULES[name[:-4]] = []
    with tempfile.TemporaryDirectory() as tmp:
        stubs = args.stubs
        if not stubs:
            stubs = os.path.join(tmp, "written")
            write_stubs(args.corpus, args.argclinic, stubs)
        rename_stubs(stubs, tmp)
        graph = analyse(tmp)
        rows = {}
        details = []
        for module in MODULES:
            ours = callables(graph[PREFIX + module].tree)
            theirs = callables(graph[module].tree)
            common = [n for n in ours if n in theirs]
            counts = {"ours": len(ours), "compared": len(common), "names_kinds": 0,
                      "types": 0, "typed": 0, "compatible": 0, "returns": 0, "params": 0,
                      "params_object": 0, "params_same": 0, "params_wider": 0, "params_other": 0,
                      "only_ours": sorted(n for n in ours if n not in theirs)}
            for name in common:
                why = []
                verdicts = []
                nk, same, compatible, returns = compare(ours[name], theirs[name], "." in name,
                                                        why, verdicts)
                counts["typed"] += nk and all(v in ("same", "object") for v in verdicts)
                counts["params"] += len(verdicts)
                for v in verdicts:
                    counts["params_" + v] += 1
                counts["names_kinds"] += nk
                counts["types"] += nk and same
                counts["compatible"] += nk and compatible
                counts["returns"] += returns
                if not (nk and same):
                    details.append((module, name, "names/kinds" if not nk
                                    else "types: " + "; ".join(why)))
            rows[module] = counts
    total = {k: sum(r[k] for r in rows.values())
             for k in ("ours", "compared", "names_kinds", "types", "typed", "compatible", "returns",
                       "params", "params_object", "params_same", "params_wider", "params_other")}

    def pct(a, b):
        return "%.1f%%" % (100.0 * a / b) if b else "-"

    print("| module | functions in stub | compared | names and kinds | types: same"
          " | types: same where declared | types: compatible | return types: same |")
    print("|---|---|---|---|---|---|---|---|")
    for module, r in list(rows.items()) + [("**total**", total)]:
        c = r["compared"]
        print("| %s | %d | %d | %d (%s) | %d (%s) | %d (%s) | %d (%s) | %d (%s) |" % (
            module, r["ours"], c, r["names_kinds"], pct(r["names_kinds"], c), r["types"],
            pct(r["types"], c), r["typed"], pct(r["typed"], c), r["compatible"],
            pct(r["compatible"], c), r["returns"], pct(r["returns"], c)))
    typed = total["params"] - total["params_object"]
    print("\nParameters of the %d functions whose names and kinds agree: %d; typed object by"
          " their declaration: %d; of the %d others, typeshed's type: the same %d (%s), a subtype"
          " of argclinic's %d (%s), other %d (%s)." % (
              total["names_kinds"], total["params"], total["params_object"], typed,
              total["params_same"], pct(total["params_same"], typed), total["params_wider"],
              pct(total["params_wider"], typed), total["params_other"],
              pct(total["params_other"], typed)))
    not_compared = {m: r["only_ours"] for m, r in rows.items() if r["only_ours"]}
    if not_compared:
        print("\nIn argclinic's stub, not in typeshed's (not compared):")
        for m, names in not_compared.items():
            print("  %s: %s" % (m, ", ".join(names)))
    if args.details:
        print("\nDisagreements:")
        for module, name, what in details:
            print("  %s.%s: %s" % (module, name, what))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"modules": rows, "total": total}, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
