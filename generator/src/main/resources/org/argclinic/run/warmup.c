/* Start-up warm-up sample for argclinic (see Generators.warmUp): the declarations of
   examples/c/clinicdemo.c, rendered in memory while the command line is parsed. */

/*[clinic input]
module clinicdemo
class clinicdemo.Counter "CounterObject *" "NULL"
class clinicdemo.Point "PointObject *" "clinicdemo_point_tp"
[clinic start generated code]*/

/*[clinic input]
clinicdemo.answer

Return 42; takes no arguments.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.square -> double

    x: double
    /

Return x squared.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.add -> int

    a: int
    b: int = 1
    /

Return a + b.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.is_even -> bool

    n: long
    /

Return whether n is even.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.kw

    a: object
    b: object
    *
    c: int
    d: double = 1.5

Keyword-only parameters, required and optional.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.mix

    a: object
    /
    b: object
    *
    c: object = NULL

Positional-only, positional-or-keyword and keyword-only; c defaults to NULL.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.integers

    b: unsigned_char = 0
    B: unsigned_char(bitwise=True) = 0
    h: short = 0
    H: unsigned_short = 0
    Hm: unsigned_short(bitwise=True) = 0
    i: int = 0
    I: unsigned_int = 0
    Im: unsigned_int(bitwise=True) = 0
    l: long = 0
    k: unsigned_long = 0
    km: unsigned_long(bitwise=True) = 0
    L: long_long = 0
    K: unsigned_long_long = 0
    Km: unsigned_long_long(bitwise=True) = 0
    n: Py_ssize_t = 0
    z: size_t = 0

Every integer converter; returns the converted values.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.floats

    f: float
    d: double = 0.25

Float converters; returns (f, d).
[clinic start generated code]*/

/*[clinic input]
clinicdemo.strings

    s: str
    C: int(accept={str})
    z: str(accept={str, NoneType}) = None
    u: unicode = NULL
    c: char = b'x'

String converters.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.objects

    o: object
    t: object(subclass_of='&PyLong_Type')
    e: object(converter='clinicdemo_even', type='long') = 0
    flag: bool = True
    iflag: bool(accept={int}) = False

Object converters: plain, subclass_of, a converter function, bool.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.indices

    start: slice_index = 0
    stop: slice_index(accept={int}) = 100
    size: Py_ssize_t(accept={int, NoneType}) = -1

Index converters.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.fileno

    fd: fildes
    /

Return the file descriptor of fd.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.window

    [
    x: int
    y: int
    ]
    w: int
    [
    h: int
    ]
    /

Optional groups: window([x, y,] w[, h]).
[clinic start generated code]*/

/*[clinic input]
clinicdemo.gather

    first: object
    /
    *args: object
    sep: str = " "

*args with a keyword-only parameter after it.
[clinic start generated code]*/

/*[clinic input]
@classmethod
clinicdemo.Counter.__new__ as counter_new

    start: long = 0
    *
    step: long = 1

A counter.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.Counter.increment

    by: long = 0
    /

Add `by` (default: the step) to the counter; return the new value.
[clinic start generated code]*/

/*[clinic input]
clinicdemo.Counter.add

    cls: defining_class
    value: long

Add value; counts calls in the module state reached through the defining class.
[clinic start generated code]*/

/*[clinic input]
@classmethod
clinicdemo.Counter.from_string

    text: str
    /

Make a counter from its decimal text.
[clinic start generated code]*/

/*[clinic input]
@critical_section
clinicdemo.Counter.reset

    value: long = 0

Set the counter (under the object's critical section on free-threaded builds); return the old value.
[clinic start generated code]*/

/*[clinic input]
@getter
clinicdemo.Counter.value

The current value.
[clinic start generated code]*/

/*[clinic input]
@setter
clinicdemo.Counter.value
[clinic start generated code]*/

/*[clinic input]
clinicdemo.Point.__init__

    x: double
    y: double = 0.0
    /

A point (positional-only: keywords are refused unless a subclass overrides __new__).
[clinic start generated code]*/

/*[clinic input]
clinicdemo.Point.coords

Return (x, y).
[clinic start generated code]*/

/*[python input]
class warmup_even_converter(CConverter):
    type = 'long'
    converter = 'warmup_even'
[python start generated code]*/

/*[clinic input]
clinicdemo.halve

    n: warmup_even
    /

Return n halved.
[clinic start generated code]*/

