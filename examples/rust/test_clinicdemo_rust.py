#!/usr/bin/env python3
"""Exercises clinicdemo_rust from Python: results, signatures, errors, the panic guard, buffer
release, the class (__new__, METH_METHOD method, getter/setter), calls from many threads at once
(in parallel on a free-threaded build) and from isolated subinterpreters with their own GIL.
Usage: test_clinicdemo_rust.py DIR (DIR holds the built module). Prints 'N passed, M failed'."""
import gc
import inspect
import sys
import sysconfig
import threading

sys.path.insert(0, sys.argv[1])
import clinicdemo_rust as m  # noqa: E402

passed = failed = 0


def check(name, got, want):
    global passed, failed
    if got == want:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: got {got!r}, want {want!r}")


def raises(name, fn, exc, message):
    try:
        fn()
    except exc as e:
        check(name, str(e), message)
    except BaseException as e:  # noqa: BLE001
        check(name, f"{type(e).__name__}: {e}", f"{exc.__name__}: {message}")
    else:
        check(name, "no exception", f"{exc.__name__}: {message}")


check("answer", m.answer(), 42)
check("square", m.square(1.5), 2.25)
check("add", m.add(2), 3)
check("add2", m.add(2, 5), 7)
raises("add overflow", lambda: m.add(2**31 - 1, 1), OverflowError, "a + b does not fit in a C int")
raises("add int range", lambda: m.add(2**31), OverflowError, "Python int too large to convert to C int")
check("is_even", (m.is_even(4), m.is_even(-3)), (True, False))
check("kw", m.kw(1, b=2, c=3), (1, 2, 3, 1.5))
raises("kw missing", lambda: m.kw(1, 2), TypeError, "kw() missing required argument 'c' (pos 3)")
raises("kw missing first", lambda: m.kw(1, 2, cc=3), TypeError, "kw() missing required argument 'c' (pos 3)")
raises("kw typo", lambda: m.kw(1, 2, c=3, dd=4), TypeError, "kw() got an unexpected keyword argument 'dd'. Did you mean 'd'?")
check("strings", m.strings("abc", "é"), ("abc", 233, None, ..., b"x"))
check("strings2", m.strings("é", "x", z="z", u="u", c=b"q"), ("é", 120, "z", "u", b"q"))
raises("strings type", lambda: m.strings(3, "x"), TypeError, "strings() argument 's' must be str, not int")
raises("strings char", lambda: m.strings("a", "xy"), TypeError, "strings() argument 'C' must be a unicode character, not str")
raises("strings nul", lambda: m.strings("a\0b", "x"), ValueError, "embedded null character")
check("checksum", m.checksum(b"\x01\x02\xff"), 258)
check("checksum mask", m.checksum(bytearray(b"\x0f\xf0"), mask=0x0f), 15)
raises("checksum type", lambda: m.checksum("abc"), TypeError, "a bytes-like object is required, not 'str'")
ba = bytearray(b"abc")
m.checksum(ba)
ba.extend(b"more")  # raises BufferError if the glue kept the buffer exported
check("buffer released", bytes(ba), b"abcmore")
check("gather", m.gather(1, 2, 3), (1, (2, 3), " "))
check("gather sep", m.gather(1, 2, sep="-"), (1, (2,), "-"))
check("gather one", m.gather(1), (1, (), " "))
raises("gather none", lambda: m.gather(), TypeError, "gather() takes exactly 1 positional argument (0 given)")
check("mix", m.mix(1, b=2), (1, 2, ...))
check("mix c", m.mix(1, 2, c=3), (1, 2, 3))
raises("mix posonly kw", lambda: m.mix(a=1, b=2), TypeError, "mix() takes at least 1 positional argument (0 given)")
check("integers", m.integers(255, 257, -3, 65535, 65537, 7, 2**32 - 1, 2**32 + 1, -5, 2**64 - 1, -1, -2**63, 2**64 - 1, -1, -9, 11),
      (255, 1, -3, 65535, 1, 7, 2**32 - 1, 1, -5, 2**64 - 1, 2**64 - 1, -2**63, 2**64 - 1, 2**64 - 1, -9, 11))
