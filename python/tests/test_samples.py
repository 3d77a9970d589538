"""The build workflows of python/README.md, run for real: the GitHub Actions workflow example
(python/samples/github-workflow.yml) step by step on the setuptools sample, then the
meson-python and maturin samples. argclinic is the wheel (found through PIP_FIND_LINKS, as
`pip install argclinic` would find it on PyPI); a `java` that fails is first on PATH and
JAVA_HOME is unset, so nothing can lean on a JDK. Needs PyPI for the build backends."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, python313

SAMPLES = ROOT / "python/samples"
PYTHONS = {"3.13": python313(),
           "3.9": next((str(p) for p in sorted(Path.home().glob(".pyenv/versions/3.9*/bin/python3"))), None)}


@pytest.fixture(scope="module")
def env(wheel, tmp_path_factory):
    shim = tmp_path_factory.mktemp("no-java")
    (shim / "java").write_text("#!/bin/sh\necho 'java must not be needed' >&2\nexit 127\n")
    (shim / "java").chmod(0o755)
    e = {k: v for k, v in os.environ.items() if not k.startswith(("JAVA_", "JDK_", "ARGCLINIC_"))}
    e.update(PATH=f"{shim}:{os.environ['PATH']}", PIP_FIND_LINKS=str(wheel.parent),
             PIP_DISABLE_PIP_VERSION_CHECK="1",
             CARGO_TARGET_DIR=str(Path.home() / ".cache/argclinic-samples/cargo-target"))
    return e


def sh(script, cwd, env):
    r = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=cwd, env=env,
                       capture_output=True, text=True)
    assert r.returncode == 0, f"{script}\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


def with_venv(env, venv):
    return {**env, "PATH": f"{venv}/bin:{env['PATH']}", "VIRTUAL_ENV": str(venv)}


@pytest.mark.parametrize("version", ["3.9", "3.13"])
def test_github_workflow_steps_on_the_setuptools_sample(version, env, tmp_path):
    workflow = yaml.safe_load((SAMPLES / "github-workflow.yml").read_text())
    job = workflow["jobs"]["glue"]
    assert version in job["strategy"]["matrix"]["python-version"]
    if not PYTHONS[version]:
        pytest.skip(f"no Python {version} here")
    ran = []
    for step in job["steps"]:
        uses = step.get("uses", "")
        if uses.startswith("actions/checkout@"):
            project = tmp_path / "project"
            shutil.copytree(SAMPLES / "setuptools", project)
            (project / ".git").mkdir()  # a checkout: argclinic writes only inside its project
        elif uses.startswith("actions/setup-python@"):
            assert step["with"]["python-version"] == "${{ matrix.python-version }}"
            subprocess.run([PYTHONS[version], "-m", "venv", str(tmp_path / "venv")], check=True)
            step_env = with_venv(env, tmp_path / "venv")
        else:
            assert not uses, f"a step this test cannot run: {uses}"
            ran.append(sh(step["run"], project, step_env))
    assert len(ran) == 3
    assert "3 passed" in ran[-1].stdout


def test_github_annotations_name_the_stale_file(env, tmp_path):
    project = tmp_path / "project"
    shutil.copytree(SAMPLES / "setuptools", project)
    (project / ".git").mkdir()  # a checkout: argclinic writes only inside its project
    subprocess.run([PYTHONS["3.13"] or "python3", "-m", "venv", str(tmp_path / "venv")], check=True)
    e = with_venv(env, tmp_path / "venv")
    sh("python -m pip install -q argclinic", project, e)
    src = project / "src/spam.c"
    src.write_text(src.read_text().replace("Return value multiplied by factor.", "Multiply."))
    r = subprocess.run(["argclinic", "check", "--format", "github", "src"], cwd=project, env=e,
                       capture_output=True, text=True)
    assert r.returncode == 1
    assert re.search(r"^::error file=src/spam\.c", r.stdout + r.stderr, re.M), r.stdout + r.stderr


def test_meson_python_sample(env, tmp_path):
    project = tmp_path / "meson"
    shutil.copytree(SAMPLES / "meson", project)
    (project / ".git").mkdir()  # a checkout: argclinic writes only inside its project
    subprocess.run([PYTHONS["3.13"] or "python3", "-m", "venv", str(tmp_path / "venv")], check=True)
    e = with_venv(env, tmp_path / "venv")
    sh("python -m pip install -q argclinic meson ninja pytest . && python -m pytest -q tests",
       project, e)
    # The sample's `clinic` run target regenerates the glue: no change on committed glue, and
    # the glue comes back when it is deleted.
    (project / "src/clinic/eggs.c.h").unlink()
    sh("meson setup build >/dev/null && meson compile -C build clinic", project, e)
    assert (project / "src/clinic/eggs.c.h").read_bytes() == \
        (SAMPLES / "meson/src/clinic/eggs.c.h").read_bytes()
    sh("argclinic check --c-api limited --limited-version 3.10 src", project, e)


def test_maturin_sample(env, tmp_path):
    if not shutil.which("cargo"):
        pytest.skip("no cargo")
    project = tmp_path / "maturin"
    shutil.copytree(SAMPLES / "maturin", project)
    (project / ".git").mkdir()  # a checkout: argclinic writes only inside its project
    subprocess.run([PYTHONS["3.13"] or "python3", "-m", "venv", str(tmp_path / "venv")], check=True)
    e = with_venv(env, tmp_path / "venv")
    sh("python -m pip install -q argclinic pytest && argclinic check src"
       " && python -m pip install -q . && python -m pytest -q tests", project, e)
