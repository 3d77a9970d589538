#!/usr/bin/env python3
"""Differential fuzzer and reference-leak checker for extension modules built on argclinic glue.

    fuzz.py --model MODEL.json --impl LABEL=MODULE=PATH [--impl ...] [--calls N] [--seed S]
            [--leaks] [--start K] [--journal FILE] [--show K]

Runs inside the interpreter under test (a debug build, or any build with a sanitizer
preloaded). MODEL.json is `argclinic model --json` of the module's sources: every function,
its calling convention and each parameter's converter. From it the fuzzer builds calls whose
values are steered by converter (values.py): first a structured corpus (every parameter with
every valid and every invalid value, by position and by keyword, each optional left out, too
many / too few arguments, unknown, misspelt and duplicated keywords, every optional-group arity),
then random calls that are mostly valid, so success paths are covered as well as error paths.

Each call runs on every implementation (e.g. public, limited and CPython's clinic; or C and
Rust) and their outcomes must agree: the result's type and value, or the exception's type and
message, and the warnings raised. With --leaks (needs sys.gettotalrefcount: a debug build) every
call is also repeated: after two warm-up calls, three rounds of identical calls must leave
sys.gettotalrefcount() and sys.getallocatedblocks() where they were, once with warnings ignored
and, for calls that warn, once with warnings turned into errors (the error path after a
warning). A leak is reported when all three rounds grow. On CPython 3.13, the first call of each
function, build and outcome (returned or raised) also must leave nothing in the interpreter's
caches over 500 calls (cache_held).

Before each call the case number is written to --journal, so that when a call kills the process
(an assertion, a sanitizer report, a segfault) the driver knows which call it was and can start
again after it (--start). The last line of output is `RESULT {json}`.
"""
import argparse
import ast
import gc
import importlib.util
import json
import math
import os
import random
import re
import sys
import time
import warnings

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from caches import cache_held  # noqa: E402
from two_faults import two_faults as is_two_faults  # noqa: E402
import values  # noqa: E402

ROUNDS, PER_ROUND = 3, 4
PARTIAL_EVERY = 200


class Impl:
    def __init__(self, spec):
        self.label, self.modname, self.path = spec.split("=", 2)
        # each build is its own module object (multi-phase or single-phase init alike)
        loader_spec = importlib.util.spec_from_file_location(self.modname, self.path)
        self.module = importlib.util.module_from_spec(loader_spec)
        loader_spec.loader.exec_module(self.module)


# ---------------------------------------------------------------------------------------------
# targets and calls


class Target:
    """One function of the model and how Python reaches it."""

    def __init__(self, fn, classes):
        self.name = fn["name"]
        self.kind = fn["kind"]
        self.module = fn["module"]
        self.cls = fn.get("class")
        self.params = [p for p in fn["parameters"] if p["converter"] not in ("defining_class", "self")]
        self.short = self.name[len(self.module) + 1:]
        attr = self.short.split(".")[-1]
        inst = f"M.{self.cls}({classes.get(self.cls, '')})" if self.cls else None
        if self.kind == "plain":
            self.expr = "M." + self.short
        elif self.kind == "new":
            self.expr = f"FN(M.{self.cls}.__new__, M.{self.cls})"
        elif self.kind == "init":
            self.expr = f"{inst}.__init__"
        elif self.kind in ("classmethod", "staticmethod"):
            self.expr = f"M.{self.cls}.{attr}"
        elif self.kind == "getter":
            self.expr = f"FN(getattr, {inst}, {attr!r})"
        elif self.kind == "setter":
            self.expr = f"FN(setattr, {inst}, {attr!r})"
        else:
            self.expr = f"{inst}.{attr}"
        self.attr = attr
        self.pools = {}
        for p in self.params:
            if p["kind"] == "var_positional":
                self.pools[p["name"]] = (values.GENERIC[:6], [])
            else:
                self.pools[p["name"]] = values.pools(p["converter"], p.get("converterArguments"))
        self.groups = sorted({p.get("group", 0) for p in self.params} - {0})

    def base(self, p):
        return self.pools[p["name"]][0][0] if self.pools[p["name"]][0] else "None"

    def required(self, p):
        return (p["default"] is None and p["kind"] != "var_positional" and not p.get("group"))


