"""The `argclinic` command of the wheel: runs the bundled CLI jar on the bundled Java runtime.

The runtime is the JDK's that built argclinic, trimmed with jlink; the JVM flags are those of
the repository's `./argclinic` launcher (C1 only, small inlining, serial GC, one compiler thread
on two CPUs), and class data sharing works as there: the runtime's own CDS archive, and an
archive of argclinic's classes recorded by the same training run (check over bundled sources,
every C target warmed up) the first time the command runs, as `./argclinic` does after a build.
JDK 17 maps an archive only for the jar path it was recorded with, so it cannot be made at build
time and shipped. No `java` on PATH and no JAVA_HOME are needed or read. ARGCLINIC_JAVA_OPTS adds
JVM options, as for `./argclinic`.
"""

import os
import sys

from . import _build

# Only os and sys at import time: this module runs on every invocation, before the JVM.

_HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = os.path.join(_HERE, "_runtime", "bin", "java")
JAR = os.path.join(_HERE, "_lib", "argclinic.jar")
TRAINING = os.path.join(_HERE, "_lib", "training")


def _cpus():
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 4


def _archive_dirs():
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    # Beside the jar, else (a read-only install) in the user's cache.
    return [os.path.join(_HERE, "_lib"), os.path.join(cache, "argclinic")]


def _archive(flags):
    """The CDS archive of this jar, recorded on first use; None if it cannot be written."""
    try:
        st = os.stat(JAR)
    except OSError:
        return None
    # Named after the jar's time and size: a reinstalled jar gets a new archive.
    name = "argclinic-%s-%d-%d.jsa" % (_build.VERSION, int(st.st_mtime), st.st_size)
    for d in _archive_dirs():
        if os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    import subprocess

    for d in _archive_dirs():
        path = os.path.join(d, name)
        tmp = "%s.%d.tmp" % (path, os.getpid())
        try:
            os.makedirs(d, exist_ok=True)
            subprocess.run([JAVA, *flags, "-XX:ArchiveClassesAtExit=" + tmp, "-Xlog:cds=off",
                            "-Xlog:cds+dynamic=off", "-Dargclinic.training=true", "-jar", JAR,
                            "check", "-q", TRAINING], stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            if os.path.exists(tmp):
                os.replace(tmp, path)  # atomic: a concurrent first run sees all or nothing
                return path
        except OSError:
            pass
    return None


def command(args):
    """The full command line that runs argclinic with `args`."""
    opts = list(_build.JVM_FLAGS)
    if _cpus() <= 2:
        # Two compiler threads on two CPUs take CPU from the two workers.
        opts.append("-XX:CICompilerCount=1")
    archive = _archive(opts)
    if archive:
        opts += ["-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"]
    if os.environ.get("ARGCLINIC_JAVA_OPTS"):
        import shlex

        opts += shlex.split(os.environ["ARGCLINIC_JAVA_OPTS"])
    return [JAVA, *opts, "-jar", JAR, *args]


def main():
    if not os.access(JAVA, os.X_OK):
        try:  # an installer that dropped the executable bit of the runtime's launcher
            os.chmod(JAVA, 0o755)
        except OSError:
            pass
    cmd = command(sys.argv[1:])
    if os.name == "posix":
        sys.stdout.flush()
        os.execv(JAVA, cmd)
    import subprocess

    return subprocess.call(cmd)
