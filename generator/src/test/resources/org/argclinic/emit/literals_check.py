"""Imports a module built by LiteralsRoundTripTest and checks it against the declared text.

    python3 literals_check.py MODULE_PATH EXPECTED_JSON

EXPECTED_JSON lists functions: {"name", "doc", "params": [[name, default source] ...],
"positional_only"}. For each: __doc__ must equal doc, __text_signature__ must be the signature
the parameters declare (CPython's clinic wraps long signatures after a comma: that is undone),
a call without arguments must return the defaults' values, and a call passing every parameter
(by keyword where allowed) must return what it passed. Prints one line per mismatch, then
'N passed, M failed'.
"""
import ast
import importlib.util
import json
import re
import sys


def load(path):
    spec = importlib.util.spec_from_file_location("lit", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(path, expected_path):
    module = load(path)
    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    passed = failed = 0

    def check(what, got, want):
        nonlocal passed, failed
        if got == want:
            passed += 1
        else:
            failed += 1
            print("MISMATCH %s:\n  got  %r\n  want %r" % (what, got, want))

    for case in expected:
        fn = getattr(module, case["name"])
        params = case["params"]
        check(case["name"] + ".__doc__", fn.__doc__, case["doc"])
        shown = ", ".join(p if d is None else "%s=%r" % (p, ast.literal_eval(d)) for p, d in params)
        slash = ", /" if case["positional_only"] else ""
        if params and not case["positional_only"]:
            want_sig = "($module, /, %s)" % shown
        else:
            want_sig = "($module%s%s%s)" % (", " if params else "", shown, slash)
        sig = re.sub(r",\n +", ", ", fn.__text_signature__ or "")
        check(case["name"] + ".__text_signature__", sig, want_sig)
        if params and all(d is not None for _, d in params):
            check(case["name"] + "()", fn(), tuple(ast.literal_eval(d) for _, d in params))
        if params:
            values = tuple(range(len(params)))
            if case["positional_only"]:
                got = fn(*["v%d" % v for v in values])
                check(case["name"] + "(positional)", got, tuple("v%d" % v for v in values))
            else:
                check(case["name"] + "(keywords)", fn(**{p: v for (p, _), v in zip(params, values)}), values)
                check(case["name"] + "(positional)", fn(*values), values)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