def instance_args(model_functions):
    """Per class, the arguments that make an instance (base values of its __new__/__init__)."""
    out = {}
    for fn in model_functions:
        if fn["kind"] == "new" and fn.get("class"):
            t = Target(fn, {})
            out[fn["class"]] = ", ".join(t.base(p) for p in t.params if t.required(p))
    for fn in model_functions:
        # __init__ sees the same arguments: it decides only where there is no __new__
        if fn["kind"] == "init" and fn.get("class") and fn["class"] not in out:
            t = Target(fn, {})
            out[fn["class"]] = ", ".join(t.base(p) for p in t.params if t.required(p))
    return out


def split_args(t, chosen, cut):
    """chosen: ordered [(param, value)]; parameters before index `cut` go by position when they can."""
    args, kwargs = [], []
    positional_ok = True
    for i, (p, v) in enumerate(chosen):
        kind = p["kind"]
        if kind == "var_positional":
            args.extend(v)
            continue
        if kind == "positional_only" or (kind == "positional_or_keyword" and i < cut and positional_ok):
            args.append(v)
        elif kind == "keyword_only" or kind == "positional_or_keyword":
            positional_ok = False
            kwargs.append((p["name"], v))
        else:
            args.append(v)
    return args, kwargs


def group_calls(t, values_for):
    """Optional groups: every arity the groups allow, values from values_for(param)."""
    left = sorted({p["group"] for p in t.params if p.get("group", 0) < 0}, reverse=True)
    right = sorted({p["group"] for p in t.params if p.get("group", 0) > 0})
    out = []
    for nl in range(len(left) + 1):
        for nr in range(len(right) + 1):
            use = set(left[:nl]) | set(right[:nr]) | {0}
            out.append([values_for(p) for p in t.params if p.get("group", 0) in use])
    return out


def structured_calls(t):
    """The deterministic corpus for one target: (args, kwargs) lists of value expressions."""
    out = []
    params = [p for p in t.params if p["kind"] != "var_positional"]
    star = [p for p in t.params if p["kind"] == "var_positional"]
    if t.kind == "setter":
        return [([v], []) for v in values.GENERIC] + [(["DELETE"], [])]
    if t.groups:
        for vals in group_calls(t, t.base):
            out.append((vals, []))
        for p in t.params:
            for v in t.pools[p["name"]][0] + t.pools[p["name"]][1]:
                out.extend((vals, []) for vals in group_calls(t, lambda q: v if q is p else t.base(q)))
        out.append(([t.base(p) for p in t.params] + ["1"], []))
        return dedupe(out)
    def chosen_with(over, omit=()):
        ch = []
        for p in t.params:
            if p["kind"] == "var_positional":
                # a non-empty *args tuple is a new object: every error path must release it
                ch.append((p, over.get(p["name"], values.GENERIC[:2])))
            elif p["name"] in over:
                ch.append((p, over[p["name"]]))
            elif p in omit or not t.required(p):
                continue
            else:
                ch.append((p, t.base(p)))
        return ch
    n = len(t.params)
    # every value of every parameter, by position and by keyword, the others at their base
    for p in params:
        for v in t.pools[p["name"]][0] + t.pools[p["name"]][1]:
            ch = chosen_with({p["name"]: v})
            out.append(split_args(t, ch, n))
            out.append(split_args(t, ch, 0))
    # optional ones all given, by position and by keyword; only the required ones
    full = {p["name"]: t.base(p) for p in params}
    out.append(split_args(t, chosen_with(full), n))
    out.append(split_args(t, chosen_with(full), 0))
    out.append(split_args(t, chosen_with({}), n))
    for k in range(0, 4):
        for s in star:
            out.append(split_args(t, chosen_with({s["name"]: values.GENERIC[:k]}), n))
    # arity and keyword errors
    for p in params:
        if t.required(p):
            out.append(split_args(t, chosen_with({}, omit=[p]), n))
    args, kwargs = split_args(t, chosen_with(full), n)
    out.append((args + ["1"], kwargs))
    out.append((args + ["1", "2"], kwargs))
    base_args, base_kwargs = split_args(t, chosen_with({}), n)
    for extra in ["zzz", "x", "a"] + [p["name"] + "_" for p in params] + [p["name"][:-1] for p in params if len(p["name"]) > 1] + [p["name"].upper() for p in params]:
        if extra not in [k for k, _ in base_kwargs]:
            out.append((base_args, base_kwargs + [(extra, "1")]))
    for p in params:
        # by position and by name at once
        a, kw = split_args(t, chosen_with(full), n)
        if p["kind"] != "keyword_only":
            out.append((a, kw + [(p["name"], t.base(p))]))
    out.append(([], []))
    for k in range(1, 6):
        out.append((["1"] * k, []))
    return dedupe(out)


