"""Call sites for any extension module, built from its signatures, and their outcomes as text.

Used by threads.py and subinterpreters.py: both run the same deterministic corpus in several
threads or interpreters and compare every outcome with the serial one.

A call site is a small function compiled on its own (compile()/exec), so each keyword order is a
distinct constant tuple of keyword names in its own code object: that tuple is what a
METH_FASTCALL|METH_KEYWORDS function receives as kwnames, and what a per-call-site cache in the
glue would key on. `f(**d)` sites make a new kwnames tuple on every call (and the freed tuples
come back from the free list at the same addresses with other contents).

Outcomes are strings: "return <canonical repr>" or "raise <type>: <message>" (addresses
stripped), so they can cross interpreters and be compared with ==.
"""
import importlib.util
import inspect
import itertools
import os
import random
import re
import types

ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
UNKNOWN_KEYWORD = "zz_unknown"


class Odd:
    """A wrong value for most converters; its conversions raise, with a fixed message."""

    def __index__(self):
        raise RuntimeError("odd __index__")

    def __float__(self):
        raise RuntimeError("odd __float__")

    def __bool__(self):
        raise RuntimeError("odd __bool__")

    def __repr__(self):
        return "Odd()"


def load(name, path):
    """Imports the extension module at `path` whose init function is PyInit_<name> (several
    builds of one module can be loaded side by side: multi-phase init)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def module_name(path):
    return os.path.basename(path).split(".")[0]


def parameters(fn):
    """inspect.Parameter list from __text_signature__ (NULL defaults allowed), without self;
    None when fn has no signature (optional groups)."""
    text = getattr(fn, "__text_signature__", None)
    if not text:
        return None
    for self_name in ("$module", "$self", "$type", "$cls"):
        text = text.replace(self_name + ", ", "").replace(self_name, "")
    text = text.replace("<unrepresentable>", "None").replace("(/, ", "(").replace("(/)", "()")
    scope = {}
    try:
        exec(f"def f{text}: pass", scope)  # noqa: S102 - the module's own signature text
    except SyntaxError:
        return None
    return list(inspect.signature(scope["f"]).parameters.values())


class Site:
    """One call site: `target()` gives the callable (a fresh instance's method when needed),
    `fn(callable, values)` makes the call from compiled code."""

    def __init__(self, label, target, fn, values, key=None):
        self.label = label
        self.target = target
        self.fn = fn
        self.values = values
        self.key = key  # sites with equal keys make the same call: their outcomes must agree

    def call(self, values=None):
        """Calls with the site's values, or with a copy of them (each thread has its own)."""
        return self.fn(self.target(), self.values if values is None else values)


def compile_site(filename, positional, keywords, star):
    """A function `site(f, v)` calling f with v[0..] positionally and keywords bound to the
    following v items, as literal keywords or through a fresh dict (f(*a, **d))."""
    pos = [f"v[{i}]" for i in range(positional)]
    kw = [(name, f"v[{positional + i}]") for i, name in enumerate(keywords)]
    if star:
        items = ", ".join(f"{name!r}: {expr}" for name, expr in kw)
        args = ", ".join(pos + ["**{" + items + "}"])
    else:
        args = ", ".join(pos + [f"{name}={expr}" for name, expr in kw])
    source = f"def site(f, v):\n    return f({args})\n"
    scope = {}
    exec(compile(source, f"<{filename}>", "exec"), scope)  # noqa: S102 - generated here
    return scope["site"]


def outcome(site, classes, values=None):
    try:
        result = site.call(values)
    except Exception as e:  # noqa: BLE001 - every exception is an outcome
        return f"raise {type(e).__name__}: {ADDRESS.sub('', str(e))}"
    return "return " + canon(result, classes)


def canon(value, classes):
    if isinstance(value, (tuple, list)):
        inner = ", ".join(canon(v, classes) for v in value)
        return ("(%s)" if isinstance(value, tuple) else "[%s]") % inner
    if isinstance(value, float):
        return repr(value)
    if type(value) in classes:
        # an instance of the module's own class: its getters and methods without parameters
        # say what the constructor did
        cls = type(value)
        fields = []
        for name in sorted(dir(cls)):
            raw = inspect.getattr_static(cls, name, None)
            method = isinstance(raw, types.MethodDescriptorType) and parameters(raw) == []
            if name.startswith("_") or not (method or isinstance(raw, types.GetSetDescriptorType)):
                continue
            try:
                got = getattr(value, name)
                fields.append(f"{name}={canon(got() if method else got, classes)}")
            except Exception as e:  # noqa: BLE001
                fields.append(f"{name}!{type(e).__name__}")
        return f"{cls.__name__}({', '.join(fields)})"
    return ADDRESS.sub("", repr(value))


class Corpus:
    """Every callable of a module (functions, classes, their methods, getters and setters)
    with its call sites. Deterministic for a given module and seed, in every interpreter."""

    def __init__(self, module, seed=11, skip=()):
        self.module = module
        self.rng = random.Random(seed)
        self.classes = {v for v in vars(module).values()
                        if isinstance(v, type) and v.__module__ == module.__name__}
        self.groups = []  # (target label, [Site]): the sites of one callable
        self.unstable = []
        for label, target in self._targets(skip):
            sites = self._sites(label, target)
            if sites:
                self.groups.append((label, sites))

    @property
    def sites(self):
        return [s for _label, group in self.groups for s in group]

    def outcome(self, site, values=None):
        return outcome(site, self.classes, values)

    # ---- callables -------------------------------------------------------------------------

    def _targets(self, skip):
        module = self.module
        for name in sorted(dir(module)):
            obj = getattr(module, name)
            if name.startswith("_") or name in skip:
                continue
            if isinstance(obj, types.BuiltinFunctionType):
                yield name, (lambda obj=obj: obj)
            elif obj in self.classes:
                yield from self._class_targets(name, obj, skip)

    def _class_targets(self, name, cls, skip):
        yield name, (lambda: cls)
        make = self._instance_factory(cls)
        for attr in sorted(vars(cls)):
            label = f"{name}.{attr}"
            raw = vars(cls)[attr]
            if attr.startswith("_") or label in skip:
                continue
            if isinstance(raw, types.MethodDescriptorType) and make is not None:
                # a fresh instance per call: threads never share one
                yield label, (lambda attr=attr: getattr(make(), attr))
            elif isinstance(raw, (types.ClassMethodDescriptorType, staticmethod,
                                  types.BuiltinFunctionType)):
                yield label, (lambda attr=attr: getattr(cls, attr))
            elif isinstance(raw, types.GetSetDescriptorType) and make is not None:
                yield label + "=", (lambda attr=attr: _setter(make(), attr))

    def _instance_factory(self, cls):
        """Arguments that construct cls (found by trying), as a factory; None if none work."""
        params = parameters(cls) or []
        required = [p for p in params if p.default is inspect.Parameter.empty
                    and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        for arity in [len(required)] + [n for n in range(4) if n != len(required)]:
            args = tuple(range(1, arity + 1))
            try:
                cls(*args)
            except Exception:  # noqa: BLE001
                continue
            return lambda: cls(*args)
        return None

    # ---- call sites ------------------------------------------------------------------------

    def _probe(self, target, values):
        try:
            call_with(target(), values)
            return True
        except Exception:  # noqa: BLE001
            return False

    def _values(self, target, params):
        """A value per parameter, distinct between parameters (so an argument bound to the
        wrong parameter shows in the outcome): a kind of value all parameters accept if there
        is one, then for each parameter the first candidate that keeps the call working."""
        candidates = [[20 + i, 40 + 2 * i, 2.5 + i, str(60 + i), f"s{i}", f"s{i}".encode(),
                       bytearray(b"w%d" % i), complex(i, 1), True, [i], (i,)]
                      for i in range(len(params))]
        names = [p.name for p in params]

        def works(values):
            return self._probe(target, [(p, values[p.name]) for p in params])

        values = {n: candidates[i][0] for i, n in enumerate(names)}
        for kind in range(len(candidates[0]) if params else 0):
            uniform = {n: candidates[i][kind] for i, n in enumerate(names)}
            if works(uniform):
                values = uniform
                break
        for i, name in enumerate(names):
            for c in candidates[i]:
                trial = dict(values, **{name: c})
                if works(trial):
                    values = trial
                    break
        return values

    def _sites(self, label, target):
        fn = target()
        if label.endswith("="):
            return self._make(label, target, [([v], [], False, None) for v in (7, -3, "x", None, Odd())])
        params = parameters(fn)
        if params is None:
            # no signature (optional groups): sweep the positional arities
            shapes = [([20 + i for i in range(k)], [], False, None) for k in range(8)]
            shapes.append(([20, 21], [(UNKNOWN_KEYWORD, 1)], False, None))
            return self._make(label, target, shapes)
        star_args = any(p.kind is p.VAR_POSITIONAL for p in params)
        params = [p for p in params if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        known = {p.name for p in params}
        value = self._values(target, params)
        shapes = []

        def call(given, upto=0, order=None, star=False, extra=(), same=True, wrong=None):
            """Passes the `given` names: a prefix of the parameters up to index `upto` (and the
            positional-only ones) by position, then `extra` positional values, then the others
            by keyword in `order`. Sites with `same` that pass the same names the same way
            (keyword order and **d aside) make one call."""
            pos, kws = [], []
            for i, p in enumerate(params):
                if p.name in given:
                    by_position = p.kind is p.POSITIONAL_ONLY or (p.kind is p.POSITIONAL_OR_KEYWORD and i < upto)
                    (pos if by_position and len(pos) == i else kws).append(p.name)
            kws += [n for n in given if n not in known]
            if order is not None:
                kws = order(kws)
            proper = not extra and all(n in known for n in given) and not any(
                p.kind is p.POSITIONAL_ONLY and p.name in kws for p in params)
            key = (label, len(pos), tuple(sorted(kws))) if same and proper else None
            vals = dict(value, **(wrong or {}))
            shapes.append(([vals[n] for n in pos] + list(extra),
                           [(n, vals.get(n, 1)) for n in kws], star, key))

        everything = [p.name for p in params]
        required = [p.name for p in params if p.default is inspect.Parameter.empty]
        kwable = [p.name for p in params if p.kind is not p.POSITIONAL_ONLY]
        reverse = lambda k: k[::-1]  # noqa: E731
        orders = [None, reverse, lambda k: k[1:] + k[:1]]
        orders += [lambda k, r=random.Random(self.rng.random()): r.sample(k, len(k)) for _ in range(2)]
        # valid calls: every keyword order, literal and **d; positional prefixes; omissions
        for order in orders:
            call(everything, order=order)
            call(everything, order=order, star=True)
        for upto in range(1, len(params) + 1):
            call(everything, upto, reverse)
        call(required)
        call(required, order=reverse, star=True)
        call(required, len(params))
        for name in everything[:4]:
            if name not in required:
                call([n for n in everything if n != name], order=reverse)
        if star_args:
            call(everything, len(params), extra=(30, 31))
        # errors: unknown and misspelt keywords, by name and position, missing, too many, values
        call(everything + [UNKNOWN_KEYWORD], order=lambda k: k[len(k) // 2:] + k[:len(k) // 2])
        call(required + [UNKNOWN_KEYWORD], order=reverse, star=True)
        if kwable:
            call([n for n in everything if n != kwable[-1]] + [kwable[-1] + "x"], same=False)
            first = everything.index(kwable[0])
            if params[first].kind is params[first].POSITIONAL_OR_KEYWORD:
                # the same argument by position and by name
                shapes.append(([value[n] for n in everything[:first + 1]],
                               [(kwable[0], value[kwable[0]])], False, None))
        if required:
            call(required[1:], order=reverse)
        if not star_args:
            call(everything, len(params), extra=(30,))
        for name in everything[:4]:
            for wrong in (Odd(), None):
                call(everything, order=reverse, same=False, wrong={name: wrong})
        return self._make(label, target, shapes)

    def _make(self, label, target, shapes):
        sites, seen = [], set()
        for positional, keywords, star, key in shapes:
            names = [n for n, _v in keywords]
            text = "%s(%s)%s" % (label, ", ".join(["_"] * len(positional) + [n + "=_" for n in names]),
                                 " via **" if star else "")
            values = tuple(positional) + tuple(v for _n, v in keywords)
            if (text, repr(values)) in seen:
                continue
            seen.add((text, repr(values)))
            fn = compile_site(text, len(positional), names, star)
            sites.append(Site(f"{text} #{len(seen)}", target, fn, values, key))
        return sites

    # ---- the serial reference --------------------------------------------------------------

    def reference(self):
        """The serial outcome of every site, run twice: a site whose outcome changes between
        runs (a callable with state) is dropped and listed in `unstable`; sites making the same
        call (keyword orders, **d) must agree, else AssertionError."""
        first = [self.outcome(s) for s in self.sites]
        second = [self.outcome(s) for s in self.sites]
        drop = {id(s) for s, a, b in zip(self.sites, first, second) if a != b}
        if drop:
            self.unstable = [s.label for s in self.sites if id(s) in drop]
            groups = [(label, [s for s in group if id(s) not in drop]) for label, group in self.groups]
            self.groups = [(label, group) for label, group in groups if group]
            first = [self.outcome(s) for s in self.sites]
        by_key = {}
        for site, out in zip(self.sites, first):
            if site.key is not None:
                other = by_key.setdefault(site.key, (site, out))
                if other[1] != out:
                    raise AssertionError(f"{site.label} -> {out}\nbut {other[0].label} -> {other[1]}")
        return first


def _setter(instance, attr):
    def set_and_get(value):
        setattr(instance, attr, value)
        return getattr(instance, attr)
    return set_and_get


def call_with(fn, params_and_values):
    args, kwargs = [], {}
    for p, v in params_and_values:
        if p.kind is p.POSITIONAL_ONLY:
            args.append(v)
        else:
            kwargs[p.name] = v
    return fn(*args, **kwargs)


def schedule(corpus, thread, burst):
    """The order one thread runs a callable's sites in: each site `burst` times in a row (a
    keyword cache hits, unless another thread replaced it meanwhile), every thread starting at
    another site, so threads call one function at once with different keyword orders. Every
    thread gets the same groups in the same order, of the same lengths."""
    for label, group in corpus.groups:
        start = (thread * 7) % len(group)
        order = list(itertools.islice(itertools.cycle(group), start, start + len(group)))
        yield label, [site for site in order for _ in range(burst)]
