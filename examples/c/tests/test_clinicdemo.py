"""Calls every clinicdemo function through the generated glue: values, exception types and the
exact messages of CPython 3.13's argument clinic for the same mistakes."""
import os
import re
import sys
import tempfile

import pytest


# Messages raised by CPython's own conversion functions (PyLong_AsLong, PyFloat_AsDouble...),
# which the glue calls exactly as CPython's clinic does: before 3.10 their wording (and whether
# floats pass through __int__) differs, so there only the glue's own messages are compared.
INTERPRETER_MESSAGES = {
    "'str' object cannot be interpreted as an integer",
    "'float' object cannot be interpreted as an integer",
}
OLD_INTERPRETER = sys.version_info < (3, 10)


def raises(exc, message, fn, *args, **kwargs):
    if OLD_INTERPRETER and message in INTERPRETER_MESSAGES:
        try:
            fn(*args, **kwargs)
        except exc:
            pass
        except DeprecationWarning:
            pass
        return
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value) == message
    assert type(info.value) is exc


def raises_from_interpreter(exc, suffix, fn, *args, **kwargs):
    """Errors raised by the interpreter before the glue runs (METH_NOARGS / METH_FASTCALL without
    keywords): the interpreter qualifies the name, so only the end of the message is ours."""
    with pytest.raises(exc) as info:
        fn(*args, **kwargs)
    assert str(info.value).endswith(suffix)


def test_target_matches_build(demo):
    assert demo.target == demo.variant.split("-")[0]


def test_noargs_and_meth_o(demo):
    assert demo.answer() == 42
    raises_from_interpreter(TypeError, "answer() takes no arguments (1 given)", demo.answer, 1)
    assert demo.square(3) == 9.0
    assert demo.square(1.5) == 2.25
    raises(TypeError, "must be real number, not str", demo.square, "x")


def test_positional_only_and_return_converters(demo):
    assert demo.add(2) == 3
    assert demo.add(2, 5) == 7
    raises(TypeError, "add expected at least 1 argument, got 0", demo.add)
    raises(TypeError, "add expected at most 2 arguments, got 3", demo.add, 1, 2, 3)
    raises_from_interpreter(TypeError, "add() takes no keyword arguments", demo.add, 1, b=2)
    raises(OverflowError, "Python int too large to convert to C int", demo.add, 2**40)
    raises(OverflowError, "a + b does not fit in a C int", demo.add, 2**31 - 1)
    raises(OverflowError, "a + b does not fit in a C int", demo.add, -2**31, -1)
    raises(TypeError, "'str' object cannot be interpreted as an integer", demo.add, "1")
    assert demo.is_even(4) is True
    assert demo.is_even(3) is False


def test_keyword_only(demo):
    assert demo.kw(1, 2, c=3) == (1, 2, 3, 1.5)
    assert demo.kw(1, 2, c=3, d=4) == (1, 2, 3, 4.0)
    assert demo.kw(a=1, b=2, c=3) == (1, 2, 3, 1.5)
    assert demo.kw(c=3, b=2, a=1) == (1, 2, 3, 1.5)
    assert demo.kw(1, d=0.5, c=7, b=2) == (1, 2, 7, 0.5)
    raises(TypeError, "kw() missing required argument 'b' (pos 2)", demo.kw, 1)
    raises(TypeError, "kw() missing required argument 'c' (pos 3)", demo.kw, 1, 2)
    raises(TypeError, "kw() missing required argument 'a' (pos 1)", demo.kw, c=1)
    raises(TypeError, "kw() takes exactly 2 positional arguments (3 given)", demo.kw, 1, 2, 3)
    raises(TypeError, "kw() takes at most 4 arguments (5 given)", demo.kw, 1, 2, c=3, d=4, e=5)
    raises(TypeError, "kw() takes at most 4 keyword arguments (5 given)",
           demo.kw, a=1, b=2, c=3, d=4, e=5)
    raises(TypeError, "argument for kw() given by name ('a') and position (1)",
           demo.kw, 1, 2, a=2, c=3)
    raises(TypeError, "kw() got an unexpected keyword argument 'e'", demo.kw, 1, 2, c=2, e=3)
    raises(TypeError, "kw() got an unexpected keyword argument 'cc'. Did you mean 'c'?",
           demo.kw, 1, 2, c=2, cc=3)
    raises(TypeError, "'str' object cannot be interpreted as an integer", demo.kw, 1, 2, c="x")
    raises(TypeError, "must be real number, not str", demo.kw, 1, 2, c=1, d="x")


