"""The `argclinic` command of the wheel: runs the bundled CLI jar on the bundled Java runtime.

The JVM flags are those of the repository's `./argclinic` launcher (C1 only, small inlining,
serial GC, one compiler thread on two CPUs), and the ahead-of-time cache made at build time
(class data sharing: the classes of a training run, already parsed and linked) is mapped, so
a run starts as fast as `./argclinic` on a JDK or faster. No `java` on PATH and no JAVA_HOME
are needed or read. ARGCLINIC_JAVA_OPTS adds JVM options, as for `./argclinic`.
"""

import os
import shlex
import subprocess
import sys

from . import _build

_HERE = os.path.dirname(os.path.abspath(__file__))
JAVA = os.path.join(_HERE, "_runtime", "bin", "java")
JAR = os.path.join(_HERE, "_lib", "argclinic.jar")
AOT_CACHE = os.path.join(_HERE, "_lib", "argclinic.aot")


def _cpus():
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 4


def _aot_cache_usable():
    """The JVM refuses a cache whose jar has another modification time than at training.

    Installers do not keep the times stored in the wheel, so the jar gets the recorded time back
    the first time (a no-op afterwards). Where the install is read-only the cache is skipped:
    the run is slower, never wrong.
    """
    if not os.path.exists(AOT_CACHE):
        return False
    try:
        if int(os.stat(JAR).st_mtime) != _build.JAR_MTIME:
            os.utime(JAR, (_build.JAR_MTIME, _build.JAR_MTIME))
        return True
    except OSError:
        return False


def command(args):
    """The full command line that runs argclinic with `args`."""
    opts = list(_build.JVM_FLAGS)
    if _cpus() <= 2:
        # Two compiler threads on two CPUs take CPU from the two workers.
        opts.append("-XX:CICompilerCount=1")
    if _aot_cache_usable():
        opts += ["-XX:AOTCache=" + AOT_CACHE, "-Xlog:aot=off", "-Xlog:cds=off"]
    opts += shlex.split(os.environ.get("ARGCLINIC_JAVA_OPTS", ""))
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
    return subprocess.call(cmd)
