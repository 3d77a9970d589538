"""argclinic: Argument Clinic rebuilt in Java, packaged with its own trimmed Java runtime.

Run it as `argclinic ...` or `python -m argclinic ...`; `argclinic.command(args)` gives the
command line (a list) for subprocess.
"""

from ._build import VERSION as __version__


def command(args):
    """The full command line that runs argclinic with `args` (a list of strings)."""
    from ._launcher import command as _command

    return _command(args)


__all__ = ["__version__", "command"]