def test_keyword_names_that_are_not_interned(demo):
    # Keys built at run time are equal but not identical to the interned names.
    key = "".join(["fl", "ag"])
    assert key is not "flag"  # noqa: F632  (a distinct object on purpose)
    assert demo.objects(1, 2, **{key: 0}) == (1, 2, 0, 0, 0)
    assert demo.objects(1, 2, **{"".join(["if", "lag"]): 5, key: 1}) == (1, 2, 0, 1, 5)

    class S(str):
        pass
    assert demo.objects(1, 2, **{S("iflag"): 5}) == (1, 2, 0, 1, 5)
    assert demo.kw(1, 2, **{S("c"): 5}) == (1, 2, 5, 1.5)


def test_positional_only_passed_by_keyword(demo):
    assert demo.mix(1, 2) == (1, 2, Ellipsis)
    assert demo.mix(1, b=2, c=3) == (1, 2, 3)
    raises(TypeError, "mix() takes at least 1 positional argument (0 given)", demo.mix, a=1, b=2)
    raises(TypeError, "mix() got an unexpected keyword argument 'a'", demo.mix, 1, b=2, a=3)
    raises(TypeError, "mix() takes exactly 2 positional arguments (3 given)", demo.mix, 1, 2, 3)
    raises(TypeError, "mix() missing required argument 'b' (pos 2)", demo.mix, 1)
    raises(TypeError, "mix() missing required argument 'b' (pos 2)", demo.mix, 1, c=2)


INT_CASES = [
    # keyword, good value, converted, bad value, exception, message
    ("b", 255, 255, 256, OverflowError, "unsigned byte integer is greater than maximum"),
    ("b", 0, 0, -1, OverflowError, "unsigned byte integer is less than minimum"),
    ("B", 0x1FF, 0xFF, "x", TypeError, "'str' object cannot be interpreted as an integer"),
    ("h", -32768, -32768, 32768, OverflowError, "signed short integer is greater than maximum"),
    ("h", 32767, 32767, -32769, OverflowError, "signed short integer is less than minimum"),
    ("H", 65535, 65535, 65536, OverflowError, "Python int too large for C unsigned short"),
    ("H", 1, 1, -1, ValueError, "value must be positive"),
    ("Hm", -1, 65535, "x", TypeError, "'str' object cannot be interpreted as an integer"),
    ("i", -2**31, -2**31, 2**31, OverflowError, "Python int too large to convert to C int"),
    ("I", 2**32 - 1, 2**32 - 1, 2**32, OverflowError, "Python int too large for C unsigned int"),
    ("I", 3, 3, -5, ValueError, "value must be positive"),
    ("Im", 2**32 + 5, 5, 1.5, TypeError, "'float' object cannot be interpreted as an integer"),
    ("l", -2**63, -2**63, 2**63, OverflowError, "Python int too large to convert to C long"),
    ("k", 2**64 - 1, 2**64 - 1, 2**64, OverflowError,
     "Python int too large to convert to C unsigned long"),
    ("k", 0, 0, -2**70, ValueError, "value must be positive"),
    ("km", -1, 2**64 - 1, 1.0, TypeError, "integers() argument 'km' must be int, not float"),
    ("L", 2**63 - 1, 2**63 - 1, -2**63 - 1, OverflowError, "int too big to convert"),
    ("K", 2**64 - 1, 2**64 - 1, -1, ValueError, "value must be positive"),
    ("Km", 2**64 + 7, 7, None, TypeError, "integers() argument 'Km' must be int, not None"),
    ("n", 2**63 - 1, 2**63 - 1, 2**63, OverflowError,
     "Python int too large to convert to C ssize_t"),
    ("z", 2**64 - 1, 2**64 - 1 if sys.maxsize > 2**32 else None, -1, ValueError,
     "value must be positive"),
]
NAMES = ["b", "B", "h", "H", "Hm", "i", "I", "Im", "l", "k", "km", "L", "K", "Km", "n", "z"]


