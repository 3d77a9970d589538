"""Fixtures shared by the wheel's tests: the built wheel, and a fresh venv with it installed
whose environment has no Java at all (PATH is the venv's bin only, no JAVA_HOME)."""

import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def built_wheel():
    """ARGCLINIC_WHEEL, else the wheel `mvn install` (python/build_wheel.py) wrote last."""
    if os.environ.get("ARGCLINIC_WHEEL"):
        return Path(os.environ["ARGCLINIC_WHEEL"])
    wheels = sorted((ROOT / "python/dist").glob("argclinic-*.whl"), key=lambda p: p.stat().st_mtime)
    if not wheels:
        pytest.fail("no wheel in python/dist: run `mvn -B install` (or python/build_wheel.py) first")
    return wheels[-1]


def maven_version():
    text = (ROOT / "pom.xml").read_text()
    return re.search(r"<artifactId>argclinic-parent</artifactId>\s*<version>([^<]+)<", text).group(1)


def no_java_env(bin_dir, home):
    """An environment where only `bin_dir` is on PATH and nothing names a Java installation."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("JAVA_", "JDK_", "ARGCLINIC_")) and k not in ("PATH", "CLASSPATH")}
    env.update(PATH=str(bin_dir), HOME=str(home), LC_ALL="C.UTF-8")
    return env


class Venv:
    def __init__(self, path, home):
        self.path = Path(path)
        self.bin = self.path / "bin"
        self.python = self.bin / "python"
        self.env = no_java_env(self.bin, home)

    def run(self, *args, cwd=None, env=None, check=False):
        r = subprocess.run([str(a) for a in args], cwd=cwd, env={**self.env, **(env or {})},
                           capture_output=True, text=True)
        if check and r.returncode != 0:
            raise AssertionError(f"{args} exited {r.returncode}\n{r.stdout}\n{r.stderr}")
        return r

    def argclinic(self, *args, **kw):
        return self.run(self.bin / "argclinic", *args, **kw)


def make_venv(where, home, *requirements, find_links=None):
    """A fresh venv (this Python, with pip) with `requirements` installed, offline if they are
    all files."""
    venv.EnvBuilder(with_pip=True, clear=True).create(where)
    v = Venv(where, home)
    if requirements:
        cmd = [v.python, "-m", "pip", "install", "-q", "--disable-pip-version-check", *requirements]
        if find_links:
            cmd += ["--find-links", find_links]
        # pip itself may look at the network for non-file requirements: give it the real PATH.
        v.run(*cmd, env={"PATH": os.environ["PATH"]}, check=True)
    return v


def pytest_collection_modifyitems(config, items):
    if os.environ.get("ARGCLINIC_SKIP_TESTS") == "true":  # mvn -DskipTests
        for item in items:
            item.add_marker(pytest.mark.skip(reason="-DskipTests"))


@pytest.fixture(scope="session")
def wheel():
    return built_wheel()


@pytest.fixture(scope="session")
def installed(wheel, tmp_path_factory):
    """A fresh venv with the wheel installed; its environment hides every Java."""
    base = tmp_path_factory.mktemp("wheel-venv")
    home = base / "home"
    home.mkdir()
    return make_venv(base / "venv", home, wheel)


@pytest.fixture()
def examples_copy(tmp_path):
    dst = tmp_path / "examples"
    shutil.copytree(ROOT / "examples", dst, symlinks=True,
                    ignore=shutil.ignore_patterns("target", "build", "__pycache__", "*.so"))
    return dst


def python313():
    """A CPython 3.13 for tests that build extension modules (ARGCLINIC_PYTHON313, the default
    3.13.5 build CI makes, or pyenv's), or None."""
    candidates = [os.environ.get("ARGCLINIC_PYTHON313"), os.environ.get("ARGCLINIC_PYTHON_DEFAULT"),
                  str(Path.home() / ".cache/argclinic-python/3.13.5-default/bin/python3")]
    candidates += sorted(str(p) for p in Path.home().glob(".pyenv/versions/3.13*/bin/python3"))
    for c in candidates:
        if c and Path(c).is_file():
            return c
    return None


sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "python"))  # build_wheel
