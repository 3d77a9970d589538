"""Argument values for the fuzzer, steered by converter.

Every value is a Python expression (evaluated afresh for each call, so a call that writes into a
buffer cannot change the next one, and a mismatch or a crash prints as a call one can paste).
`pools(converter, arguments)` gives (valid, invalid): values the converter should accept, and
values that must take an error path (wrong type, out of range, a conversion hook that raises,
an encoding or embedded-NUL error, an unwritable buffer...). "Valid" only steers: the fuzzer
records what each call really did.
"""
import array  # noqa: F401  (used by the expressions)


class Index:
    """An object with __index__ (integer converters call it)."""
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __repr__(self):
        return f"Index({self.v!r})"


class Floaty:
    def __float__(self):
        return 2.5

    def __repr__(self):
        return "Floaty()"


class Complexy:
    def __complex__(self):
        return 1 - 1j

    def __repr__(self):
        return "Complexy()"


class BadComplex:
    def __complex__(self):
        return 5  # not a complex: TypeError

    def __repr__(self):
        return "BadComplex()"


class Boom:
    """Every conversion hook raises: the converter's error must pass through unchanged."""
    def __bool__(self):
        raise RuntimeError("bool boom")

    def __index__(self):
        raise RuntimeError("index boom")

    def __float__(self):
        raise RuntimeError("float boom")

    def __complex__(self):
        raise RuntimeError("complex boom")

    def fileno(self):
        raise RuntimeError("fileno boom")

    def __repr__(self):
        return "Boom()"


class BadIndex:
    def __index__(self):
        return 1.5  # not an int: TypeError

    def __repr__(self):
        return "BadIndex()"


class SubInt(int):
    def __repr__(self):
        return f"SubInt({int(self)})"


class SubStr(str):
    def __repr__(self):
        return f"SubStr({str(self)!r})"


class SubBytes(bytes):
    def __repr__(self):
        return f"SubBytes({bytes(self)!r})"


class SubList(list):
    def __repr__(self):
        return f"SubList({list(self)!r})"


class Fd:
    def __init__(self, fd=3):
        self.fd = fd

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f"Fd({self.fd!r})"


NAMESPACE = {k: v for k, v in globals().items() if not k.startswith("_")}

# Integer converters: (low, high) of the C type; bitwise ones accept any int (masked).
INT_RANGES = {
    "unsigned_char": (0, 255), "byte": (0, 255), "short": (-2**15, 2**15 - 1),
    "unsigned_short": (0, 2**16 - 1), "int": (-2**31, 2**31 - 1), "unsigned_int": (0, 2**32 - 1),
    "long": (-2**63, 2**63 - 1), "unsigned_long": (0, 2**64 - 1), "long_long": (-2**63, 2**63 - 1),
    "unsigned_long_long": (0, 2**64 - 1), "Py_ssize_t": (-2**63, 2**63 - 1), "size_t": (0, 2**64 - 1),
    "fildes": (0, 2**31 - 1),
}
LEGACY = {"b": "unsigned_char", "h": "short", "i": "int", "l": "long", "L": "long_long",
          "d": "double", "f": "float", "O": "object", "p": "bool", "c": "char", "D": "Py_complex",
          "S": "PyBytesObject", "Y": "PyByteArrayObject", "U": "unicode"}
LEGACY_STR = {"s#": "{str, robuffer}#", "y#": "{robuffer}#", "z#": "{str, robuffer, NoneType}#",
              "s": "{str}", "y": "{robuffer}", "z": "{str, NoneType}"}
LEGACY_BUF = {"s*": "{str, buffer}", "w*": "{rwbuffer}", "y*": "{buffer}", "z*": "{str, buffer, NoneType}"}

NOT_NUMBERS = ["'1'", "None", "b'1'", "[]", "Boom()", "object()"]
GENERIC = ["1", "-1", "0", "2**70", "1.5", "'abc'", "''", "b'xy'", "None", "()", "[1, 2]", "{}",
           "Boom()", "Index(4)", "SubInt(6)", "object()", "bytearray(b'ab')", "1+2j"]