raises("integers b", lambda: m.integers(256), OverflowError, "unsigned byte integer is greater than maximum")
raises("integers H", lambda: m.integers(H=-1), ValueError, "value must be positive")
raises("integers K", lambda: m.integers(K=2**64), OverflowError, "int too big to convert")
check("floats", m.floats(1.5), (1.5, 0.25))
raises("floats type", lambda: m.floats("x"), TypeError, "must be real number, not str")
check("indices", m.indices(None, -2, None), (0, -2, -1))
check("indices big", m.indices(2**70), (sys.maxsize, 100, -1))
raises("indices stop None", lambda: m.indices(stop=None), TypeError, "slice indices must be integers or have an __index__ method")
check("fileno", m.fileno(sys.stdin), sys.stdin.fileno())
raises("fileno neg", lambda: m.fileno(-1), ValueError, "file descriptor cannot be a negative integer (-1)")
check("window w", m.window(5), (0, 0, 0, 5, 0, 0))
check("window all", m.window(1, 2, 3, 4), (1, 1, 2, 3, 1, 4))
raises("window bad", lambda: m.window(1, 2, 3, 4, 5), TypeError, "clinicdemo.window requires 1 to 4 arguments")
check("window doc", m.window.__doc__.splitlines()[0], "window([x, y,] w, [h])")
raises("boom", lambda: m.boom("kaput"), SystemError, "boom() panicked: kaput")
check("alive after panic", m.answer(), 42)
check("signature kw", str(inspect.signature(m.kw)), "(a, b, *, c, d=1.5)")
check("text signature", m.checksum.__text_signature__, "($module, data, /, *, mask=255)")
check("doc", m.square.__doc__, "Return x squared.")
c = m.Counter(5)
check("counter new", c.value, 5)
check("counter add", c.add(), 6)
check("counter add step", c.add(step=10), 16)
c.value = 100
check("counter setter", c.value, 100)
raises("counter new kw", lambda: m.Counter(stop=1), TypeError, "Counter() got an unexpected keyword argument 'stop'")
raises("counter add type", lambda: c.add("x"), TypeError, "'str' object cannot be interpreted as an integer")
check("counter doc", m.Counter.__doc__, "A counter.")
check("counter signature", m.Counter.__text_signature__, "(start=0)")
check("counter value doc", m.Counter.value.__doc__, "The current value.")

if sysconfig.get_config_var("Py_GIL_DISABLED"):
    check("GIL stays disabled after import", sys._is_gil_enabled(), False)


def in_threads(n, fn):
    """Runs fn(k) in n threads started together; returns their results by k."""
    results = [None] * n
    barrier = threading.Barrier(n)

    def run(k):
        barrier.wait()
        results[k] = fn(k)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


# The keyword parser from many threads at once, keywords in and out of order and from **dict.
def keyword_calls(k):
    bad = 0
    for i in range(3000):
        bad += m.kw(i, b=k, c=-i) != (i, k, -i, 1.5)
        bad += m.kw(d=0.5, c=k, b=i, a=1) != (1, i, k, 0.5)
        bad += m.kw(**{"a": k, "b": i, "c": 1}) != (k, i, 1, 1.5)
    return bad


check("keywords in 8 threads", in_threads(8, keyword_calls), [0] * 8)

# @critical_section: Counter.add's read-modify-write holds the counter's lock, so no update is
# lost when threads add at once (without the lock, a free-threaded build loses some).
shared = m.Counter(0)
in_threads(8, lambda k: [shared.add(step=1) for _ in range(50000)])
check("critical section: no lost update", shared.value, 8 * 50000)

try:
    import _interpreters
except ImportError:
    _interpreters = None
if _interpreters is not None:
    # An isolated subinterpreter (own GIL, per-interpreter modules only) per thread, at once.
    script = f"""if True:
        import sys
        sys.path.insert(0, {sys.argv[1]!r})
        import clinicdemo_rust as m
        for i in range(2000):
            assert m.kw(i, b=2, c=3) == (i, 2, 3, 1.5)
            assert m.kw(c=1, a=i, b=2, d=0.5) == (i, 2, 1, 0.5)
        c = m.Counter(0)
        assert [c.add(step=2) for _ in range(3)] == [2, 4, 6]
        try:
            m.kw(1, 2, c=3, dd=4)
        except TypeError as e:
            assert str(e) == "kw() got an unexpected keyword argument 'dd'. Did you mean 'd'?", e
        """

    def in_subinterpreter(k):
        interp = _interpreters.create()
        try:
            error = _interpreters.run_string(interp, script)
            return None if error is None else f"{error.type.__name__}: {error.msg}"
        finally:
            _interpreters.destroy(interp)

    check("4 isolated subinterpreters", in_threads(4, in_subinterpreter), [None] * 4)

if hasattr(sys, "gettotalrefcount"):
    # a debug build counts every reference: keyword calls (remembered call sites, **dict, errors)
    # leave none behind
    def workload(n):
        for i in range(n):
            m.kw(i, b=2, c=3)
            m.kw(**{"a": i, "b": 2, "c": 3})
            for bad in ({"dd": 4}, {"a": 1}, {"\udc80": 1}):
                try:
                    m.kw(1, 2, c=3, **bad)
                except TypeError:
                    pass
            m.strings("x", "y")

    def references_after(n):
        gc.collect()
        before = sys.gettotalrefcount()
        workload(n)
        gc.collect()
        return sys.gettotalrefcount() - before

    workload(10)
    # the measurement itself holds a few references: the same few for 10 calls and for 1000
    check("no reference leaked", references_after(1000) - references_after(10), 0)

gc.collect()
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
