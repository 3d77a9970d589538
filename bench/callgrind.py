"""Instructions per call inside one function, counted by valgrind's callgrind: exact for a given
binary and interpreter, whatever the machine's load (the bench scripts' `icount` tables)."""
import subprocess
import tempfile


def per_call(function, command, calls):
    """Runs `command` (which makes `calls` calls) under callgrind, collecting only inside
    `function` (and what it calls), and returns the instructions per call."""
    with tempfile.NamedTemporaryFile(suffix=".cg") as out:
        subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=" + out.name,
                        "--collect-atstart=no", "--toggle-collect=" + function, *command],
                       check=True, capture_output=True)
        for line in open(out.name, encoding="utf-8"):
            if line.startswith(("totals:", "summary:")):
                return int(line.split()[1]) / calls
    raise SystemExit("callgrind wrote no totals")