def accept_set(args):
    raw = (args or {}).get("accept", "")
    return {a.strip() for a in raw.strip("{}").split(",") if a.strip()}


def truthy(args, key):
    return (args or {}).get(key, "False") in ("True", "1")


def ints(conv, bitwise):
    lo, hi = INT_RANGES[conv]
    valid = sorted({lo, lo + 1, 0, 1, hi - 1, hi, 7} | ({-1, -7} if lo < 0 else set()), key=abs)
    valid = [str(v) for v in valid] + [f"Index({hi})", "True", f"SubInt({hi})"]
    invalid = [str(hi + 1), str(-2**64 - 1), "2**200", "1.5", "Index(2**70)", "BadIndex()"] + NOT_NUMBERS
    if lo < 0:
        invalid.insert(0, str(lo - 1))
    else:
        invalid.insert(0, "-1")
    if bitwise:
        valid += [str(hi + 1), "-1", str(2**64 + 5), f"Index({-2})"]
        invalid = [v for v in invalid if v not in valid and not v.lstrip("-").isdigit() and v != "2**200"
                   and not v.startswith("Index(")]
    if conv == "fildes":
        valid = ["0", "1", "2", "Fd()", "Fd(0)", "2**31-1"]
        invalid = ["-1", "Fd(-1)", "2**40", "Fd(1.5)", "1.5", "'1'", "None", "Boom()", "object()"]
    return valid, invalid


def pools(converter, args):
    """(valid, invalid) value expressions for one parameter."""
    args = args or {}
    conv = LEGACY.get(converter.strip("'"), converter.strip("'"))
    if conv in LEGACY_STR:
        spec = LEGACY_STR[conv]
        args = {"accept": spec.rstrip("#"), "zeroes": "True" if spec.endswith("#") else "False"}
        conv = "str"
    if conv in LEGACY_BUF:
        args = {"accept": LEGACY_BUF[conv]}
        conv = "Py_buffer"
    acc = accept_set(args)
    if conv in INT_RANGES and not (conv == "int" and acc == {"str"}):
        if conv in ("Py_ssize_t",) and "NoneType" in acc:
            valid, invalid = ints(conv, False)
            return valid + ["None"], [v for v in invalid if v != "None"]
        return ints(conv, truthy(args, "bitwise"))
    if conv == "int":  # int(accept={str}): one character
        return ["'x'", "'é'", "'\\U0001F600'", "'\\0'", "SubStr('y')"], ["''", "'ab'", "1", "b'x'", "None"]
    if conv == "slice_index":
        valid = ["0", "-1", "3", "2**100", "-2**100", "Index(2)", "True", "SubInt(-4)"]
        invalid = ["1.5", "'1'", "Boom()", "BadIndex()", "b''"]
        if "NoneType" in acc or not acc:
            valid.append("None")
        else:
            invalid.append("None")
        return valid, invalid
    if conv in ("float", "double"):
        return (["0.0", "-2.25", "1.5", "3", "Floaty()", "float('inf')", "float('nan')", "1e300",
                 "True", "Index(5)", "-0.0"],
                ["2**1024", "1j", "'1.5'", "None", "Boom()", "b'1'", "[]"])
    if conv == "Py_complex":
        return (["1+2j", "1.5", "3", "Floaty()", "Complexy()", "-0j", "complex('nan')"],
                ["'1'", "None", "Boom()", "BadComplex()", "2**1024", "[]"])
    if conv == "bool":
        if acc == {"int"}:
            return (["True", "False", "0", "5", "-1", "2**70", "SubInt(0)"],
                    ["1.5", "'x'", "None", "Boom()", "[]"])
        return (["True", "False", "0", "1", "''", "'x'", "[]", "None", "1.5", "SubInt(0)"], ["Boom()"])
    if conv == "char":
        return (["b'x'", "b'\\0'", "b'\\xff'", "bytearray(b'y')", "SubBytes(b'z')"],
                ["b''", "b'xy'", "'x'", "1", "None", "bytearray(b'')"])
    if conv == "str":
        return str_pools(acc or {"str"}, truthy(args, "zeroes"), args.get("encoding"))
    if conv == "Py_UNICODE":
        valid = ["'abc'", "''", "'é'", "'\\U0001F600'", "SubStr('w')"]
        invalid = ["b'x'", "1", "bytearray(b'x')"]
        if truthy(args, "zeroes"):
            valid.append("'a\\0b'")
        else:
            invalid.append("'a\\0b'")
        (valid if "NoneType" in acc else invalid).append("None")
        return valid, invalid
    if conv == "Py_buffer":
        return buffer_pools(acc or {"buffer"})
    if conv == "unicode":
        return ["'abc'", "''", "SubStr('u')", "'\\ud800'"], ["b'x'", "1", "None", "bytearray(b'x')"]
    if conv == "PyBytesObject":
        return ["b'abc'", "b''", "SubBytes(b'q')"], ["'x'", "bytearray(b'x')", "None", "1", "memoryview(b'm')"]
    if conv == "PyByteArrayObject":
        return ["bytearray(b'abc')", "bytearray()"], ["b'x'", "'x'", "None", "1", "memoryview(bytearray(b'm'))"]
    if conv == "object":
        sub = args.get("subclass_of", "").strip("'\"")
        if sub == "&PyLong_Type":
            return ["1", "True", "SubInt(3)", "2**70", "-5"], ["1.5", "'1'", "None", "Index(1)", "[]"]
        if sub == "&PyList_Type":
            return ["[]", "[1, 'a']", "SubList([2])"], ["()", "None", "'ab'", "{}"]
        if args.get("converter"):
            return ["0", "2", "-4", "2**62"], ["1", "-3", "1.5", "None", "'x'", "Boom()", "2**70"]
        return GENERIC[:], []
    return GENERIC[:], []


