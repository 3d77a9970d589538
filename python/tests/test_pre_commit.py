"""The pre-commit hooks of .pre-commit-hooks.yaml, run by pre-commit (from PyPI) in a small
sample repository: a clean tree passes, a stale declaration fails the check and blocks
`git commit`, the generate hook rewrites the glue. pre-commit installs the hooks' environment
from the repository's root pyproject.toml, which pulls the argclinic wheel (found through
PIP_FIND_LINKS, as it would be on PyPI); a `java` that fails is first on PATH and JAVA_HOME is
unset."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import build_wheel
from conftest import ROOT, maven_version, python313

PRE_COMMIT = "pre-commit==4.7.0"


def git(repo, *args, env=None):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True, env=env).stdout.strip()


def init_repo(path, env):
    path.mkdir()
    git(path, "init", "-q", "-b", "main", env=env)
    git(path, "config", "user.email", "ci@example.invalid", env=env)
    git(path, "config", "user.name", "ci", env=env)


@pytest.fixture(scope="module")
def setup(wheel, tmp_path_factory):
    base = tmp_path_factory.mktemp("pre-commit")
    shim = base / "no-java"
    shim.mkdir()
    (shim / "java").write_text("#!/bin/sh\necho 'java must not be needed' >&2\nexit 127\n")
    (shim / "java").chmod(0o755)
    subprocess.run([python313() or sys.executable, "-m", "venv", str(base / "venv")], check=True)
    subprocess.run([base / "venv/bin/python", "-m", "pip", "install", "-q",
                    "--disable-pip-version-check", PRE_COMMIT], check=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("JAVA_", "JDK_", "ARGCLINIC_"))}
    env.update(PATH=f"{base / 'venv/bin'}:{shim}:{os.environ['PATH']}",
               PRE_COMMIT_HOME=str(base / "cache"), PIP_FIND_LINKS=str(wheel.parent),
               PIP_DISABLE_PIP_VERSION_CHECK="1", GIT_CONFIG_NOSYSTEM="1", HOME=str(base))
    # The hook repository: this checkout's hook files, committed (pre-commit clones a revision).
    hooks = base / "hooks"
    init_repo(hooks, env)
    for name in (".pre-commit-hooks.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, hooks / name)
    git(hooks, "add", "-A", env=env)
    git(hooks, "commit", "-q", "-m", "hooks", env=env)
    # The sample repository: the setuptools sample, glue up to date.
    repo = base / "sample"
    init_repo(repo, env)
    shutil.copytree(ROOT / "python/samples/setuptools/src", repo / "src")
    config = {"repos": [{"repo": str(hooks), "rev": git(hooks, "rev-parse", "HEAD", env=env),
                         "hooks": [{"id": "argclinic-check"},
                                   {"id": "argclinic-generate", "stages": ["manual"]}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "-m", "sample", env=env)
    return repo, env


def pre_commit(repo, env, *args):
    return subprocess.run(["pre-commit", *args], cwd=repo, env=env, capture_output=True, text=True)


def test_hooks_check_block_and_regenerate(setup):
    repo, env = setup
    ok = pre_commit(repo, env, "run", "--all-files")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert re.search(r"argclinic check\.+Passed", ok.stdout), ok.stdout

    # A declaration changed without regenerating its glue: the check fails with the diff...
    src = repo / "src/spam.c"
    src.write_text(src.read_text().replace("Return value multiplied by factor.", "Multiply value."))
    stale = pre_commit(repo, env, "run", "--all-files")
    assert stale.returncode == 1
    assert re.search(r"argclinic check\.+Failed", stale.stdout)
    assert "+\"Multiply value.\"" in stale.stdout, stale.stdout

    # ... and, installed as a git hook, refuses the commit.
    assert pre_commit(repo, env, "install").returncode == 0
    git(repo, "add", "-A", env=env)
    commit = subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", "stale"], env=env,
                            capture_output=True, text=True)
    assert commit.returncode != 0
    assert "argclinic check" in commit.stdout + commit.stderr

    # The generate hook rewrites the glue (and fails, as formatters do, because it changed files);
    # then the commit goes through.
    header = repo / "src/clinic/spam.c.h"
    before = header.read_bytes()
    gen = pre_commit(repo, env, "run", "argclinic-generate", "--all-files", "--hook-stage", "manual")
    assert gen.returncode == 1 and "files were modified by this hook" in gen.stdout, gen.stdout
    assert header.read_bytes() != before and b"Multiply value." in header.read_bytes()
    again = pre_commit(repo, env, "run", "argclinic-generate", "--all-files", "--hook-stage", "manual")
    assert again.returncode == 0, again.stdout
    git(repo, "add", "-A", env=env)
    git(repo, "commit", "-q", "-m", "regenerated", env=env)


def test_hook_package_pins_the_wheel_version():
    text = (ROOT / "pyproject.toml").read_text()
    version = build_wheel.python_version(maven_version())
    assert f'dependencies = ["argclinic=={version}"]' in text
    assert f'version = "{version}"' in text