def dedupe(calls):
    seen, out = set(), []
    for a, kw in calls:
        key = (tuple(a), tuple(kw))
        if key not in seen:
            seen.add(key)
            out.append((list(a), list(kw)))
    return out


def random_call(t, rng):
    if t.kind == "setter":
        v = rng.choice(values.GENERIC)
        return [v], []
    def pick(p):
        valid, invalid = t.pools[p["name"]]
        if invalid and (rng.random() < 0.12 or not valid):
            return rng.choice(invalid)
        return rng.choice(valid) if valid else "None"
    if t.groups:
        calls = group_calls(t, pick)
        a = rng.choice(calls)
        if rng.random() < 0.05:
            a = a + ["1"]
        return a, []
    chosen = []
    for p in t.params:
        if p["kind"] == "var_positional":
            chosen.append((p, [pick(p) for _ in range(rng.randrange(0, 4))]))
        elif t.required(p) or rng.random() < 0.5:
            chosen.append((p, pick(p)))
    args, kwargs = split_args(t, chosen, rng.randrange(0, len(t.params) + 1))
    r = rng.random()
    if r < 0.03:
        args = args + [rng.choice(values.GENERIC)]
    elif r < 0.06:
        kwargs = kwargs + [(rng.choice(["zzz", "x", "a", "b", "value"]), rng.choice(values.GENERIC))]
    elif r < 0.08 and args:
        args = args[:-1]
    return args, kwargs


# ---------------------------------------------------------------------------------------------
# running calls

_CODE = {}


def ev(expr, ns):
    code = _CODE.get(expr)
    if code is None:
        code = _CODE[expr] = compile(expr, "<value>", "eval")
    return eval(code, ns)  # noqa: S307 - the suite's own value expressions


def FN(f, *bound):  # noqa: N802 - used in target expressions
    def call(*args, **kwargs):
        if f is setattr and args == ("DELETE",):
            return delattr(*bound)
        return f(*bound, *args, **kwargs)
    return call


def prepare(impl, t, call):
    ns = dict(values.NAMESPACE)
    ns["M"] = impl.module
    ns["FN"] = FN
    fn = ev(t.expr, ns)
    args, kwargs = call
    a = [v if v == "DELETE" else ev(v, ns) for v in args]
    kw = {k: ev(v, ns) for k, v in kwargs}
    return fn, a, kw


ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")


def canon(r, impl):
    if isinstance(r, float) and math.isnan(r):
        return "nan"
    if isinstance(r, (tuple, list)):
        inner = ", ".join(canon(x, impl) for x in r)
        return ("(%s)" if isinstance(r, tuple) else "[%s]") % inner
    if type(r).__module__ == impl.modname or type(r).__module__ == impl.module.__name__:
        attrs = []
        for a in sorted(dir(r)):
            if a.startswith("_"):
                continue
            try:
                v = getattr(r, a)
            except Exception as e:  # noqa: BLE001
                v = e
            if not callable(v):
                attrs.append(f"{a}={canon(v, impl)}")
        return f"{type(r).__name__}({', '.join(attrs)})"
    return ADDRESS.sub(" at 0x?", repr(r))


def outcome(impl, t, call, names, volatile=False):
    try:
        fn, a, kw = prepare(impl, t, call)
    except Exception as e:  # noqa: BLE001 - e.g. the instance could not be made: an outcome too
        return repr(("setup", type(e).__name__, str(e))), False, False
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = fn(*a, **kw)
            res = ("return", type(r).__name__, "?" if volatile else canon(r, impl))
        except Exception as e:  # noqa: BLE001 - every exception is compared
            res = ("raise", type(e).__name__, ADDRESS.sub(" at 0x?", str(e)))
    out = res + tuple((w.category.__name__, str(w.message)) for w in caught)
    text = repr(out)
    for n in names:
        text = text.replace(n + ".", "M.")
    return text, res[0] == "return", bool(caught)


def _repeat(fn, a, kw, reps):
    for _ in reps:
        try:
            fn(*a, **kw)
        except BaseException:  # noqa: BLE001, S110 - only the counts matter here
            pass


