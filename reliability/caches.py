"""What calls leave in the interpreter's internal caches, on CPython 3.13 and later.

A cache that fills up is no leak, so reference-leak checks that wait for the counts to stop
growing cannot see it; but glue that hands CPython a new key object per call where a cache is
keyed by identity fills that cache with up to one object per call (the type-attribute cache,
keyed by the attribute name's address, kept a new "__name__" string per call of limited glue).
Used by reliability/fuzz.py and examples/newdsl/check.py.
"""
import sys


def cache_held(fn, args, kwargs, calls=500):
    """References that the interpreter's internal caches hold after `calls` identical calls
    fn(*args, **kwargs) (exceptions ignored), or None before CPython 3.13, which has no
    sys._clear_internal_caches. The loop keeps allocating between calls, as a real program does,
    so each call's temporary objects get new addresses."""
    clear = getattr(sys, "_clear_internal_caches", None)
    if clear is None:
        return None
    for _ in range(50):
        _call(fn, args, kwargs)
    clear()
    churn = []
    for i in range(calls):
        churn.append("%08d" % i)  # the size of a short name: its free block is taken
        _call(fn, args, kwargs)
    full = sys.gettotalrefcount()
    clear()
    return full - sys.gettotalrefcount()


def _call(fn, args, kwargs):
    try:
        fn(*args, **kwargs)
    except BaseException:  # noqa: BLE001, S110 - only the counts matter here
        pass
