"""Runs the functions whose arguments can be omitted under valgrind: the impl must never read a
variable the glue left uninitialised (the length of an omitted '#' argument, an omitted optional
group). Skipped where valgrind is missing."""
import os
import re
import shutil
import subprocess
import sys
import sysconfig

import pytest

CALLS = """
import importlib.util, sys
spec = importlib.util.spec_from_file_location("clinicdemo", sys.argv[1])
m = importlib.util.module_from_spec(spec)
spec.loader.exec_module(m)
print(m.lengths(), m.lengths("x"), m.ignored())
"""


def errors_in_glue(report):
    """valgrind's error records that have a frame in the module (the interpreter has its own)."""
    records = re.split(r"(?m)^==\d+== (?=[A-Z])", report)
    return [r for r in records[1:] if "clinicdemo" in r]


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed")
@pytest.mark.skipif(bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
                    reason="free-threaded builds allocate with mimalloc only (no PYTHONMALLOC=malloc);"
                           " the other builds run this check")
def test_omitted_arguments_read_nothing_uninitialised(demo):
    env = dict(os.environ, PYTHONMALLOC="malloc")  # pymalloc's arenas confuse memcheck
    result = subprocess.run(
        ["valgrind", "-q", "--error-limit=no", sys.executable, "-c", CALLS, demo.__file__],
        capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "(b'abc', b'', None, 0) (b'x', b'', None, 0) (0, 0, 0, 0, 0, 0)" in result.stdout
    assert errors_in_glue(result.stderr) == []