@pytest.mark.parametrize("name,good,converted,bad,exc,message", INT_CASES)
def test_integer_converters(demo, name, good, converted, bad, exc, message):
    index = NAMES.index(name)
    values = demo.integers(**{name: good})
    assert values[index] == converted
    positional = [0] * index + [good]
    assert demo.integers(*positional)[index] == converted
    raises(exc, message, demo.integers, **{name: bad})


def test_integer_index_protocol(demo):
    class Index:
        def __index__(self):
            return 7
    assert demo.integers(n=Index())[14] == 7
    assert demo.integers(i=Index())[5] == 7


def test_floats(demo):
    assert demo.floats(1) == (1.0, 0.25)
    assert demo.floats(0.5, d=2) == (0.5, 2.0)
    assert demo.floats(f=1e300)[0] == float("inf")
    raises(TypeError, "must be real number, not str", demo.floats, "x")
    raises(TypeError, "floats() missing required argument 'f' (pos 1)", demo.floats, d=1.0)


def test_strings(demo):
    assert demo.strings("héllo", "é") == ("héllo", ord("é"), None, Ellipsis, b"x")
    assert demo.strings("a", "b", z="zz", u="uu", c=b"q") == ("a", 98, "zz", "uu", b"q")
    assert demo.strings("a", "b", None, c=bytearray(b"r"))[4] == b"r"
    raises(TypeError, "strings() argument 's' must be str, not int", demo.strings, 1, "x")
    raises(TypeError, "strings() argument 's' must be str, not None", demo.strings, None, "x")
    raises(ValueError, "embedded null character", demo.strings, "a\0b", "x")
    raises(TypeError, "strings() argument 'C' must be a unicode character, not str",
           demo.strings, "a", "xy")
    raises(TypeError, "strings() argument 'z' must be str or None, not bytes",
           demo.strings, "a", "b", b"z")
    raises(TypeError, "strings() argument 'u' must be str, not bytes",
           demo.strings, "a", "b", u=b"u")
    raises(TypeError, "strings() argument 'c' must be a byte string of length 1, not bytes",
           demo.strings, "a", "b", c=b"ab")
    raises(TypeError, "strings() argument 'c' must be a byte string of length 1, not str",
           demo.strings, "a", "b", c="a")


def test_objects(demo):
    assert demo.objects("o", 5) == ("o", 5, 0, 1, 0)
    assert demo.objects("o", True, e=4, flag=[], iflag=3) == ("o", True, 4, 0, 3)
    raises(TypeError, "objects() argument 't' must be int, not float", demo.objects, 1, 1.0)
    raises(ValueError, "expected an even number", demo.objects, 1, 1, 3)

    class Bad:
        def __bool__(self):
            raise ZeroDivisionError("no truth")
    raises(ZeroDivisionError, "no truth", demo.objects, 1, 1, flag=Bad())
    raises(TypeError, "'str' object cannot be interpreted as an integer",
           demo.objects, 1, 1, iflag="x")


def test_indices(demo):
    assert demo.indices() == (0, 100, -1)
    assert demo.indices(None, 2**100, None) == (0, sys.maxsize, -1)
    assert demo.indices(-2**100, -5, 9) == (-sys.maxsize - 1, -5, 9)
    raises(TypeError, "slice indices must be integers or None or have an __index__ method",
           demo.indices, "x")
    raises(TypeError, "slice indices must be integers or have an __index__ method",
           demo.indices, stop=None)
    raises(TypeError, "argument should be integer or None, not 'str'", demo.indices, size="x")
    raises(OverflowError, "cannot fit 'int' into an index-sized integer",
           demo.indices, size=2**100)