def _rounds(fn, a, kw, rounds, reps):
    """Deltas of (total refcount, allocated blocks) over each round of len(reps) calls."""
    rc, blocks = sys.gettotalrefcount, sys.getallocatedblocks
    deltas = []
    for _ in rounds:
        r0 = rc()
        b0 = blocks()
        _repeat(fn, a, kw, reps)
        deltas.append((rc() - r0, blocks() - b0))
    return deltas


QUICK_ROUNDS, QUICK_REPS = (None,) * (ROUNDS + 1), (None,) * PER_ROUND
MEDIUM_WARM, MEDIUM_ROUNDS, MEDIUM_REPS = (None,) * 150, (None,) * ROUNDS, (None,) * 50
CONFIRM_WARM, CONFIRM_ROUNDS, CONFIRM_REPS = (None,) * 1000, (None,) * ROUNDS, (None,) * 100
CALIBRATION = None


def leaked(fn, a, kw):
    """(refs, blocks) per call when the counts grow with every round of calls; None otherwise.

    A quick pass (the first round, where the interpreter specialises the loop, is dropped) lets
    through every call that leaves the counts where they were. Interpreter caches and free
    lists that fill up (a keyword-names tuple per `**kw` call fills the tuple free list for
    ~100 calls) also grow the counts for a while, so a call that grew them in each round is run
    again, longer, twice: a leak keeps growing, a cache stops; before the last count cyclic
    garbage is collected (a cycle is not a leak)."""
    _repeat(fn, a, kw, (None, None))
    cr, cb = CALIBRATION
    deltas = _rounds(fn, a, kw, QUICK_ROUNDS, QUICK_REPS)[1:]
    if not (all(r > cr for r, _ in deltas) or all(b > cb for _, b in deltas)):
        return None
    _repeat(fn, a, kw, MEDIUM_WARM)
    half = len(MEDIUM_REPS) / 2
    deltas = _rounds(fn, a, kw, MEDIUM_ROUNDS, MEDIUM_REPS)
    if not (all(r >= half for r, _ in deltas) or all(b >= half for _, b in deltas)):
        return None
    _repeat(fn, a, kw, CONFIRM_WARM)
    gc.collect()
    r0, b0 = sys.gettotalrefcount(), sys.getallocatedblocks()
    deltas = _rounds(fn, a, kw, CONFIRM_ROUNDS, CONFIRM_REPS)
    gc.collect()
    total_r, total_b = sys.gettotalrefcount() - r0, sys.getallocatedblocks() - b0
    n = len(CONFIRM_REPS)
    calls = len(CONFIRM_ROUNDS) * n
    grew_r = total_r >= calls / 2 and all(r >= n / 2 for r, _ in deltas)
    grew_b = total_b >= calls / 2 and all(b >= n / 2 for _, b in deltas)
    if grew_r or grew_b:
        return (total_r / calls, total_b / calls)
    return None


def calibrate():
    global CALIBRATION
    def noop(*a, **k):
        return None
    flat = [d for _ in range(5) for d in _rounds(noop, (), {}, QUICK_ROUNDS, QUICK_REPS)[1:]]
    CALIBRATION = (min(r for r, _ in flat), min(b for _, b in flat))
    return CALIBRATION


def self_test():
    """The checker must see a leaked reference and a leaked block, and pass a clean call."""
    try:
        import ctypes
    except ImportError:
        return "skipped (no ctypes)"
    ctypes.pythonapi.PyMem_Malloc.restype = ctypes.c_void_p
    ctypes.pythonapi.PyMem_Malloc.argtypes = [ctypes.c_size_t]
    obj = object()
    arg = ctypes.py_object(obj)
    cases = [("clean", lambda: len("x"), False),
             ("leaked reference", lambda: ctypes.pythonapi.Py_IncRef(arg), True),
             ("leaked block", lambda: ctypes.pythonapi.PyMem_Malloc(24), True)]
    for name, fn, leaks in cases:
        if (leaked(fn, (), {}) is not None) != leaks:
            raise SystemExit(f"leak checker self-test failed: {name}")
    return "ok"


def leak_check(impl, t, call, warned):
    """A description of the leak, or None."""
    found = []
    modes = ["ignore"] + (["error"] if warned else [])
    for mode in modes:
        try:
            fn, a, kw = prepare(impl, t, call)
        except Exception:  # noqa: BLE001 - reported by outcome()
            return None
        with warnings.catch_warnings():
            warnings.simplefilter(mode)
            gc.disable()
            try:
                r = leaked(fn, a, kw)
            finally:
                gc.enable()
        if r is not None:
            found.append(f"{r[0]:g} refs and {r[1]:g} blocks per call (warnings={mode})")
    return "; ".join(found) or None


