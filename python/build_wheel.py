#!/usr/bin/env python3
"""Builds the argclinic platform wheel: the CLI jar and a Java runtime trimmed with jlink (with its
class-data-sharing archive), behind a small Python launcher that records the archive of
argclinic's own classes on first use, as ./argclinic does (see src/argclinic/_launcher.py).

    python3 python/build_wheel.py --jar cli/target/argclinic.jar --version 0.1.0-SNAPSHOT

Maven runs it in the `python` module (package phase); it writes
python/dist/argclinic-<version>-py3-none-manylinux_2_<glibc>_x86_64.whl. Standard library only:
the wheel is a zip file laid out by hand (no setuptools, no network).

The runtime is linked from the JDK that builds argclinic (ARGCLINIC_WHEEL_JDK, else JAVA_HOME,
else the `java` on PATH), which must have jmods: the wheel then runs the same JVM, with the same
flags and the same kind of CDS archive, as ./argclinic. The linked image is cached under
~/.cache/argclinic-wheel, keyed by the JDK and everything below that shapes the image.
"""

import argparse
import base64
import hashlib
import os
import re
import shutil
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# What the CLI loads: java.base; java.desktop for java.beans (FreeMarker's bean introspection);
# java.sql (Jackson, for `model --json`); java.xml (FreeMarker asks whether a value is a DOM
# node); java.logging, jdk.unsupported, java.compiler, java.rmi: referenced by Guava and
# FreeMarker (jdeps). No jdk.localedata: output never depends on the locale.
MODULES = "java.base,java.compiler,java.desktop,java.logging,java.rmi,java.sql,java.xml,jdk.unsupported"

# java.desktop and java.xml are mostly AWT, Swing, imaging, sound, printing and XML processors
# that argclinic never loads (14 MB of the wheel): keep, of those two modules, what it loads and,
# for jlink's checks that every package of a module descriptor is present, the smallest entry of
# each other package. A class removed here would fail only if something loaded it, which the
# wheel's tests would show (they run every command, and over the CPython corpus).
TRIMMED = {
    "java.desktop": ["java/beans/", "com/sun/beans/", "javax/swing/tree/TreeNode.class",
                     "javax/swing/SwingContainer.class"],
    "java.xml": ["org/w3c/dom/"],
}
# Native libraries of the classes removed above (AWT, fonts, imaging, sound), tools no run
# needs, the CDS archive for heaps over 32 GB and the class list it was made from, print fonts.
REMOVE_FILES = re.compile(
    r"^(bin/(?!java$).*|lib/lib(awt|awt_headless|awt_xawt|fontmanager|freetype|javajpeg|jawt|"
    r"jsound|lcms|mlib_image|splashscreen)\.so|lib/jspawnhelper|lib/jexec"
    r"|lib/server/classes_nocoops\.jsa|lib/classlist|lib/psfont.*)$")

# Libraries every manylinux system has (the policy's list, as far as a JVM uses it); any other
# library the runtime needs (Debian's JDK links zlib) is copied into the runtime's lib/, which
# the JDK's libraries find through their $ORIGIN rpath.
SYSTEM_LIBS = {"libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0",
               "libgcc_s.so.1", "libstdc++.so.6", "ld-linux-x86-64.so.2", "linux-vdso.so.1"}
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
TRAINING = {"setuptools": ["src/spam.c", "src/clinic/spam.c.h"],
            "maturin": ["src/lib.rs", "src/clinic/lib.rs"]}


def python_version(maven_version):
    """Maven's 1.2.3-SNAPSHOT is PEP 440's 1.2.3.dev0."""
    v = maven_version.strip()
    return v[: -len("-SNAPSHOT")] + ".dev0" if v.endswith("-SNAPSHOT") else v


def launcher_jvm_flags():
    """The JVM flags of the repository's ./argclinic launcher: one source for both."""
    text = (ROOT / "argclinic").read_text()
    m = re.search(r"^opts=\((.*?)\)", text, re.S | re.M)
    if not m:
        sys.exit("build_wheel: no opts=(...) line in ./argclinic")
    return m.group(1).split()


def java_major(jdk):
    release = jdk / "release"
    if not release.is_file():
        return 0
    m = re.search(r'^JAVA_VERSION="(\d+)', release.read_text(), re.M)
    return int(m.group(1)) if m else 0


