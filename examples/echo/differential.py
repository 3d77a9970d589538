#!/usr/bin/env python3
"""Differential test: the same calls against echo_c (C glue) and echo_rust (Rust glue).

Usage: differential.py BUILD_DIR [--calls N] [--seed S]
Prints one line per mismatch, then 'N passed, M failed'. Exit 1 on any mismatch.
Compared per call: the result's type and repr, or the exception's type and message; plus every
function's __text_signature__ and __doc__.
"""
import argparse
import warnings
import importlib
import inspect
import itertools
import keyword
import math
import random
import sys


class Index:
    """An object with __index__ (accepted by the integer converters that call __index__)."""
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Index({self.v})"


class Floaty:
    def __float__(self):
        return 2.5

    def __repr__(self):
        return "Floaty()"


class Boom:
    """Truth test and __index__ raise: the converter's error must pass through unchanged."""
    def __bool__(self):
        raise RuntimeError("bool boom")

    def __index__(self):
        raise RuntimeError("index boom")

    def __float__(self):
        raise RuntimeError("float boom")

    def __repr__(self):
        return "Boom()"


class SubInt(int):
    """An int subclass whose comparisons lie: converters must read the value itself."""
    def __lt__(self, other):
        return True

    def __gt__(self, other):
        return True

    def __repr__(self):
        return f"SubInt({int(self)})"


class Fd:
    def fileno(self):
        return 3

    def __repr__(self):
        return "Fd()"


INTS = [0, 1, -1, 2, 3, 7, 127, 128, 255, 256, -128, -129, 2**15 - 1, 2**15, -2**15, -2**15 - 1,
        2**16 - 1, 2**16, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**32 - 1, 2**32, 2**63 - 1, 2**63,
        -2**63, -2**63 - 1, 2**64 - 1, 2**64, 10**30, -10**30]
OTHERS = [True, False, 0.0, 1.5, -2.25, float("inf"), float("nan"), 1e300, "abc", "", "a\0b", "é",
          "x", "\U0001F600", b"x", b"xy", b"", bytearray(b"z"), bytearray(b""), memoryview(b"mv"),
          None, [], [1, 2], (1, 2), {}, 1 + 2j, Index(5), Index(-1), Index(2**70), Floaty(), Boom(),
          Fd(), object, SubInt(5), SubInt(-5), SubInt(2**64)]
VALUES = INTS + OTHERS
NAMES = ["x", "y", "a", "b", "c", "d", "e", "alpha", "beta", "gamma", "first", "second", "third",
         "fourth", "value", "repeat", "xx", "X", "alpah", "secnd", "zzz", "reapeat",
         # keywords are matched by their text: non-ASCII, and a lone surrogate UTF-8 cannot encode
         "é", "ß", "x\udc80"]


def outcome(fn, args, kwargs, site=False):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call(fn, args, kwargs, site)
    return result + tuple((w.category.__name__, str(w.message)) for w in caught)


_sites = {}


def call_site(names):
    """A compiled call with these keyword names written out: unlike f(**kwargs), which makes a
    new names tuple per call, every call from it passes the same tuple (the glue may remember it)."""
    site = _sites.get(names)
    if site is None:
        keywords = ", ".join(f"{n}=values[{i}]" for i, n in enumerate(names))
        site = _sites[names] = eval(f"lambda fn, args, values: fn(*args, {keywords})")
    return site


def has_call_site(kwargs):
    return bool(kwargs) and all(k.isidentifier() and not keyword.iskeyword(k) for k in kwargs)


def call(fn, args, kwargs, site=False):
    try:
        r = call_site(tuple(kwargs))(fn, args, tuple(kwargs.values())) if site else fn(*args, **kwargs)
    except Exception as e:  # noqa: BLE001 - every exception is compared
        # the interpreter's own messages name the module; the two modules differ only there
        msg = str(e).replace("echo_c.", "echo.").replace("echo_rust.", "echo.")
        return ("raise", type(e).__name__, msg)
    # the modules differ only in their names (which a type's tp_name includes)
    text = canon(r).replace("echo_c.", "echo.").replace("echo_rust.", "echo.")
    return ("return", type(r).__name__, text)


def canon(r):
    if isinstance(r, float) and math.isnan(r):
        return "nan"
    if isinstance(r, tuple):
        return "(" + ", ".join(canon(x) for x in r) + ")"
    if type(r).__name__ == "Thing":
        return f"Thing(new={canon(r.new_data)}, init={canon(r.init_data)})"
    return repr(r)


def signature_of(fn):
    """inspect.signature, also for `<unrepresentable>` (NULL) defaults, which it rejects."""
    text = fn.__text_signature__
    for self_name in ("$module", "$self", "$type"):
        text = text.replace(self_name + ", ", "").replace(self_name, "")
    text = text.replace("<unrepresentable>", "None").replace("(/, ", "(").replace("(/)", "()")
    scope = {}
    exec(f"def f{text}: pass", scope)  # noqa: S102 - our own generated signature text
    return inspect.signature(scope["f"])


def good_value(fn, params):
    """A value every parameter of fn accepts (found on the C module), or None."""
    for v in [1, 1.5, "s", b"b", bytearray(b"b"), [1], True, 1 + 2j]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                call_with(fn, params, {p.name: v for p in params})
            return v
        except Exception:  # noqa: BLE001
            continue
    return None


def call_with(fn, params, values):
    args, kwargs = [], {}
    for p in params:
        if p.name not in values:
            continue
        if p.kind == p.POSITIONAL_ONLY:
            args.append(values[p.name])
        else:
            kwargs[p.name] = values[p.name]
    return fn(*args, **kwargs)