CACHE_HELD_LIMIT = 20


def cache_check(impl, t, call):
    """cache_held() for one call, warnings ignored; None where it cannot be measured."""
    try:
        fn, a, kw = prepare(impl, t, call)
    except Exception:  # noqa: BLE001 - reported by outcome()
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return cache_held(fn, a, kw)


def two_faults(results, call):
    """A call with two faults (two_faults.py) that CPython's clinic hands to getargs whole (the
    "reference" build), where every other build must agree."""
    ref = [r for i, r in results if i.label == "reference"]
    ours = {r for i, r in results if i.label != "reference"}
    if len(ref) != 1 or len(ours) != 1:
        return False
    return is_two_faults(ast.literal_eval(ref[0]), ast.literal_eval(next(iter(ours))),
                         {k for k, _ in call[1]})


def show(t, call):
    args, kwargs = call
    parts = [("del" if v == "DELETE" else v) for v in args] + [f"{k}={v}" for k, v in kwargs]
    if t.kind == "setter" and args == ["DELETE"]:
        return f"del {t.expr.replace('FN(setattr, ', '').rsplit(',', 1)[0]}.{t.attr}"
    if t.kind == "setter":
        inst = t.expr[len("FN(setattr, "):].rsplit(",", 1)[0]
        return f"{inst}.{t.attr} = {parts[0]}"
    if t.kind == "getter":
        inst = t.expr[len("FN(getattr, "):].rsplit(",", 1)[0]
        return f"{inst}.{t.attr}"
    if t.kind == "new":
        return f"M.{t.cls}.__new__(M.{t.cls}{''.join(', ' + p for p in parts)})"
    return f"{t.expr}({', '.join(parts)})"


def make_targets(model, only=None):
    classes = instance_args(model)
    return [Target(f, classes) for f in model if only is None or re.search(only, f["name"])]


def corpus(model, rng, n, only=None):
    targets = make_targets(model, only)
    cases = []
    for t in targets:
        for call in structured_calls(t):
            cases.append((t, call))
    while len(cases) < n:
        t = rng.choice(targets)
        cases.append((t, random_call(t, rng)))
    return targets, cases


