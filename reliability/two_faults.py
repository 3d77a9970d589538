"""Calls with two faults, where getargs and inline glue rightly disagree.

A call with a binding fault (a missing or unexpected keyword, an argument given by name and by
position) and a conversion fault (a wrong-typed argument): getargs converts while it binds, the
inline glue binds every argument before converting any (as CPython's clinic does wherever it
parses inline), so each reports another of the two faults. Used by reliability/fuzz.py,
GetargsParityTest's compare.py and bench/c/fastpath/test_fastpath.py, which count such calls
apart from mismatches.
"""
import re

BINDING = re.compile(r"unexpected keyword argument '(\w+)'|missing required argument '(\w+)'"
                     r"|given by name|invalid keyword argument")


def two_faults(getargs, inline, keywords):
    """Whether two outcomes, each ("ok", ...) or ("raise", type name, message), of one call, the
    first from getargs and the second from inline glue, are the two faults of a call that has
    both. getargs must have reported something other than a binding fault, and the inline glue's
    binding fault must be real: the unexpected keyword is among `keywords` (the names the call
    passed by keyword), the missing argument is not."""
    if getargs[0] != "raise" or inline[0] != "raise" or inline[1] != "TypeError":
        return False
    if BINDING.search(getargs[2]):
        return False
    m = BINDING.search(inline[2])
    if not m:
        return False
    if m.group(1):
        return m.group(1) in keywords
    if m.group(2):
        return m.group(2) not in keywords
    return True
