"""Calls the fixed-width and non-negative converters of module fw (NewerDslTest) and compares
every outcome with what CPython 3.15's clinic glue gives for the same declarations
(gh-133583: PyLong_AsNativeBytes with ALLOW_INDEX and REJECT_NEGATIVE; gh-135763: the
"<C name> cannot be negative" and "argument cannot be negative" ValueErrors).
Usage: newer_dsl_check.py MODULE_FILE; prints "N passed, M failed"."""
import importlib.util
import sys


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


def load(path):
    spec = importlib.util.spec_from_file_location("fw", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


NEG = ("ValueError", "Cannot convert negative int")


def too_large(t):
    return ("OverflowError", "Python int too large for C " + t)


def not_int(t):
    return ("TypeError", "'%s' object cannot be interpreted as an integer" % t)


CASES = [
    ("u8", (0,), {}, 0), ("u8", (255,), {}, 255), ("u8", (256,), {}, too_large("uint8_t")),
    ("u8", (-1,), {}, NEG), ("u8", (Idx(5),), {}, 5), ("u8", (Idx(-3),), {}, NEG),
    ("u8", (Idx(300),), {}, too_large("uint8_t")), ("u8", (True,), {}, 1),
    ("u8", (1.5,), {}, not_int("float")), ("u8", ("a",), {}, not_int("str")),
    ("u8", (2 ** 100,), {}, too_large("uint8_t")), ("u8", (-2 ** 100,), {}, NEG),
    ("u16", (), {}, 7), ("u16", (), {"x": 65535}, 65535),
    ("u16", (65536,), {}, too_large("uint16_t")), ("u16", (-65536,), {}, NEG),
    ("u32", (2 ** 32 - 1,), {}, 2 ** 32 - 1), ("u32", (2 ** 32,), {}, too_large("uint32_t")),
    ("u32", (None,), {}, not_int("NoneType")),
    ("u64", (2 ** 64 - 1,), {}, 2 ** 64 - 1), ("u64", (2 ** 63,), {}, 2 ** 63),
    ("u64", (2 ** 64,), {}, too_large("uint64_t")), ("u64", (-2 ** 64,), {}, NEG),
    ("u64", (Idx(2 ** 64),), {}, too_large("uint64_t")),
    ("nonneg", (5,), {}, 5), ("nonneg", (0,), {}, 0), ("nonneg", (), {"count": 3}, 3),
    ("nonneg", (-1,), {}, ("ValueError", "n_items cannot be negative")),
    ("nonneg", (Idx(-7),), {}, ("ValueError", "n_items cannot be negative")),
    ("nonneg", (1.0,), {}, not_int("float")),
    ("nonneg", (2 ** 70,), {}, ("OverflowError", "Python int too large to convert to C ssize_t")),
    ("nonneg_opt", (), {}, -1), ("nonneg_opt", (None,), {}, -1), ("nonneg_opt", (4,), {}, 4),
    ("nonneg_opt", (), {"n": 0}, 0),
    ("nonneg_opt", (-2,), {}, ("ValueError", "argument cannot be negative")),
    ("nonneg_opt", ("x",), {}, ("TypeError", "argument should be integer or None, not 'str'")),
    ("long_doc", (), {}, None),
]

SIGNATURES = {
    "u8": "($module, x, /)",
    "u16": "($module, /, x=7)",
    "u32": "($module, x, /)",
    "u64": "($module, x, /)",
    "nonneg": "($module, /, count)",
    "nonneg_opt": "($module, /, n=None)",
    "long_doc": "($module, /)",
}

LONG_SUMMARY = ("A summary line that is longer than seventy-six characters, which"
                " @permit_long_summary lets through.")


def outcome(f, args, kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:  # the exception is the outcome
        return (type(e).__name__, str(e))


def main():
    mod = load(sys.argv[1])
    passed = failed = 0
    for name, args, kwargs, expected in CASES:
        got = outcome(getattr(mod, name), args, kwargs)
        if got == expected and type(got) is type(expected):
            passed += 1
        else:
            failed += 1
            print("MISMATCH %s%r %r: got %r, expected %r" % (name, args, kwargs, got, expected))
    for name, sig in SIGNATURES.items():
        got = getattr(mod, name).__text_signature__
        if got == sig:
            passed += 1
        else:
            failed += 1
            print("MISMATCH %s.__text_signature__: got %r, expected %r" % (name, got, sig))
    doc = mod.long_doc.__doc__
    if doc.startswith(LONG_SUMMARY):
        passed += 1
    else:
        failed += 1
        print("MISMATCH long_doc.__doc__: %r" % doc)
    print("%d passed, %d failed" % (passed, failed))


main()