def family_of(t):
    """Converter families a target exercises (for the coverage report)."""
    return sorted({p["converter"] + ("(" + ",".join(f"{k}={v}" for k, v in sorted(p.get("converterArguments", {}).items())) + ")" if p.get("converterArguments") else "")
                   for p in t.params if p["kind"] != "var_positional"})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", required=True)
    ap.add_argument("--impl", action="append", required=True, help="LABEL=MODULE=PATH")
    ap.add_argument("--calls", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--leaks", action="store_true")
    ap.add_argument("--no-leak-check", action="append", default=[], metavar="LABEL",
                    help="a build not under test (CPython's own clinic output)")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--journal")
    ap.add_argument("--mark-stderr", action="store_true",
                    help="write 'CASE K LABEL' to stderr before each call (to attribute valgrind's reports)")
    ap.add_argument("--show", type=int, help="print case K as a call and exit")
    ap.add_argument("--only", help="regex: fuzz only the functions whose name matches")
    ap.add_argument("--sample", type=int, help="run N cases spread evenly over the corpus")
    ap.add_argument("--dump-cases", help="write the cases to FILE and exit (to build them outside valgrind)")
    ap.add_argument("--cases", help="read the cases from a --dump-cases FILE instead of building them")
    ap.add_argument("--skip", action="append", default=[],
                    help="FUNCTION@LABEL: do not call FUNCTION on that build (it crashed already)")
    ap.add_argument("--max-mismatches", type=int, default=10)
    ap.add_argument("--volatile", help="regex: functions whose results carry state (call counters): "
                    "compared by outcome and exception, not by value")
    ns = ap.parse_args()
    with open(ns.model) as f:
        model = [fn for file in json.load(f)["files"] for fn in file["functions"]]
    rng = random.Random(ns.seed)
    if ns.cases:
        targets = make_targets(model, ns.only)
        with open(ns.cases) as f:
            cases = [(targets[i], (args, [tuple(kv) for kv in kwargs])) for i, args, kwargs in json.load(f)]
    else:
        targets, cases = corpus(model, rng, ns.calls, ns.only)
    if ns.sample and ns.sample < len(cases):
        cases = [cases[i * len(cases) // ns.sample] for i in range(ns.sample)]
    if ns.dump_cases:
        index = {id(t): i for i, t in enumerate(targets)}
        with open(ns.dump_cases, "w") as f:
            json.dump([[index[id(t)], args, kwargs] for t, (args, kwargs) in cases], f)
        return 0
    if ns.show is not None:
        t, call = cases[ns.show]
        print(f"{t.name}\t{show(t, call)}")
        return 0
    impls = [Impl(s) for s in ns.impl]
    names = sorted({i.modname for i in impls} | {i.module.__name__ for i in impls}, key=len, reverse=True)
    present = {}
    for t in targets:
        present[t.name] = [i for i in impls if hasattr(i.module, t.short.split(".")[0])
                           and f"{t.name}@{i.label}" not in ns.skip]
    if ns.leaks:
        if not hasattr(sys, "gettotalrefcount"):
            print("--leaks needs a debug build (sys.gettotalrefcount)", file=sys.stderr)
            return 2
        calibrate()
        print(f"leak checker self-test: {self_test()}", flush=True)
    journal = os.open(ns.journal, os.O_WRONLY | os.O_CREAT | os.O_APPEND) if ns.journal else None
    def fresh():
        return {"cases": 0, "calls": 0, "returned": 0, "raised": 0, "leak_checked": 0,
                "mismatches": 0, "two_faults": 0, "leaks": [], "mismatch_functions": {}, "families_ok": set(),
                "families_err": set()}

    def report(kind, stats):
        # counts since the last report: a run that is killed later loses at most PARTIAL_EVERY cases
        stats["families_ok"] = sorted(stats["families_ok"])
        stats["families_err"] = sorted(stats["families_err"])
        stats["total_cases"] = len(cases)
        print(f"{kind} " + json.dumps(stats), flush=True)

    stats = fresh()
    printed = {}
    cache_checked = set()
    for k in range(ns.start, len(cases)):
        if stats["cases"] >= PARTIAL_EVERY:
            report("PARTIAL", stats)
            stats = fresh()
        t, call = cases[k]
        impls_here = present[t.name]
        if not impls_here:
            continue
        results = []
        for impl in impls_here:
            if journal is not None:
                os.write(journal, b"%d %s\n" % (k, impl.label.encode()))
            if ns.mark_stderr:
                os.write(2, b"CASE %d %s\n" % (k, impl.label.encode()))
            text, ok, warned = outcome(impl, t, call, names,
                                       bool(ns.volatile and re.search(ns.volatile, t.name)))
            stats["calls"] += 1
            stats["returned" if ok else "raised"] += 1
            results.append((impl, text))
            fam = stats["families_ok" if ok else "families_err"]
            fam.update(family_of(t))
            if ns.leaks and impl.label not in ns.no_leak_check:
                stats["leak_checked"] += 1
                leak = leak_check(impl, t, call, warned)
                if leak:
                    stats["leaks"].append(f"{impl.label}: {show(t, call)}: {leak}")
                    print(f"LEAK {impl.label}: {show(t, call)}: {leak}", flush=True)
                # and, once per function, build and outcome, what the call leaves in caches
                key = (impl.label, t.name, ok)
                if key not in cache_checked:
                    cache_checked.add(key)
                    held = cache_check(impl, t, call)
                    if held is not None and held >= CACHE_HELD_LIMIT:
                        what = f"{held} references left in the interpreter's caches by 500 calls"
                        stats["leaks"].append(f"{impl.label}: {show(t, call)}: {what}")
                        print(f"LEAK {impl.label}: {show(t, call)}: {what}", flush=True)
        stats["cases"] += 1
        differ = len({r for _, r in results}) > 1
        if differ and two_faults(results, call):
            stats["two_faults"] += 1
        elif differ:
            stats["mismatches"] += 1
            stats["mismatch_functions"][t.name] = stats["mismatch_functions"].get(t.name, 0) + 1
            seen = printed.get(t.name, 0)
            printed[t.name] = seen + 1
            if seen < 2 and len(printed) <= ns.max_mismatches:
                print(f"MISMATCH case {k}: {show(t, call)}: "
                      + "; ".join(f"{i.label}={r}" for i, r in results), flush=True)
    report("RESULT", stats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