def test_fildes(demo):
    with tempfile.TemporaryFile() as f:
        assert demo.fileno(f) == f.fileno()
    assert demo.fileno(3) == 3
    raises(ValueError, "file descriptor cannot be a negative integer (-1)", demo.fileno, -1)
    raises(TypeError, "argument must be an int, or have a fileno() method.", demo.fileno, "x")


def test_optional_groups(demo):
    assert demo.window(5) == (0, 0, 0, 5, 0, 0)
    assert demo.window(5, 6) == (0, 0, 0, 5, 1, 6)
    assert demo.window(1, 2, 5) == (1, 1, 2, 5, 0, 0)
    assert demo.window(1, 2, 5, 6) == (1, 1, 2, 5, 1, 6)
    raises(TypeError, "clinicdemo.window requires 1 to 4 arguments", demo.window)
    raises(TypeError, "clinicdemo.window requires 1 to 4 arguments", demo.window, 1, 2, 3, 4, 5)
    raises_from_interpreter(TypeError, "window() takes no keyword arguments", demo.window, 1, w=2)


def test_omitted_length_is_the_defaults(demo):
    # CPython's clinic leaves the length of an omitted '#' argument unset: the impl read garbage
    assert demo.lengths() == (b"abc", b"", None, 0)
    assert demo.lengths("xy") == (b"xy", b"", None, 0)
    assert demo.lengths(b"a\0b", b"\0", "z") == (b"a\0b", b"\0", b"z", 1)
    assert demo.lengths("", b"q", None) == (b"", b"q", None, 0)


def test_omitted_group_is_zeroed(demo):
    # CPython's ignored defaults would not compile here: `int fd = NULL`, a raw NUL in '\0'
    assert demo.ignored() == (0, 0, 0, 0, 0, 0)
    assert demo.ignored(b"x", 7, 3, 9, b"abcd") == (1, ord("x"), 7, 3, 9, 4)

def test_varargs(demo):
    assert demo.gather(1) == (1, (), " ")
    assert demo.gather(1, 2, 3, sep="-") == (1, (2, 3), "-")
    assert demo.gather(1, sep="") == (1, (), "")
    raises(TypeError, "gather() takes exactly 1 positional argument (0 given)", demo.gather)
    raises(TypeError, "gather() got an unexpected keyword argument 'x'", demo.gather, 1, 2, x=1)
    raises(TypeError, "gather() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?",
           demo.gather, 1, sepp="")
    raises(TypeError, "gather() argument 'sep' must be str, not int", demo.gather, 1, sep=1)


def test_class_new_methods_getset(demo):
    c = demo.Counter()
    assert c.value == 0
    assert demo.Counter(5).value == 5
    c = demo.Counter(5, step=3)
    assert c.increment() == 8
    assert c.increment(10) == 18
    c.value = 100
    assert c.value == 100
    raises(TypeError, "'str' object cannot be interpreted as an integer", setattr, c, "value", "x")
    raises(TypeError, "Counter() takes at most 1 positional argument (2 given)",
           demo.Counter, 1, 2)
    raises(TypeError, "Counter() got an unexpected keyword argument 'stp'. Did you mean 'step'?",
           demo.Counter, stp=1)
    raises(TypeError, "argument for Counter() given by name ('start') and position (1)",
           demo.Counter, 1, start=2)
    raises(TypeError, "increment expected at most 1 argument, got 2", c.increment, 1, 2)
    assert demo.Counter.from_string("41").value == 41
    raises(TypeError, "from_string() argument must be str, not int", demo.Counter.from_string, 4)
    raises(ValueError, "not a number: 'x'", demo.Counter.from_string, "x")
    assert demo.Counter.__doc__.startswith("A counter.") or "Counter(start=0" in demo.Counter.__doc__


def test_critical_section(demo):
    c = demo.Counter(7)
    assert c.reset() == 7
    assert c.value == 0
    assert c.reset(value=3) == 0
    assert c.value == 3
    raises(TypeError, "reset() takes at most 1 argument (2 given)", c.reset, 1, value=2)


