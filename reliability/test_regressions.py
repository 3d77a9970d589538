"""Regression tests for the defects the reliability suite found, on a debug CPython.

Run by `reliability/run regressions` (pytest under the debug interpreter); each call runs in a
child interpreter, so an assertion failure or a crash fails its test instead of the session.
RELIABILITY_BUILD names the build folder (default: reliability/target/regressions).
"""
import json
import os
import pathlib
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import suite  # noqa: E402

BUILD = pathlib.Path(os.environ.get("RELIABILITY_BUILD", HERE / "target" / "regressions"))


@pytest.fixture(scope="session")
def modules():
    """label -> (module name, path) for every C build of clinicdemo and convmod (the debug
    step's, when the suite hands them over in RELIABILITY_MODULES)."""
    given = json.loads(os.environ.get("RELIABILITY_MODULES") or "{}")
    if len(given) >= 6:
        return {k: tuple(v) for k, v in given.items()}
    out = {}
    py = sys.executable
    for spec in suite.build_clinicdemo(py, BUILD, []) + suite.build_convmod(py, BUILD, []):
        label, name, path = spec.split("=", 2)
        out[f"{name}-{label}"] = (name, path)
    return out


def call_in_child(module, expression):
    """Imports the build as M in a fresh interpreter, evaluates expression, returns
    (exit code, repr of the result or 'Type: message' of the exception, stderr)."""
    name, path = module
    code = (
        "import importlib.util, sys\n"
        f"spec = importlib.util.spec_from_file_location({name!r}, {path!r})\n"
        "M = importlib.util.module_from_spec(spec); spec.loader.exec_module(M)\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "import fuzz\n"
        "fuzz.calibrate()\n"
        "def LEAKED(f, *a, **k):\n"
        "    return fuzz.leaked(f, a, k)\n"
        "def CACHE_HELD(f, *a, **k):\n"
        "    return fuzz.cache_held(f, a, k)\n"
        "def TRY(f):\n"
        "    try:\n"
        "        return f()\n"
        "    except Exception:\n"
        "        return None\n"
        "try:\n"
        f"    print(repr({expression}))\n"
        "except Exception as e:\n"
        "    print(f'{type(e).__name__}: {e}')\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    return r.returncode, r.stdout.strip(), r.stderr.strip()


# Defect 2: limited glue, Py_buffer(accept={rwbuffer}) given an object without a writable
# buffer. PyObject_GetBuffer fails, and the bad-argument message then read the type's name
# through PyObject_GetAttrString with that exception still set: on a debug build
# `_PyType_LookupRef: Assertion '!PyErr_Occurred()' failed` and the interpreter aborts.
RWBUFFER = [
    ("clinicdemo-limited-3.11", "M.buffers(b'x', w=3.5)",
     "TypeError: buffers() argument 'w' must be read-write bytes-like object, not float"),
    ("clinicdemo-limited-3.11", "M.buffers(b'x', w=b'ro')",
     "TypeError: buffers() argument 'w' must be read-write bytes-like object, not bytes"),
    ("convmod-limited", "M.o_buffer_rw(3.5)",
     "TypeError: o_buffer_rw() argument must be read-write bytes-like object, not float"),
    ("convmod-limited", "M.k_buffer_rw(0, memoryview(b'ro'))",
     "TypeError: k_buffer_rw() argument 'x' must be read-write bytes-like object, not memoryview"),
    # the public glue and CPython's clinic, for comparison
    ("clinicdemo-public", "M.buffers(b'x', w=3.5)",
     "TypeError: buffers() argument 'w' must be read-write bytes-like object, not float"),
    ("convmod-reference", "M.o_buffer_rw(3.5)",
     "TypeError: o_buffer_rw() argument must be read-write bytes-like object, not float"),
]


@pytest.mark.parametrize("build,expression,expected", RWBUFFER)
def test_rwbuffer_bad_argument_raises_type_error(modules, build, expression, expected):
    code, out, err = call_in_child(modules[build], expression)
    assert code == 0, f"{build}: {expression} killed the interpreter (exit {code}):\n{err[-2000:]}"
    assert out == expected


# Defect 1: an optional str(zeroes=True) (s#, y#, z#, es#, et#) that is left out: the impl gets
# NULL and a length that must be 0, not whatever the stack held.
OMITTED_LENGTH = ["k_s_hash", "k_z_hash", "k_y_hash", "k_es_hash", "k_et_hash"]


@pytest.mark.parametrize("build", ["convmod-public", "convmod-limited", "convmod-reference"])
@pytest.mark.parametrize("function", OMITTED_LENGTH)
def test_omitted_length_is_zero(modules, build, function):
    # a call before fills the stack with a different length, so garbage would show
    code, out, err = call_in_child(
        modules[build], f"(TRY(lambda: M.{function}(1, 'abcdef')), TRY(lambda: M.{function}(1, b'abcdef')), "
                        f"M.{function}(0))[2]")
    assert code == 0, err[-2000:]
    assert out == "(0, (None, 0), (None, 0))"


# Found by the leak check: `a: int, *rest: object, b: int = 7` given a bad `a` leaked the *args
# tuple (1 reference and 1 block per call): the glue took the tuple from the unpacked arguments
# only after converting `a`, and its exit path releases what it took. CPython 3.13's clinic
# does the same (the reference build is not held to this).
@pytest.mark.parametrize("build", ["convmod-public", "convmod-limited"])
@pytest.mark.parametrize("call", ["M.star_kw, 1.5, 1, 2", "M.star_kw, 'x', 1", "M.star, 1.5, 1, 2",
                                  "M.star_kw, 1, 2, b=1.5"])
def test_vararg_tuple_released_when_a_parameter_fails(modules, build, call):
    code, out, err = call_in_child(modules[build], f"LEAKED({call})")
    assert code == 0, err[-2000:]
    assert out == "None", f"{build}: {call}: leaked (refs, blocks) per call: {out}"


# Found by examples/newdsl's leak check, on some hash seeds only: limited glue read a type's
# name for a bad-argument message with PyObject_GetAttrString(type, "__name__"), a new key
# string per call. CPython 3.13's type-attribute cache is keyed by the name's address and keeps
# the string: up to one reference and one block per call, until the cache (4,096 entries) is
# full or cleared. Now PyType_GetName (3.11) or the interned key (3.10).
@pytest.mark.skipif(not hasattr(sys, "_clear_internal_caches"), reason="CPython 3.13 or later")
@pytest.mark.parametrize("build", ["clinicdemo-limited-3.10", "clinicdemo-limited-3.11",
                                   "clinicdemo-public"])
@pytest.mark.parametrize("call", ["M.strings, 1, 2", "M.strings, 'a', 2, z=3",
                                  "M.objects, 1, 'x'"])
def test_bad_argument_message_leaves_nothing_in_caches(modules, build, call):
    code, out, err = call_in_child(modules[build], f"CACHE_HELD({call})")
    assert code == 0, err[-2000:]
    assert int(out) < 20, f"{build}: {call}: the caches hold {out} references after 500 calls"


# Found by the valgrind step's -O1 build: gcc -O1 inlined the wchar_t O& converter (which frees
# its output when getargs calls it back with NULL) into the glue and reported its output as
# maybe used uninitialized (-Werror). The inline glue now calls a function without that path.
# Every optimisation level, since each inlines differently.
@pytest.mark.parametrize("build", ["convmod-public", "convmod-limited"])
@pytest.mark.parametrize("level", ["-O0", "-O1", "-O2", "-O3", "-Os"])
def test_glue_compiles_warning_free_at_every_optimisation_level(modules, build, level, tmp_path):
    name, path = modules[build]
    source = pathlib.Path(path).parent / "convmod.c"
    flags = [level] + (["-DPy_LIMITED_API=0x030d0000"] if "limited" in build else [])
    suite.compile_c(sys.executable, source, tmp_path / f"{name}.so", flags)
