"""Differential checks of the generated glue against CPython itself.

1. Keyword errors: bench/c/callbench holds the same signature parsed by argclinic's public and
   limited glue and by CPython clinic's own _PyArg_UnpackKeywords (linked from the running
   interpreter). Every mistake must produce the same exception and message through all three.
   Run under CPython 3.13 this is exact; under older versions their older wording of an unknown
   keyword is mapped to 3.13's and our "Did you mean" suffix is dropped (3.13 added both).
2. Suggestions: the "Did you mean" choice must be the one CPython's own suggestion algorithm
   makes; this interpreter exposes it through AttributeError (same algorithm as 3.13's
   keyword-argument suggestions), queried in a subprocess.
"""
import os
import re
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path.insert(0, os.path.join(ROOT, "bench"))
import run_bench  # noqa: E402

# callbench links a limited-API 3.10 translation unit, and the suggestion oracle needs
# CPython's name suggestions (3.10+).
pytestmark = pytest.mark.skipif(sys.version_info < (3, 10), reason="needs CPython 3.10+")


@pytest.fixture(scope="module")
def callbench(tmp_path_factory):
    out = str(tmp_path_factory.mktemp("callbench"))
    sys.path.insert(0, run_bench.build(out))
    try:
        import callbench as module
    finally:
        sys.path.pop(0)
    return module


BAD_CALLS = [
    ((), {}),
    ((1,), {}),
    ((1, 2, 3, 4, 5), {}),
    ((), {"a": 1}),
    ((), {"b": 1}),
    ((1,), {"a": 1}),
    ((1, 2), {"c": 3, "e": 4}),
    ((1, 2, 3, 4), {"a": 1}),
    ((), {"e": 1}),
    ((1, 2, 3), {"c": 3}),
    ((1, 2), {"b": 3}),
    ((1,), {"c": 1, "d": 2}),
    ((), {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5}),
    ((1, 2), {"zz": 1}),
    ((1, 2), {"d": 1, "a": 1}),
    ((1, 2), {"cc": 1}),
    ((1,), {"bb": 2}),
    ((1, 2), {"D": 1}),
]


def outcome(fn, args, kwargs):
    try:
        return ("ok", fn(*args, **kwargs))
    except Exception as e:  # noqa: BLE001 - the exception is the result
        return (type(e).__name__, str(e))


SUGGESTION = re.compile(r"\. Did you mean '[^']*'\?$")


def comparable(result):
    """Before 3.13, CPython offers no keyword suggestions: compare without ours."""
    kind, message = result
    if kind != "ok" and sys.version_info < (3, 13):
        message = SUGGESTION.sub("", message)
    return kind, message


def as_313(result):
    """Before 3.13, CPython worded an unknown keyword differently: map it to 3.13's words."""
    kind, message = result
    if kind == "ok":
        return result
    m = re.fullmatch(r"'(.*)' is an invalid keyword argument for (\w+)\(\)", message)
    if m:
        message = "%s() got an unexpected keyword argument '%s'" % (m.group(2), m.group(1))
    return kind, message


@pytest.mark.parametrize("args,kwargs", BAD_CALLS)
def test_keyword_errors_match_cpython_clinic(callbench, args, kwargs):
    reference = as_313(outcome(callbench.clinic_objs, args, kwargs))
    assert reference[0] == "TypeError"
    assert comparable(outcome(callbench.public_objs, args, kwargs)) == reference
    if hasattr(callbench, "limited_objs"):      # not on free-threaded builds: no limited API
        assert comparable(outcome(callbench.limited_objs, args, kwargs)) == reference


TYPED_CALLS = [
    ((1, 2.0, "s", True), {}),
    (("x", 2.0, "s", True), {}),
    ((2**70, 2.0, "s", True), {}),
    ((1, "y", "s", True), {}),
    ((1, 2.0, 3, True), {}),
    ((1, 2.0, "a\0b", True), {}),
    ((), {"x": 1, "y": 2, "s": "s", "flag": 0}),
    ((1, 2.0), {"s": b"s", "flag": 0}),
    ((1,), {"y": 1, "s": "s"}),
]


@pytest.mark.parametrize("args,kwargs", TYPED_CALLS)
def test_conversion_errors_match_cpython_clinic(callbench, args, kwargs):
    reference = as_313(outcome(callbench.clinic_typed, args, kwargs))
    assert comparable(outcome(callbench.public_typed, args, kwargs)) == reference
    if hasattr(callbench, "limited_typed"):
        assert comparable(outcome(callbench.limited_typed, args, kwargs)) == reference


NAMES = ["b", "B", "h", "H", "Hm", "i", "I", "Im", "l", "k", "km", "L", "K", "Km", "n", "z"]
# No ties among these: CPython's oracle here sees the names sorted (dir()), while 3.13 offers
# keyword suggestions in parameter order, so a tie may resolve differently (see below).
MISSPELLINGS = ["hm", "HM", "KM", "kM", "ll", "zz", "Imm", "x", "lm", "bb", "nn", "KK"]


def cpython_suggestion(names, key):
    code = (
        "import sys\n"
        "class O:\n"
        "    def __dir__(self): return %r\n"
        "    def __getattr__(self, n): raise AttributeError(n, name=n, obj=self)\n"
        "try:\n"
        "    getattr(O(), %r)\n"
        "except AttributeError:\n"
        "    sys.excepthook(*sys.exc_info())\n" % (names, key))
    err = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stderr
    m = re.search(r"Did you mean: '([^']*)'\?", err)
    return m.group(1) if m else None


@pytest.mark.parametrize("key", MISSPELLINGS)
def test_suggestions_match_cpython(demo, key):
    expected = cpython_suggestion(NAMES, key)
    with pytest.raises(TypeError) as info:
        demo.integers(**{key: 0})
    message = "integers() got an unexpected keyword argument '%s'" % key
    if expected is not None:
        message += ". Did you mean '%s'?" % expected
    assert str(info.value) == message


def test_suggestion_ties_go_to_the_earlier_parameter(demo):
    # "iI" is 2 edits from both "i" and "I"; 3.13 scans the keywords in parameter order and
    # keeps the first of equal cost.
    with pytest.raises(TypeError) as info:
        demo.integers(iI=0)
    assert str(info.value) == "integers() got an unexpected keyword argument 'iI'. Did you mean 'i'?"
