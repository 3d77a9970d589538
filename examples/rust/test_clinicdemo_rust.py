#!/usr/bin/env python3
"""Exercises clinicdemo_rust from Python: results, signatures, errors, the panic guard, buffer
release, the class (__new__, METH_METHOD method, getter/setter). Usage: test_clinicdemo_rust.py DIR
(DIR holds the built module). Prints 'N passed, M failed'."""
import gc
import inspect
import sys

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
check("strings", m.strings("abc"), ("ABC", None, ord("x")))
check("strings2", m.strings("é", z="z", c=b"q"), ("É", "z", ord("q")))
raises("strings type", lambda: m.strings(3), TypeError, "strings() argument 1 must be str, not int")
raises("strings nul", lambda: m.strings("a\0b"), ValueError, "embedded null character")
check("checksum", m.checksum(b"\x01\x02\xff"), 258)
check("checksum mask", m.checksum(bytearray(b"\x0f\xf0"), mask=0x0f), 15)
raises("checksum type", lambda: m.checksum("abc"), TypeError, "a bytes-like object is required, not 'str'")
ba = bytearray(b"abc")
m.checksum(ba)
ba.extend(b"more")  # raises BufferError if the glue kept the buffer exported
check("buffer released", bytes(ba), b"abcmore")
check("gather", m.gather(1, 2, 3), (1, (2, 3)))
check("gather one", m.gather(1), (1, ()))
raises("gather none", lambda: m.gather(), TypeError, "gather expected at least 1 argument, got 0")
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
gc.collect()
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