def find_jdk():
    candidates = [os.environ.get("ARGCLINIC_WHEEL_JDK"), os.environ.get("JAVA_HOME")]
    java = shutil.which("java")
    if java:
        candidates.append(str(Path(os.path.realpath(java)).parent.parent))
    for jdk in map(Path, filter(None, candidates)):
        if (jdk / "bin/jlink").is_file() and (jdk / "jmods/java.base.jmod").is_file():
            return jdk
    sys.exit("build_wheel: the JDK that builds argclinic has no jlink and jmods (Debian: package "
             "openjdk-17-jdk-headless); set ARGCLINIC_WHEEL_JDK, or build with -Dwheel.skip=true "
             "to leave the wheel out")


def exclude_resources(jdk):
    """jlink --exclude-resources patterns that apply TRIMMED to this JDK's modules."""
    listing = subprocess.run([str(jdk / "bin/jimage"), "list", "--verbose", str(jdk / "lib/modules")],
                             check=True, capture_output=True, text=True).stdout
    smallest = {}  # (module, package) -> (size, entry)
    module = None
    for line in listing.splitlines():
        if line.startswith("Module: "):
            module = line.split()[1]
            continue
        fields = line.split()
        if module in TRIMMED and len(fields) == 4 and fields[1].isdigit():
            entry, size = fields[3], int(fields[1])
            package = entry.rpartition("/")[0]
            if "/" in entry and (size, entry) < smallest.get((module, package), (size + 1, "")):
                smallest[(module, package)] = (size, entry)
    patterns = []
    for module, keep in TRIMMED.items():
        keep = keep + ["module-info.class"] + sorted(
            e for (m, _), (_, e) in smallest.items() if m == module)
        alternatives = "|".join(re.escape(k) + ("" if k.endswith("/") else "$") for k in keep)
        patterns.append(f"regex:/{re.escape(module)}/(?!{alternatives}).*")
    return patterns


def linked_runtime(jdk, cache_root):
    """The trimmed runtime image, linked once per JDK and configuration."""
    excludes = exclude_resources(jdk)
    key = hashlib.sha256("\n".join(
        [(jdk / "release").read_text(), str(jdk.resolve()), MODULES, *excludes,
         REMOVE_FILES.pattern, str(bool(shutil.which("strip")))]).encode()).hexdigest()[:16]
    image = cache_root / f"runtime-{key}"
    if (image / "bin" / "java").is_file():
        return image
    tmp = cache_root / f"runtime-{key}.tmp{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    cache_root.mkdir(parents=True, exist_ok=True)
    # --generate-cds-archive: the runtime's default CDS archive, which the training run's
    # dynamic archive extends (as the JDK's does for ./argclinic).
    cmd = [str(jdk / "bin" / "jlink"), "--add-modules", MODULES, "--strip-debug",
           "--no-header-files", "--no-man-pages", "--compress=0", "--generate-cds-archive",
           "--output", str(tmp)]
    for pattern in excludes:
        cmd.append("--exclude-resources=" + pattern)
    # Uncompressed modules: the wheel's deflate compresses them better than jlink would, and
    # classes that are not in a CDS archive load without inflating.
    subprocess.run(cmd, check=True)
    for path in sorted(tmp.rglob("*"), reverse=True):
        rel = path.relative_to(tmp).as_posix()
        if REMOVE_FILES.match(rel) and not path.is_dir():
            path.unlink()
    libs = sorted(tmp.rglob("*.so"))
    for lib in libs:
        lib.chmod(0o644)
    if shutil.which("strip"):
        # Symbol tables only serve crash reports' stack traces.
        subprocess.run(["strip", "--strip-unneeded", *map(str, libs)], check=True)
    vendor_libraries(tmp)
    for path in tmp.rglob("*"):
        if path.is_symlink():  # legal/ notices link to java.base's: keep plain copies
            target = path.resolve()
            path.unlink()
            shutil.copy2(target, path)
    tmp.rename(image)
    return image


def elf_files(root):
    return [p for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()
            and p.open("rb").read(4) == b"\x7fELF"]


def vendor_libraries(image):
    """Copies into lib/ the libraries outside SYSTEM_LIBS that the runtime's binaries need."""
    inside = {p.name for p in image.rglob("*.so*")}
    for elf in elf_files(image):
        out = subprocess.run(["ldd", str(elf)], capture_output=True, text=True).stdout
        for name, path in re.findall(r"^\s*(\S+) => (/\S+)", out, re.M):
            if name not in SYSTEM_LIBS and name not in inside:
                shutil.copy(os.path.realpath(path), image / "lib" / name)
                inside.add(name)