def str_pools(acc, zeroes, encoding):
    valid, invalid = [], []
    if "str" in acc:
        valid += ["'abc'", "''", "'é'", "SubStr('s')"]
        if encoding and "latin" in encoding.lower():
            invalid.append("'\\U0001F600'")
        else:
            valid.append("'\\U0001F600'")
        invalid.append("'\\ud800'")
        (valid if zeroes else invalid).append("'a\\0b'")
    else:
        invalid += ["'abc'", "'é'"]
    if acc & {"robuffer", "bytes", "bytearray"}:
        valid += ["b'xyz'", "b''", "SubBytes(b'b')"]
        (valid if zeroes else invalid).append("b'a\\0b'")
        (valid if "bytearray" in acc else invalid).append("bytearray(b'ba')")
        invalid.append("memoryview(b'mv')")
    else:
        invalid += ["b'xyz'", "bytearray(b'ba')"]
    (valid if "NoneType" in acc else invalid).append("None")
    invalid += ["1", "1.5", "[]", "Boom()"]
    return valid, invalid


def buffer_pools(acc):
    valid, invalid = [], []
    if "rwbuffer" in acc:
        valid += ["bytearray(b'rw')", "bytearray()", "memoryview(bytearray(b'mv'))", "array.array('b', [1, 2])"]
        invalid += ["b'ro'", "memoryview(b'ro')", "'str'", "memoryview(bytearray(b'abcdef'))[::2]"]
    else:
        valid += ["b'abc'", "b''", "bytearray(b'ba')", "memoryview(b'mv')", "array.array('i', [1, 2])",
                  "SubBytes(b'sb')"]
        invalid += ["memoryview(b'abcdef')[::2]"]
        if "str" in acc:
            valid += ["'abc'", "'é'", "''"]
            invalid.append("'\\ud800'")
        else:
            invalid.append("'str'")
    (valid if "NoneType" in acc else invalid).append("None")
    invalid += ["1", "3.5", "[]", "Boom()", "object()"]
    return valid, invalid