def structured(name, fn):
    """Calls built from the signature: every parameter with every value, each optional left
    out, duplicates by name and position, misspelt and unknown keywords."""
    if name.startswith("setattr("):
        return [(name, (v,), {}) for v in VALUES] + [(name, (), {})]
    if getattr(fn, "__text_signature__", None) is None:
        # optional groups have no machine-readable signature: sweep arities and positions
        out = []
        for k in range(0, 7):
            for j in range(k):
                for v in VALUES:
                    args = [1] * k
                    args[j] = v
                    out.append((name, tuple(args), {}))
            out.append((name, (1,) * k, {"x": 1}))
        return out
    params = list(signature_of(fn).parameters.values())
    good = good_value(fn, params)
    out = []
    base = {p.name: good for p in params}
    required = [p for p in params if p.default is inspect.Parameter.empty]

    def split(values, positional_upto):
        args, kwargs = [], {}
        for i, p in enumerate(params):
            if p.name not in values:
                continue
            if p.kind == p.POSITIONAL_ONLY or (i < positional_upto and p.kind == p.POSITIONAL_OR_KEYWORD
                                                and all(q.name in values for q in params[:i])):
                args.append(values[p.name])
            else:
                kwargs[p.name] = values[p.name]
        return tuple(args), kwargs

    for p in params:
        for v in VALUES:
            vals = dict(base)
            vals[p.name] = v
            out.append((name, *split(vals, len(params))))
            out.append((name, *split(vals, 0)))
    for p in params:
        vals = {q.name: good for q in params if q is not p}
        out.append((name, *split(vals, len(params))))
    minimal = {p.name: good for p in required}
    out.append((name, *split(minimal, len(params))))
    for extra in NAMES + [p.name.upper() for p in params] + [p.name + "_" for p in params] + [p.name[1:] for p in params]:
        args, kwargs = split(minimal, len(params))
        if extra not in kwargs:
            kwargs = dict(kwargs)
            kwargs[extra] = good
            out.append((name, args, kwargs))
    keywords_only = {p.name: good for p in params if p.kind != p.POSITIONAL_ONLY}
    if len(keywords_only) > 1:
        # keywords in reverse declaration order
        out.append((name, (), dict(reversed(list(keywords_only.items())))))
    all_pos = tuple(good for _ in params)
    for p in params:
        out.append((name, all_pos, {p.name: good}))
        out.append((name, all_pos + (good,), {}))
    return out


def targets(mod):
    """Every callable to compare: module functions, the class, its methods (bound and unbound)."""
    out = {n: getattr(mod, n) for n in dir(mod) if not n.startswith("_") and n != "Thing"}
    thing = mod.Thing
    out["Thing"] = thing
    out["Thing.cmeth"] = thing.cmeth
    out["Thing.smeth"] = thing.smeth
    out["Thing(1).meth"] = thing(1).meth
    out["Thing(1).defcls"] = thing(1).defcls
    out["setattr(Thing(1), 'init_data', v)"] = lambda *a, **k: _set_init(thing, *a, **k)
    return out


def _set_init(thing, *args, **kwargs):
    t = thing(1)
    if kwargs or len(args) != 1:
        del t.init_data  # both raise the setter's error for a delete
    t.init_data = args[0]
    return t


def calls(mod, names, rng, n):
    """Deterministic call corpus: (function name, args, kwargs)."""
    out = []
    for name in names:
        out.extend(structured(name, targets(mod)[name]))
        for k in range(0, 7):
            out.append((name, tuple(range(1, k + 1)), {}))
    while len(out) < n:
        name = rng.choice(names)
        k = rng.randrange(0, 5)
        args = tuple(rng.choice(VALUES) for _ in range(k))
        kw = {}
        for _ in range(rng.randrange(0, 3)):
            kw[rng.choice(NAMES)] = rng.choice(VALUES)
        out.append((name, args, kw))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build")
    ap.add_argument("--calls", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=5)
    ns = ap.parse_args()
    sys.path.insert(0, ns.build)
    c = importlib.import_module("echo_c")
    r = importlib.import_module("echo_rust")
    tc, tr = targets(c), targets(r)
    names = sorted(tc)
    passed = failed = 0
    missing = sorted(set(tc) ^ set(tr))
    for m in missing:
        print(f"MISMATCH function set: {m}")
        failed += 1
    names = [n for n in names if n not in missing]
    for n in names + ["Thing.new_data", "Thing.init_data"]:
        owner_c, owner_r = (c.Thing, r.Thing) if n.startswith("Thing.") and n.count(".") == 1 and n not in tc else (None, None)
        fc = getattr(owner_c, n.split(".")[1]) if owner_c else tc[n]
        fr = getattr(owner_r, n.split(".")[1]) if owner_r else tr[n]
        for attr in ("__text_signature__", "__doc__"):
            a, b = getattr(fc, attr, None), getattr(fr, attr, None)
            if a == b:
                passed += 1
            else:
                failed += 1
                print(f"MISMATCH {n}.{attr}: C={a!r} Rust={b!r}")
    rng = random.Random(ns.seed)
    for name, args, kwargs in calls(c, names, rng, ns.calls):
        # through f(**kwargs) and, where the names can be written out, a call site of its own
        for site in (False, True) if has_call_site(kwargs) else (False,):
            a = outcome(tc[name], args, kwargs, site)
            b = outcome(tr[name], args, kwargs, site)
            if a == b:
                passed += 1
            else:
                failed += 1
                if failed <= 200:
                    print(f"MISMATCH {name}{args!r} {kwargs!r}{' (call site)' if site else ''}: C={a!r} Rust={b!r}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
