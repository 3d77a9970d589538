"""Builds clinicdemo once per argclinic C target and hands each test the imported module.

Targets: the public C API, the limited API 3.10 (abi3, no Py_buffer) and the limited API 3.11.
CLINICDEMO_TARGETS (comma-separated, e.g. "public") narrows the set; CLINICDEMO_BUILD_DIR picks
where the modules are built (default: a pytest temporary directory)."""
import importlib.util
import os
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import build  # noqa: E402  (examples/c/build.py)

TARGETS = {
    "public": ("public", "3.10"),
    "limited-3.10": ("limited", "3.10"),
    "limited-3.11": ("limited", "3.11"),
}


def selected_targets():
    wanted = os.environ.get("CLINICDEMO_TARGETS")
    if not wanted:
        # a limited API newer than this interpreter cannot be built against its headers
        return [t for t, (kind, version) in TARGETS.items()
                if kind == "public" or tuple(map(int, version.split("."))) <= sys.version_info[:2]]
    return [t.strip() for t in wanted.split(",") if t.strip()]


def load(path):
    # Each target's .so is its own module object; multi-phase init allows several in one process.
    spec = importlib.util.spec_from_file_location("clinicdemo", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session", params=selected_targets())
def demo(request, tmp_path_factory):
    target, version = TARGETS[request.param]
    root = os.environ.get("CLINICDEMO_BUILD_DIR")
    out = os.path.join(root, request.param) if root else str(tmp_path_factory.mktemp(request.param))
    os.makedirs(out, exist_ok=True)
    module = load(build.build(target, out, version))
    module.variant = request.param
    return module