def test_shared_counter(demo):
    # Counter's methods and setter are @critical_section: on a free-threaded build threads that
    # share one Counter lose no update (without the lock, `value += by` races).
    import threading
    c = demo.Counter(0, step=1)
    threads, rounds = 8, 20000
    barrier = threading.Barrier(threads)

    def work():
        barrier.wait()
        for _ in range(rounds):
            c.increment()
            c.add(value=1)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    assert c.value == 2 * threads * rounds


def test_defining_class(demo):
    c = demo.Counter()
    # the second item: cls, reached through defining_class, is the Counter of the module state
    assert c.add(2) == (2, True)
    assert c.add(value=3) == (5, True)
    raises(TypeError, "add() missing required argument 'value' (pos 1)", c.add)
    raises(TypeError, "add() missing required argument 'value' (pos 1)", c.add, valu=1)
    raises(TypeError, "add() takes at most 1 keyword argument (2 given)", c.add, value=1, valu=1)
    raises(TypeError, "add() takes at most 1 argument (2 given)", c.add, 1, value=1)


def test_init(demo):
    assert demo.Point(1).coords() == (1.0, 0.0)
    assert demo.Point(1, 2).coords() == (1.0, 2.0)
    raises(TypeError, "Point expected at least 1 argument, got 0", demo.Point)
    raises(TypeError, "Point expected at most 2 arguments, got 3", demo.Point, 1, 2, 3)
    raises(TypeError, "Point() takes no keyword arguments", demo.Point, 1, y=3)
    raises(TypeError, "must be real number, not str", demo.Point, "x")

    class Sub(demo.Point):
        pass
    assert Sub(2, 1).coords() == (2.0, 1.0)
    raises(TypeError, "Point() takes no keyword arguments", Sub, 2, y=1)

    class OwnNew(demo.Point):
        # A subclass with its own __new__ may take keywords: CPython's glue skips the check.
        def __new__(cls, *args, **kwargs):
            return super().__new__(cls)
    assert OwnNew(3, 4).coords() == (3.0, 4.0)
    assert OwnNew(3, 4, extra=1).coords() == (3.0, 4.0)


@pytest.mark.skipif(OLD_INTERPRETER, reason="inspect reads heap types' __text_signature__ from 3.10")
def test_text_signatures(demo):
    import inspect
    assert str(inspect.signature(demo.kw)) == "(a, b, *, c, d=1.5)"
    assert str(inspect.signature(demo.add)) == "(a, b=1, /)"
    assert str(inspect.signature(demo.gather)) == "(first, /, *args, sep=' ')"
    assert str(inspect.signature(demo.Counter.increment)) == "(self, by=0, /)"
    assert str(inspect.signature(demo.Point)) == "(x, y=0.0, /)"


def test_buffers(demo):
    if demo.variant == "limited-3.10":
        assert not hasattr(demo, "buffers")
        return
    target = bytearray(b"abc")
    assert demo.buffers(b"xyz", "é", target) == (b"xyz", "é".encode())
    assert target == bytearray(b"!bc")
    assert demo.buffers(memoryview(b"m")) == (b"m", None)
    raises(TypeError, "a bytes-like object is required, not 'str'", demo.buffers, "s")
    raises(TypeError, "buffers() argument 'w' must be read-write bytes-like object, not bytes",
           demo.buffers, b"a", w=b"ro")


def test_full_types(demo):
    if demo.variant != "public":
        assert not hasattr(demo, "full_types")
        return
    assert demo.full_types(1 + 2j, b"b", bytearray(b"a")) == (2 + 4j, b"b", bytearray(b"a"))
    raises(TypeError, "full_types() argument 2 must be bytes, not str",
           demo.full_types, 1, "b", bytearray())
    raises(TypeError, "full_types() argument 3 must be bytearray, not bytes",
           demo.full_types, 1, b"b", b"")
    raises(TypeError, "full_types expected 3 arguments, got 1", demo.full_types, 1)