def manylinux_tag(root):
    """manylinux_2_N_x86_64, N the newest glibc symbol version the binaries use."""
    newest = 17
    for elf in elf_files(root):
        out = subprocess.run(["objdump", "-T", str(elf)], capture_output=True, text=True).stdout
        for minor in re.findall(r"GLIBC_2\.(\d+)", out):
            newest = max(newest, int(minor))
    return f"manylinux_2_{newest}_x86_64"


def metadata(version):
    readme = (HERE / "README.md").read_text()
    return (
        "Metadata-Version: 2.1\n"
        "Name: argclinic\n"
        f"Version: {version}\n"
        "Summary: Argument Clinic rebuilt in Java: argument-parsing glue for CPython extension "
        "modules, in C and Rust (bundles its own Java runtime)\n"
        "Requires-Python: >=3.8\n"
        "Classifier: Programming Language :: C\n"
        "Classifier: Programming Language :: Rust\n"
        "Classifier: Topic :: Software Development :: Code Generators\n"
        "Description-Content-Type: text/markdown\n"
        "\n" + readme)


def write_wheel(stage, dist_info, out):
    """Zips `stage` as a wheel: sorted entries, fixed times, modes kept, RECORD last."""
    files = sorted(p for p in stage.rglob("*") if p.is_file())
    record = []
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in files:
            rel = path.relative_to(stage).as_posix()
            data = path.read_bytes()
            info = zipfile.ZipInfo(rel, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            mode = 0o755 if path.stat().st_mode & stat.S_IXUSR else 0o644
            info.external_attr = (stat.S_IFREG | mode) << 16
            zf.writestr(info, data, compresslevel=9)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=")
            record.append(f"{rel},sha256={digest.decode()},{len(data)}")
        record.append(f"{dist_info}/RECORD,,")
        info = zipfile.ZipInfo(f"{dist_info}/RECORD", ZIP_TIME)
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        zf.writestr(info, "\n".join(record) + "\n", compress_type=zipfile.ZIP_DEFLATED)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jar", type=Path, default=ROOT / "cli/target/argclinic.jar")
    ap.add_argument("--version", required=True, help="the Maven project version")
    ap.add_argument("--work", type=Path, default=HERE / "target/wheel")
    ap.add_argument("--out", type=Path, default=HERE / "dist")
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
                    / "argclinic-wheel")
    args = ap.parse_args()
    if sys.platform != "linux" or os.uname().machine != "x86_64":
        sys.exit("build_wheel: builds the manylinux x86_64 wheel, on Linux x86_64 only")

    version = python_version(args.version)
    flags = launcher_jvm_flags()
    jdk = find_jdk()
    runtime = linked_runtime(jdk, args.cache)

    stage = args.work / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    pkg = stage / "argclinic"
    shutil.copytree(HERE / "src/argclinic", pkg, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(runtime, pkg / "_runtime", symlinks=False)
    (pkg / "_lib").mkdir()
    shutil.copyfile(args.jar, pkg / "_lib/argclinic.jar")
    # What the first run's training checks: a C and a Rust source with their glue (the C targets
    # are all warmed up by the training run itself).
    for sample, files in TRAINING.items():
        for f in files:
            dst = pkg / "_lib/training" / sample / f
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(HERE / "samples" / sample / f, dst)
    (pkg / "_build.py").write_text(
        "# Written by python/build_wheel.py.\n"
        f"VERSION = {version!r}\n"
        f"JVM_FLAGS = {tuple(flags)!r}\n"
        f"JAVA_RUNTIME = {java_major(jdk)!r}\n")

    dist_info = f"argclinic-{version}.dist-info"
    di = stage / dist_info
    di.mkdir()
    (di / "METADATA").write_text(metadata(version))
    tag = "py3-none-" + manylinux_tag(pkg / "_runtime")
    (di / "WHEEL").write_text(
        "Wheel-Version: 1.0\nGenerator: argclinic build_wheel.py\nRoot-Is-Purelib: false\n"
        f"Tag: {tag}\n")
    (di / "entry_points.txt").write_text("[console_scripts]\nargclinic = argclinic._launcher:main\n")

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("argclinic-*.whl"):
        old.unlink()
    wheel = args.out / f"argclinic-{version}-{tag}.whl"
    tmp = wheel.with_suffix(".tmp")
    write_wheel(stage, dist_info, tmp)
    tmp.rename(wheel)
    print(f"build_wheel: {wheel} ({wheel.stat().st_size / 1e6:.1f} MB; Java {java_major(jdk)} "
          f"runtime from {jdk})")


if __name__ == "__main__":
    main()
