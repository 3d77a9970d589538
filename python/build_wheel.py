#!/usr/bin/env python3
"""Builds the argclinic platform wheel: the CLI jar, a Java runtime trimmed with jlink, and an
ahead-of-time (class-data-sharing) cache made by a training run, behind a small Python launcher.

    python3 python/build_wheel.py --jar cli/target/argclinic.jar --version 0.1.0-SNAPSHOT

Maven runs it in the `python` module (package phase); it writes
python/dist/argclinic-<version>-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.
Standard library only: the wheel is a zip file laid out by hand (no setuptools, no network).

The runtime comes from a JDK 25 or newer (JDK 25's jlink links from the installed runtime,
no jmods needed, and its -XX:AOTCacheOutput records the cache in one run). The JDK is found
through ARGCLINIC_WHEEL_JDK, else under /usr/lib/jvm and /opt. The linked image is cached under
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
# Native libraries of the classes removed above (AWT, fonts, imaging, sound), and tools no
# run needs.
REMOVE_FILES = re.compile(
    r"^(bin/(?!java$).*|lib/lib(awt|awt_headless|awt_xawt|fontmanager|freetype|javajpeg|jawt|"
    r"jsound|lcms|mlib_image|splashscreen)\.so|lib/jspawnhelper|lib/jexec)$")

TAG = "py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64"
# The jar's modification time, fixed: the JVM only maps a cache whose jar has the time it had at
# training, and the launcher restores it after installation (see argclinic/_launcher.py).
JAR_MTIME = 1_704_067_200  # 2024-01-01T00:00:00Z
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def python_version(maven_version):
    """Maven's 1.2.3-SNAPSHOT is PEP 440's 1.2.3.dev0."""
    v = maven_version.strip()
    return v[: -len("-SNAPSHOT")] + ".dev0" if v.endswith("-SNAPSHOT") else v


def launcher_jvm_flags():
    """The JVM flags of the repository's ./argclinic launcher: one source for both.

    Less -Xshare:auto, which the JVM refuses beside an AOT cache (the cache is class data
    sharing; without one, sharing is on by default anyway).
    """
    text = (ROOT / "argclinic").read_text()
    m = re.search(r"^opts=\((.*?)\)", text, re.S | re.M)
    if not m:
        sys.exit("build_wheel: no opts=(...) line in ./argclinic")
    return [f for f in m.group(1).split() if not f.startswith("-Xshare:")]


def java_major(jdk):
    release = jdk / "release"
    if not release.is_file():
        return 0
    m = re.search(r'^JAVA_VERSION="(\d+)', release.read_text(), re.M)
    return int(m.group(1)) if m else 0


def find_jdk():
    env = os.environ.get("ARGCLINIC_WHEEL_JDK")
    candidates = [Path(env)] if env else []
    for parent in (Path("/usr/lib/jvm"), Path("/opt")):
        if parent.is_dir():
            candidates += sorted(parent.iterdir(), key=java_major, reverse=True)
    for jdk in candidates:
        if (jdk / "bin" / "jlink").is_file() and java_major(jdk) >= 25:
            return jdk
    sys.exit("build_wheel: no JDK 25+ with jlink found (set ARGCLINIC_WHEEL_JDK, or build with "
             "-Dwheel.skip=true to leave the wheel out)")


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
    cmd = [str(jdk / "bin" / "jlink"), "--add-modules", MODULES, "--strip-debug",
           "--no-header-files", "--no-man-pages", "--compress=zip-0", "--output", str(tmp)]
    for pattern in excludes:
        cmd.append("--exclude-resources=" + pattern)
    # Uncompressed modules: the wheel's deflate compresses them better than jlink would, and
    # classes that are not in the cache load without inflating.
    subprocess.run(cmd, check=True)
    for path in sorted(tmp.rglob("*"), reverse=True):
        rel = path.relative_to(tmp).as_posix()
        if REMOVE_FILES.match(rel) and not path.is_dir():
            path.unlink()
    if shutil.which("strip"):
        # Symbol tables only serve crash reports' stack traces: 1.5 MB of the wheel.
        subprocess.run(["strip", "--strip-unneeded", *map(str, tmp.rglob("*.so"))], check=True)
    for path in tmp.rglob("*"):
        if path.is_symlink():  # legal/ notices link to java.base's: keep plain copies
            target = path.resolve()
            path.unlink()
            shutil.copy2(target, path)
    tmp.rename(image)
    return image


def train(java, jar, aot, flags, examples):
    """Records the ahead-of-time cache: the same training run as ./argclinic's CDS archive.

    Two steps (record, then create) rather than JDK 25's one-step -XX:AOTCacheOutput, which
    starts a second JVM through lib/jspawnhelper, a file the runtime leaves out.
    """
    aot.unlink(missing_ok=True)
    config = aot.with_suffix(".aotconf")
    env = {k: v for k, v in os.environ.items() if k not in ("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS")}
    quiet = ["-Xlog:aot=off", "-Xlog:cds=off"]
    record = [str(java), *flags, "-XX:AOTMode=record", "-XX:AOTConfiguration=" + str(config),
              *quiet, "-Dargclinic.training=true", "-jar", str(jar), "check", "-q", str(examples)]
    create = [str(java), *flags, "-XX:AOTMode=create", "-XX:AOTConfiguration=" + str(config),
              "-XX:AOTCache=" + str(aot), *quiet, "-jar", str(jar)]
    for cmd in (record, create):
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    config.unlink(missing_ok=True)
    if not aot.is_file():
        sys.exit("build_wheel: the training run wrote no AOT cache: " + " ".join(record))


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
    ap.add_argument("--examples", type=Path, default=ROOT / "examples",
                    help="what the training run checks")
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
    jar = pkg / "_lib/argclinic.jar"
    shutil.copyfile(args.jar, jar)
    os.utime(jar, (JAR_MTIME, JAR_MTIME))
    (pkg / "_build.py").write_text(
        "# Written by python/build_wheel.py.\n"
        f"VERSION = {version!r}\n"
        f"JAR_MTIME = {JAR_MTIME}\n"
        f"JVM_FLAGS = {tuple(flags)!r}\n"
        f"JAVA_RUNTIME = {java_major(jdk)!r}\n")
    train(pkg / "_runtime/bin/java", jar, pkg / "_lib/argclinic.aot",
          flags + (["-XX:CICompilerCount=1"] if len(os.sched_getaffinity(0)) <= 2 else []),
          args.examples)

    dist_info = f"argclinic-{version}.dist-info"
    di = stage / dist_info
    di.mkdir()
    (di / "METADATA").write_text(metadata(version))
    (di / "WHEEL").write_text(
        "Wheel-Version: 1.0\nGenerator: argclinic build_wheel.py\nRoot-Is-Purelib: false\n"
        + "".join(f"Tag: py3-none-{p}\n" for p in TAG.split("-")[2].split(".")))
    (di / "entry_points.txt").write_text("[console_scripts]\nargclinic = argclinic._launcher:main\n")

    args.out.mkdir(parents=True, exist_ok=True)
    for old in args.out.glob("argclinic-*.whl"):
        old.unlink()
    wheel = args.out / f"argclinic-{version}-{TAG}.whl"
    tmp = wheel.with_suffix(".tmp")
    write_wheel(stage, dist_info, tmp)
    tmp.rename(wheel)
    print(f"build_wheel: {wheel} ({wheel.stat().st_size / 1e6:.1f} MB; Java {java_major(jdk)} "
          f"runtime from {jdk})")


if __name__ == "__main__":
    main()
