"""The audioop-lts migration (python/migration/README.md) run end to end with the wheel's
argclinic: pinned sdist from PyPI, vendored clinic output and `_LTS_PyArg_*` shims replaced by
argclinic's limited glue, both versions built, the project's own test suite run on each, and
the two builds compared call by call on argument errors.

Pythons: ARGCLINIC_MIGRATION_PYTHONS (comma-separated), else a CPython 3.13 (limited API,
abi3) and, when CI has built it, free-threaded 3.13.5 (no limited API there: the same glue
compiles against the full API)."""

import json
import os
import sys
from pathlib import Path

import pytest

from conftest import ROOT, python313

sys.path.insert(0, str(ROOT / "python/migration"))
import audioop_lts  # noqa: E402


def pythons():
    if os.environ.get("ARGCLINIC_MIGRATION_PYTHONS"):
        return os.environ["ARGCLINIC_MIGRATION_PYTHONS"].split(",")
    found = [python313()]
    ft = os.environ.get("ARGCLINIC_PYTHON_FT") or str(
        Path.home() / ".cache/argclinic-python/3.13.5-freethreaded/bin/python3")
    if Path(ft).is_file():
        found.append(ft)
    return [p for p in found if p]


def test_audioop_lts_migrates_and_passes_its_suite(installed, tmp_path):
    chosen = pythons()
    if not chosen:
        pytest.skip("no CPython 3.13 here")
    report = audioop_lts.run(chosen, [str(installed.bin / "argclinic")], tmp_path)
    print("\n" + audioop_lts.summary(report))
    out = ROOT / "python/target/migration-report.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=1, default=str))
    assert report["check_exit"] == 0
    for r in report["results"]:
        before, after = r["before"], r["after"]
        assert before["ok"] and before["ran"] == 31, before
        assert after["ok"] and after["ran"] == before["ran"], after
        assert r["probe_calls"] > 1000 and r["probe_mismatches"] == {}, r["probe_mismatches"]
