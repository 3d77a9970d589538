"""The wheel installed into a fresh venv works with no Java anywhere in sight: no `java` on PATH
(PATH is the venv's bin only), no JAVA_HOME. What the issue's "Done means" lists, and more."""

import base64
import filecmp
import hashlib
import json
import os
import re
import shutil
import zipfile
from pathlib import Path

from conftest import ROOT, maven_version

MB = 1_000_000


def test_no_java_is_reachable(installed):
    assert shutil.which("java", path=installed.env["PATH"]) is None
    assert not any(k.startswith("JAVA") for k in installed.env)


def test_version_names_argclinic_and_the_cpython_clinic(installed):
    version = maven_version()
    r = installed.argclinic("--version", check=True)
    assert r.stdout.splitlines()[0] == f"argclinic {version}"
    assert "matches Argument Clinic of CPython 3.13.5" in r.stdout
    m = installed.run(installed.python, "-m", "argclinic", "--version", check=True)
    assert m.stdout == r.stdout
    v = installed.run(installed.python, "-c", "import argclinic; print(argclinic.__version__)",
                      check=True)
    assert v.stdout.strip() == version.replace("-SNAPSHOT", ".dev0")


def test_check_examples_passes(installed, examples_copy):
    r = installed.argclinic("check", "examples", cwd=examples_copy.parent)
    assert r.returncode == 0, r.stdout + r.stderr


def test_check_reports_stale_output(installed, examples_copy):
    header = examples_copy / "c/clinic/clinicdemo.c.h"
    header.write_text(header.read_text().replace("PyDoc_STRVAR", "PyDoc_STRVAR ", 1))
    r = installed.argclinic("check", "examples", cwd=examples_copy.parent)
    assert r.returncode == 1
    assert "clinicdemo.c.h" in r.stdout + r.stderr


def test_generate_rewrites_the_examples_byte_for_byte(installed, examples_copy):
    # Delete every generated glue file argclinic writes for the examples (c/limited/ is made by
    # the Maven tests with --c-api limited), regenerate, and compare every file with the repo's.
    removed = [p for p in examples_copy.rglob("clinic/*")
               if p.is_file() and "limited" not in p.parts]
    assert len(removed) >= 6
    for p in removed:
        p.unlink()
    r = installed.argclinic("generate", "examples", cwd=examples_copy.parent)
    assert r.returncode == 0, r.stdout + r.stderr
    for p in removed:
        assert p.is_file(), p
    cmp = filecmp.dircmp(ROOT / "examples", examples_copy,
                         ignore=["target", "build", "__pycache__"])
    assert _differences(cmp) == []


def test_model_json_and_converters(installed):
    r = installed.argclinic("model", "--json", ROOT / "examples/c/clinicdemo.c", check=True)
    functions = json.loads(r.stdout)["files"][0]["functions"]
    assert len(functions) > 20
    assert installed.argclinic("converters", check=True).stdout.count("\n") > 30


def test_errors_point_at_the_source(installed, tmp_path):
    (tmp_path / ".git").mkdir()     # the project root: argclinic writes and reads only inside one
    src = tmp_path / "bad.c"
    src.write_text("/*[clinic input]\nmodule m\nm.f\n    x: nosuchconverter\n"
                   "[clinic start generated code]*/\n")
    r = installed.argclinic("check", src)
    assert r.returncode == 1
    assert f"{src}:4:" in r.stderr and "error:" in r.stderr


def test_whole_cpython_tree_checks_clean(installed):
    # Every template and converter of --c-api core, through the trimmed runtime: a class the
    # runtime lacks would fail here.
    corpus = Path(os.environ.get("ARGCLINIC_CORPUS")
                  or Path.home() / ".cache/argclinic-corpus/Python-3.13.5")
    if not (corpus / "Modules").is_dir():
        import pytest
        pytest.skip("CPython 3.13.5 corpus not fetched (.ci/fetch-cpython)")
    r = installed.argclinic("check", "-q", "--c-api", "core", "Modules", "Objects", "Python", "PC",
                            cwd=corpus)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]


def test_the_cds_archive_is_mapped(installed):
    # -Xshare:on makes the JVM stop instead of silently running without the archive.
    r = installed.argclinic("check", "-q", ROOT / "examples/c",
                            env={"ARGCLINIC_JAVA_OPTS": "-Xshare:on"})
    assert r.returncode == 0, r.stderr
    off = installed.argclinic("--version", env={
        "ARGCLINIC_JAVA_OPTS": "-Xshare:on -XX:SharedArchiveFile=/nonexistent.jsa"})
    assert off.returncode != 0  # the option is live: an archive that cannot be mapped stops the JVM


def test_first_run_records_the_archive_later_runs_map_it(installed):
    lib = _site_packages(installed) / "argclinic/_lib"
    installed.argclinic("--version", check=True)  # every earlier test ran too: one archive
    archives = list(lib.glob("argclinic-*.jsa"))
    assert len(archives) == 1 and archives[0].stat().st_size > 1_000_000
    stamp = archives[0].stat().st_mtime_ns
    installed.argclinic("--version", check=True)
    assert archives[0].stat().st_mtime_ns == stamp  # not recorded again


def test_wheel_is_small_and_well_formed(wheel):
    assert wheel.stat().st_size <= 40 * MB, f"{wheel.stat().st_size / MB:.1f} MB"
    assert re.search(r"-py3-none-manylinux_2_\d+_x86_64\.whl$", wheel.name), wheel.name
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        record = next(n for n in names if n.endswith(".dist-info/RECORD"))
        rows = [line.split(",") for line in zf.read(record).decode().splitlines()]
        assert {r[0] for r in rows} == names
        for name, digest, size in rows:
            if name == record:
                continue
            data = zf.read(name)
            assert size == str(len(data))
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            assert digest == "sha256=" + expected.decode(), name
        java = zf.getinfo("argclinic/_runtime/bin/java")
        assert java.external_attr >> 16 & 0o111
        assert not any(n.startswith("argclinic/_runtime/bin/") and n != java.filename
                       for n in names)


def _site_packages(v):
    return Path(v.run(v.python, "-c", "import argclinic, os; print(os.path.dirname("
                                       "os.path.dirname(argclinic.__file__)))",
                      check=True).stdout.strip())


def _differences(cmp):
    out = [f"{cmp.left}/{n}" for n in cmp.diff_files + cmp.left_only + cmp.right_only]
    for sub in cmp.subdirs.values():
        out += _differences(sub)
    return out
