<#--
  runtime.c.ftl: the argument-parsing runtime that public and limited glue carries.
  Fed by: nothing (fixed text; the c-public and c-limited header templates include it once per
  generated header). Whitespace: emitted verbatim, ends with one newline after the closing #endif.
  The text is guarded by ARGCLINIC_RUNTIME_H, so several generated headers may share one translation
  unit; every function is static inline, so unused helpers cost nothing and never warn.
  It uses only the public C API of CPython 3.9+, and under Py_LIMITED_API only the limited API of
  the version the glue was generated for (3.10+).
-->
#ifndef ARGCLINIC_RUNTIME_H
#define ARGCLINIC_RUNTIME_H 1
/* argclinic public-API parsing runtime, version 1.
   Error messages follow CPython 3.13's Python/getargs.c. */

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The limited API has no free-threaded form in CPython 3.13 (Py_GIL_DISABLED builds reject
   Py_LIMITED_API); say what to use instead of failing deep inside Python.h's headers. */
#if defined(Py_LIMITED_API) && defined(Py_GIL_DISABLED)
#  error "the limited C API does not exist for free-threaded CPython 3.13: generate this glue with --c-api public for free-threaded builds"
#endif

#if defined(Py_LIMITED_API)
#  define ARGCLINIC_TUPLE_SIZE(t) PyTuple_Size(t)
#  define ARGCLINIC_TUPLE_ITEM(t, i) PyTuple_GetItem((t), (i))
#else
#  define ARGCLINIC_TUPLE_SIZE(t) PyTuple_GET_SIZE(t)
#  define ARGCLINIC_TUPLE_ITEM(t, i) PyTuple_GET_ITEM((t), (i))
#endif

/* @critical_section glue: the macros are part of the API from 3.13 (full API only); where they
   are missing there is no free-threaded build to protect, so they only open and close a block. */
#if !defined(Py_BEGIN_CRITICAL_SECTION)
#  define Py_BEGIN_CRITICAL_SECTION(op) {
#  define Py_END_CRITICAL_SECTION() }
#endif
#if !defined(Py_BEGIN_CRITICAL_SECTION2)
#  define Py_BEGIN_CRITICAL_SECTION2(a, b) {
#  define Py_END_CRITICAL_SECTION2() }
#endif

/* Cast of a METH_FASTCALL / METH_METHOD function to the PyCFunction slot type. */
#define ARGCLINIC_CFUNC(func) ((PyCFunction)(void (*)(void))(func))

/* Positional arguments and keywords of a METH_FASTCALL|METH_KEYWORDS call resolved to parameter
   slots; the arguments are those of CPython clinic's keyword unpacking. The common call (positional
   arguments only, within range, no required keyword-only parameter) uses the caller's array as
   is; anything else goes through argclinic_unpack_keywords(). */
#define ARGCLINIC_UNPACK_KEYWORDS(args, nargs, kwargs, kwnames, parser, minpos, maxpos, minkw, buf) \
    (((minkw) == 0 && (kwargs) == NULL && (kwnames) == NULL \
      && (minpos) <= (nargs) && (nargs) <= (maxpos) && (args) != NULL) \
     ? (args) \
     : argclinic_unpack_keywords((args), (nargs), (kwargs), (kwnames), (parser), \
                                 (minpos), (maxpos), (minkw), -1, (buf)))

/* Interpreter safety. The glue runs in free-threaded builds and in subinterpreters with their
   own GIL, so nothing shared between calls is a Python object that an interpreter could lose or
   another interpreter could touch: a function's parser is constant data (C strings and counts,
   written by the generator), keyword names are matched by their UTF-8 bytes, and the only shared
   writes are the call-site memo's slots below, each set once by a compare-and-swap. */

/* Acquire loads of the memo slots, and the compare-and-swap that fills an empty one. */
#if defined(__GNUC__) || defined(__clang__)
#  define ARGCLINIC_LOAD_PTR(slot) __atomic_load_n((slot), __ATOMIC_ACQUIRE)
#  define ARGCLINIC_CAS_NULL(slot, desired) \
    __extension__ ({ void *argclinic_expected_ = NULL; \
        __atomic_compare_exchange_n((void **)(slot), &argclinic_expected_, (void *)(desired), 0, \
                                    __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE); })
#elif defined(_MSC_VER)
#  include <intrin.h>
#  if defined(_M_ARM64)
#    define ARGCLINIC_LOAD_PTR(slot) ((void *)__ldar64((unsigned __int64 volatile *)(slot)))
#  else
     /* x86 and x64: a volatile load has acquire order (/volatile:ms, the default there) */
#    define ARGCLINIC_LOAD_PTR(slot) (*(void *volatile *)(slot))
#  endif
#  define ARGCLINIC_CAS_NULL(slot, desired) \
    (_InterlockedCompareExchangePointer((void *volatile *)(slot), (void *)(desired), NULL) == NULL)
#else
#  error "argclinic's runtime needs GCC, Clang or MSVC atomics for its call-site memo"
#endif

/* A call site's keyword layout: the kwnames tuple a call site passes every time (a constant of
   its code object) and the parameter each of its names resolved to. Entries are immutable once
   published and live as long as the process, with their reference to the tuple: that reference
   is what makes a pointer comparison enough (no other live object can have the tuple's address,
   in any interpreter). */
typedef struct argclinic_memo {
    PyObject *kwnames;
    signed char kwindex[64];    /* per name of kwnames: keyword index, or -1 */
} argclinic_memo;

/* call sites remembered per function; later ones are matched by name each time */
#define ARGCLINIC_MEMO_SLOTS 8
/* kwnames tuples longer than this are never remembered */
#define ARGCLINIC_MEMO_MAXKW 64

/* Keyword name objects remembered per function (the first ones by index). f(**d) passes a new
   kwnames tuple per call, which the call-site memo cannot hold, but its names are the dict's
   keys: the same str objects every call (constants, interned). Like a memo entry, a slot holds
   its reference for the life of the process, so a pointer hit is that very name, in every
   interpreter. */
#define ARGCLINIC_KEYOBJ_SLOTS 8

/* One function's keyword names, as CPython's clinic lists them: NULL-terminated, "" for each
   positional-only parameter, *args left out. The generator writes everything but the memo. */
typedef struct argclinic_parser {
    const char *fname;          /* Python-visible name used in messages */
    const char *const *keywords;
    int posonly;                /* leading positional-only parameters */
    int nkeywords;              /* entries of keywords (parameters other than *args) */
    argclinic_memo *memo[ARGCLINIC_MEMO_SLOTS]; /* filled in order, each once */
    PyObject *keyobj[ARGCLINIC_KEYOBJ_SLOTS];  /* per keyword index: a name object, set once */
} argclinic_parser;

/* Name of an object's type as CPython's messages print it (tp_name). Under the limited API the
   type's __name__ stands in for it (they differ only for types of C extension modules). */
#if defined(Py_LIMITED_API)
static inline int
argclinic_type_name(PyObject *type, char *out, size_t size)
{
    /* PyType_GetName from 3.11 on; before, __name__ read with the interned key. A new key
       string per call (PyObject_GetAttrString) is kept by the type-attribute cache, which
       compares keys by identity: up to one reference per call, until the cache is cleared. */
    PyObject *name;
    const char *s;
#if Py_LIMITED_API + 0 >= 0x030B0000
    name = PyType_GetName((PyTypeObject *)type);
#else
    {
        PyObject *key = PyUnicode_InternFromString("__name__");
        name = key == NULL ? NULL : PyObject_GetAttr(type, key);
        Py_XDECREF(key);
    }
#endif
    if (name == NULL) {
        return -1;
    }
    s = PyUnicode_AsUTF8AndSize(name, NULL);
    if (s == NULL) {
        Py_DECREF(name);
        return -1;
    }
    snprintf(out, size, "%s", s);
    Py_DECREF(name);
    return 0;
}
#else
static inline int
argclinic_type_name(PyObject *type, char *out, size_t size)
{
    snprintf(out, size, "%s", ((PyTypeObject *)type)->tp_name);
    return 0;
}
#endif

/* "f() argument 'x' must be str, not int" */
static inline void
argclinic_bad_argument(const char *fname, const char *displayname,
                       const char *expected, PyObject *arg)
{
    char tname[256];
    /* A failed conversion may have left its own exception (PyObject_GetBuffer does); this
       message replaces it, as PyErr_Format would, and reading the type's name must not run with
       an exception pending (debug builds assert it). */
    PyErr_Clear();
    if (arg == Py_None) {
        snprintf(tname, sizeof(tname), "None");
    }
    else if (argclinic_type_name((PyObject *)Py_TYPE(arg), tname, sizeof(tname)) < 0) {
        return;
    }
    PyErr_Format(PyExc_TypeError, "%.200s() %.200s must be %.50s, not %.50s",
                 fname, displayname, expected, tname);
}

/* Same, with the expected type given as a type object (subclass_of). */
static inline void
argclinic_bad_argument_type(const char *fname, const char *displayname,
                            PyTypeObject *expected, PyObject *arg)
{
    char ename[256];
    PyErr_Clear();              /* see argclinic_bad_argument */
    if (argclinic_type_name((PyObject *)expected, ename, sizeof(ename)) < 0) {
        return;
    }
    argclinic_bad_argument(fname, displayname, ename, arg);
}

/* "f expected at least 1 argument, got 0"; 1 if nargs is within [min, max]. */
static inline int
argclinic_check_positional(const char *fname, Py_ssize_t nargs,
                           Py_ssize_t min, Py_ssize_t max)
{
    if (nargs < min) {
        PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd",
                     fname, (min == max ? "" : "at least "), min,
                     min == 1 ? "" : "s", nargs);
        return 0;
    }
    if (nargs > max) {
        PyErr_Format(PyExc_TypeError, "%.200s expected %s%zd argument%s, got %zd",
                     fname, (min == max ? "" : "at most "), max,
                     max == 1 ? "" : "s", nargs);
        return 0;
    }
    return 1;
}

/* "f() takes no keyword arguments" for METH_VARARGS|METH_KEYWORDS entry points. */
static inline int
argclinic_no_keywords(const char *fname, PyObject *kwargs)
{
    if (kwargs == NULL || PyDict_Size(kwargs) == 0) {
        return 1;
    }
    PyErr_Format(PyExc_TypeError, "%.200s() takes no keyword arguments", fname);
    return 0;
}

/* "f() takes no positional arguments" for METH_VARARGS|METH_KEYWORDS entry points. */
static inline int
argclinic_no_positional(const char *fname, PyObject *args)
{
    if (args == NULL || ARGCLINIC_TUPLE_SIZE(args) == 0) {
        return 1;
    }
    PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", fname);
    return 0;
}

/* Weighted edit distance used for "Did you mean" suggestions: moves cost 2, a case flip 1. */
static inline Py_ssize_t
argclinic_edit_cost(const char *a, size_t na, const char *b, size_t nb, size_t limit)
{
    size_t row[40];
    size_t i, j, result = 0;
    while (na && nb && a[0] == b[0]) {
        a++; b++; na--; nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1]) {
        na--; nb--;
    }
    if (na == 0 || nb == 0) {
        return (Py_ssize_t)((na + nb) * 2);
    }
    if (na > 40 || nb > 40) {
        return (Py_ssize_t)limit + 1;
    }
    if (nb < na) {
        const char *t = a; size_t tn = na;
        a = b; na = nb; b = t; nb = tn;
    }
    if ((nb - na) * 2 > limit) {
        return (Py_ssize_t)limit + 1;
    }
    for (i = 0; i < na; i++) {
        row[i] = (i + 1) * 2;
    }
    for (j = 0; j < nb; j++) {
        size_t diag = j * 2, best = (size_t)-1;
        result = j * 2;
        for (i = 0; i < na; i++) {
            char x = b[j], y = a[i];
            size_t sub;
            if ((x & 31) != (y & 31)) {
                sub = 2;
            }
            else if (x == y) {
                sub = 0;
            }
            else {
                char lx = (x >= 'A' && x <= 'Z') ? (char)(x + 32) : x;
                char ly = (y >= 'A' && y <= 'Z') ? (char)(y + 32) : y;
                sub = (lx == ly) ? 1 : 2;
            }
            sub += diag;
            diag = row[i];
            result = (result < diag ? result : diag) + 2;
            if (sub < result) {
                result = sub;
            }
            row[i] = result;
            if (result < best) {
                best = result;
            }
        }
        if (best > limit) {
            return (Py_ssize_t)limit + 1;
        }
    }
    return (Py_ssize_t)result;
}

/* Index of the keyword closest to key ("Did you mean"), or -1. */
static inline int
argclinic_suggest(const argclinic_parser *p, PyObject *key)
{
    Py_ssize_t klen, best_cost = PY_SSIZE_T_MAX;
    int k, best = -1;
    const char *ks = PyUnicode_AsUTF8AndSize(key, &klen);
    if (ks == NULL) {
        PyErr_Clear();
        return -1;
    }
    for (k = p->posonly; k < p->nkeywords; k++) {
        const char *name = p->keywords[k];
        Py_ssize_t nlen = (Py_ssize_t)strlen(name), limit, cost;
        if (nlen == klen && memcmp(name, ks, (size_t)klen) == 0) {
            continue;
        }
        limit = (klen + nlen + 3) * 2 / 6;
        if (limit > best_cost - 1) {
            limit = best_cost - 1;
        }
        cost = argclinic_edit_cost(ks, (size_t)klen, name, (size_t)nlen, (size_t)limit);
        if (cost > limit) {
            continue;
        }
        if (best < 0 || cost < best_cost) {
            best = k;
            best_cost = cost;
        }
    }
    return best;
}

/* The UTF-8 bytes of a keyword name, or NULL (no exception set) when it is not a str or has no
   UTF-8 form (lone surrogates: such a name matches no parameter). */
static inline const char *
argclinic_key_utf8(PyObject *key, Py_ssize_t *len)
{
    const char *s;
#if !defined(Py_LIMITED_API)
    if (!PyUnicode_Check(key)) {
        return NULL;
    }
    if (PyUnicode_IS_COMPACT_ASCII(key)) {
        *len = PyUnicode_GET_LENGTH(key);
        return (const char *)PyUnicode_DATA(key);
    }
#endif
    /* under the limited API this also does the type check (TypeError, cleared below) */
    s = PyUnicode_AsUTF8AndSize(key, len);
    if (s == NULL) {
        PyErr_Clear();
    }
    return s;
}

/* Whether the C string name is the n bytes at s (s is NUL-terminated, as every str's UTF-8 form
   is, but may hold NULs of its own). */
static inline int
argclinic_name_is(const char *name, const char *s, Py_ssize_t n)
{
    Py_ssize_t i;
    for (i = 0; name[i] == s[i]; i++) {
        if (name[i] == '\0') {
            return i == n;
        }
    }
    return 0;
}

/* Keyword index whose name is the n bytes at s, or -1 (unknown or positional-only). The search
   starts at index `from` (callers pass the index after the previous match: keywords usually come
   in parameter order, so the first comparison hits) and wraps around. */
static inline int
argclinic_find_keyword(const argclinic_parser *p, const char *s, Py_ssize_t n, int from)
{
    int k;
    if (s == NULL) {
        return -1;
    }
    if (from < p->posonly) {
        from = p->posonly;
    }
    for (k = from; k < p->nkeywords; k++) {
        if (argclinic_name_is(p->keywords[k], s, n)) {
            return k;
        }
    }
    for (k = p->posonly; k < from && k < p->nkeywords; k++) {
        if (argclinic_name_is(p->keywords[k], s, n)) {
            return k;
        }
    }
    return -1;
}

/* The same for a name object. */
static inline int
argclinic_find_keyword_object(const argclinic_parser *p, PyObject *key, int from)
{
    Py_ssize_t n = 0;
    const char *s = argclinic_key_utf8(key, &n);
    return argclinic_find_keyword(p, s, n, from);
}

/* Keyword index of the name object key when it is the one remembered at index k, else -1. */
static inline int
argclinic_keyobj_is(argclinic_parser *p, PyObject *key, int k)
{
    if (k < p->posonly || k >= p->nkeywords || k >= ARGCLINIC_KEYOBJ_SLOTS) {
        return -1;
    }
    return ARGCLINIC_LOAD_PTR(&p->keyobj[k]) == (void *)key ? k : -1;
}

/* Remembers key as the name of keyword index k: an exact str held elsewhere too (a constant or
   an interned name, not a one-off), in the main interpreter only (see argclinic_memo_add). */
static inline void
argclinic_keyobj_add(argclinic_parser *p, PyObject *key, int k)
{
    if (k >= ARGCLINIC_KEYOBJ_SLOTS || ARGCLINIC_LOAD_PTR(&p->keyobj[k]) != NULL
        || !PyUnicode_CheckExact(key) || Py_REFCNT(key) < 2
        || PyInterpreterState_GetID(PyInterpreterState_Get()) != 0) {
        return;
    }
    Py_INCREF(key);
    if (!ARGCLINIC_CAS_NULL(&p->keyobj[k], key)) {
        Py_DECREF(key);         /* another thread remembered a name first */
    }
}

/* The memo entry of this kwnames tuple, or NULL. Slots fill in order, so the first empty one
   ends the search. */
static inline const argclinic_memo *
argclinic_memo_find(argclinic_parser *p, PyObject *kwnames)
{
    int i;
    for (i = 0; i < ARGCLINIC_MEMO_SLOTS; i++) {
        argclinic_memo *m = (argclinic_memo *)ARGCLINIC_LOAD_PTR(&p->memo[i]);
        if (m == NULL) {
            return NULL;
        }
        if (m->kwnames == kwnames) {
            return m;
        }
    }
    return NULL;
}

/* Remembers how kwnames resolved, when it is worth it and safe: a free slot is left, the tuple
   is held by someone besides this call (f(**d) builds a new tuple with one reference per call),
   and this is the main interpreter, which outlives every call (a subinterpreter's tuple would be
   freed with it, and its address could then be reused). Failing to remember costs only speed. */
static inline void
argclinic_memo_add(argclinic_parser *p, PyObject *kwnames, const signed char *kwindex,
                   Py_ssize_t nkw)
{
    argclinic_memo *m;
    int i;
    if (ARGCLINIC_LOAD_PTR(&p->memo[ARGCLINIC_MEMO_SLOTS - 1]) != NULL
        || nkw > ARGCLINIC_MEMO_MAXKW || Py_REFCNT(kwnames) < 2
        || PyInterpreterState_GetID(PyInterpreterState_Get()) != 0) {
        return;
    }
    /* C's allocator: the entry belongs to the process, not to an interpreter */
    m = (argclinic_memo *)malloc(sizeof(argclinic_memo));
    if (m == NULL) {
        return;
    }
    m->kwnames = kwnames;
    memcpy(m->kwindex, kwindex, (size_t)nkw);
    Py_INCREF(kwnames);
    for (i = 0; i < ARGCLINIC_MEMO_SLOTS; i++) {
        if (ARGCLINIC_CAS_NULL(&p->memo[i], m)) {
            return;
        }
        if (((argclinic_memo *)ARGCLINIC_LOAD_PTR(&p->memo[i]))->kwnames == kwnames) {
            break;              /* another thread remembered the same call site */
        }
    }
    Py_DECREF(kwnames);
    free(m);
}

/* Error for keywords left over after matching: the first one, in call order, that names no
   parameter. */
static inline void
argclinic_unexpected_keyword(const argclinic_parser *p, PyObject *kwargs, PyObject *kwnames)
{
    Py_ssize_t pos = 0, nkw = kwnames != NULL ? ARGCLINIC_TUPLE_SIZE(kwnames) : 0;
    PyObject *key, *value;
    for (;;) {
        int hint;
        if (kwargs != NULL) {
            if (!PyDict_Next(kwargs, &pos, &key, &value)) {
                break;
            }
        }
        else {
            if (pos >= nkw) {
                break;
            }
            key = ARGCLINIC_TUPLE_ITEM(kwnames, pos);
            pos++;
        }
        if (!PyUnicode_Check(key)) {
            PyErr_SetString(PyExc_TypeError, "keywords must be strings");
            return;
        }
        if (argclinic_find_keyword_object(p, key, p->posonly) >= 0) {
            continue;
        }
        hint = argclinic_suggest(p, key);
        if (hint >= 0) {
            PyErr_Format(PyExc_TypeError,
                         "%.200s() got an unexpected keyword argument '%S'. Did you mean '%s'?",
                         p->fname, key, p->keywords[hint]);
        }
        else {
            PyErr_Format(PyExc_TypeError,
                         "%.200s() got an unexpected keyword argument '%S'", p->fname, key);
        }
        return;
    }
    PyErr_Format(PyExc_TypeError, "invalid keyword argument for %.200s()", p->fname);
}

/* The general path of ARGCLINIC_UNPACK_KEYWORDS, and the whole of it for *args (vararg >= 0:
   the parameter index of *args). Fills buf (one slot per parameter, NULL where absent; the
   *args slot holds a new reference the caller releases) from positional arguments and keywords
   (kwnames after args, or a kwargs dict), reporting the errors CPython 3.13 reports, in its
   order. Returns buf, or NULL with an exception set. */
static inline PyObject *const *
argclinic_unpack_keywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwargs,
                          PyObject *kwnames, argclinic_parser *p, int minpos, int maxpos,
                          int minkw, int vararg, PyObject **buf)
{
    Py_ssize_t nkw = 0, i, left;
    int k, maxargs, nslots, posonly, minposonly, reqlimit, dup = -1;
    PyObject *const *kwstack = NULL;
    const argclinic_memo *memo;

    posonly = p->posonly;
    maxargs = p->nkeywords;
    nslots = maxargs + (vararg >= 0 ? 1 : 0);
    minposonly = posonly < minpos ? posonly : minpos;
    reqlimit = minkw ? maxpos + minkw : minpos;
    if (kwargs != NULL) {
        nkw = PyDict_Size(kwargs);
    }
    else if (kwnames != NULL) {
        nkw = ARGCLINIC_TUPLE_SIZE(kwnames);
        kwstack = args + nargs;
    }
    if (vararg < 0) {
        if (nargs + nkw > maxargs) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes at most %d %sargument%s (%zd given)",
                         p->fname, maxargs, nargs == 0 ? "keyword " : "",
                         maxargs == 1 ? "" : "s", nargs + nkw);
            return NULL;
        }
        if (nargs > maxpos) {
            if (maxpos == 0) {
                PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments",
                             p->fname);
            }
            else {
                PyErr_Format(PyExc_TypeError,
                             "%.200s() takes %s %d positional argument%s (%zd given)",
                             p->fname, minpos < maxpos ? "at most" : "exactly",
                             maxpos, maxpos == 1 ? "" : "s", nargs);
            }
            return NULL;
        }
    }
    if (nargs < minposonly) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes %s %d positional argument%s (%zd given)",
                     p->fname, minposonly < maxpos ? "at least" : "exactly",
                     minposonly, minposonly == 1 ? "" : "s", nargs);
        return NULL;
    }
    for (k = 0; k < nslots; k++) {
        buf[k] = NULL;
    }
    if (vararg >= 0) {
        Py_ssize_t n = nargs > vararg ? nargs - vararg : 0;
        PyObject *tuple = PyTuple_New(n);
        if (tuple == NULL) {
            return NULL;
        }
        for (i = 0; i < n; i++) {
            PyObject *item = args[vararg + i];
            Py_INCREF(item);
            if (PyTuple_SetItem(tuple, i, item) < 0) {
                Py_DECREF(tuple);
                return NULL;
            }
        }
        buf[vararg] = tuple;
    }
    for (i = 0; i < nargs && (vararg < 0 || i < vararg); i++) {
        buf[i] = args[i];
    }
    /* Match keywords to parameters; one naming a parameter already given by position is left
       over. */
    left = nkw;
    memo = nkw > 0 && kwargs == NULL ? argclinic_memo_find(p, kwnames) : NULL;
    if (memo != NULL) {
        /* the same call site again: its names were resolved before */
        for (i = 0; i < nkw; i++) {
            k = memo->kwindex[i];
            if (k < 0) {
                continue;
            }
            if (k < nargs && (vararg < 0 || k < vararg)) {
                if (dup < 0 || k < dup) {
                    dup = k;
                }
                continue;
            }
            buf[(vararg >= 0 && k >= vararg) ? k + 1 : k] = kwstack[i];
            left--;
        }
    }
    else if (nkw > 0 && kwargs == NULL) {
        signed char kwindex[ARGCLINIC_MEMO_MAXKW];
        int from = (int)nargs;
        for (i = 0; i < nkw; i++) {
            PyObject *key = ARGCLINIC_TUPLE_ITEM(kwnames, i);
            k = argclinic_keyobj_is(p, key, from);
            if (k < 0) {
                k = argclinic_find_keyword_object(p, key, from);
                if (k >= 0) {
                    argclinic_keyobj_add(p, key, k);
                }
            }
            if (i < ARGCLINIC_MEMO_MAXKW) {
                kwindex[i] = (signed char)k;
            }
            if (k < 0) {
                continue;
            }
            from = k + 1;
            if (k < nargs && (vararg < 0 || k < vararg)) {
                if (dup < 0 || k < dup) {
                    dup = k;
                }
                continue;
            }
            buf[(vararg >= 0 && k >= vararg) ? k + 1 : k] = kwstack[i];
            left--;
        }
        if (p->nkeywords <= 127) {
            argclinic_memo_add(p, kwnames, kwindex, nkw);
        }
    }
    else if (nkw > 0) {
        Py_ssize_t pos = 0;
        int from = (int)nargs;
        PyObject *key, *value;
        while (PyDict_Next(kwargs, &pos, &key, &value)) {
            k = argclinic_find_keyword_object(p, key, from);
            if (k < 0) {
                continue;
            }
            from = k + 1;
            if (k < nargs && (vararg < 0 || k < vararg)) {
                if (dup < 0 || k < dup) {
                    dup = k;
                }
                continue;
            }
            buf[(vararg >= 0 && k >= vararg) ? k + 1 : k] = value;
            left--;
        }
    }
    /* Missing required arguments, in parameter order. */
    k = (int)(nargs < maxpos ? nargs : maxpos);
    for (k = k > posonly ? k : posonly; k < maxargs; k++) {
        if (buf[(vararg >= 0 && k >= vararg) ? k + 1 : k] == NULL
            && (k < minpos || (maxpos <= k && k < reqlimit))) {
            PyErr_Format(PyExc_TypeError, "%.200s() missing required argument '%s' (pos %d)",
                         p->fname, p->keywords[k], k + 1);
            goto fail;
        }
    }
    if (left > 0) {
        if (dup >= 0 && vararg < 0) {
            PyErr_Format(PyExc_TypeError,
                         "argument for %.200s() given by name ('%s') and position (%d)",
                         p->fname, p->keywords[dup], dup + 1);
            goto fail;
        }
        argclinic_unexpected_keyword(p, kwargs, kwnames);
        goto fail;
    }
    return buf;

fail:
    if (vararg >= 0) {
        Py_CLEAR(buf[vararg]);
    }
    return NULL;
}

/* The same for tp_new / tp_init, whose positional arguments come as a tuple. */
static inline PyObject *const *
argclinic_unpack_tuple(PyObject *args, PyObject *kwargs, argclinic_parser *p, int minpos,
                       int maxpos, int minkw, int vararg, PyObject **buf)
{
    Py_ssize_t nargs = ARGCLINIC_TUPLE_SIZE(args);
#if defined(Py_LIMITED_API)
    /* no access to the tuple's item array: copy the items (only the count matters when there
       are more than the function takes, and *args needs them all) */
    PyObject *small[16];
    PyObject **items = small;
    PyObject *const *result;
    Py_ssize_t i, n = nargs;
    if (vararg < 0 && n > maxpos) {
        n = 0;
    }
    if (n > 16) {
        items = (PyObject **)PyMem_Malloc(sizeof(PyObject *) * (size_t)n);
        if (items == NULL) {
            PyErr_NoMemory();
            return NULL;
        }
    }
    for (i = 0; i < n; i++) {
        items[i] = PyTuple_GetItem(args, i);
    }
    result = argclinic_unpack_keywords(items, nargs, kwargs, NULL, p, minpos, maxpos, minkw,
                                       vararg, buf);
    if (items != small) {
        PyMem_Free(items);
    }
    return result;
#else
    PyObject *const *items = PySequence_Fast_ITEMS(args);
    if (vararg < 0) {
        return ARGCLINIC_UNPACK_KEYWORDS(items, nargs, kwargs, NULL, p, minpos, maxpos, minkw,
                                         buf);
    }
    return argclinic_unpack_keywords(items, nargs, kwargs, NULL, p, minpos, maxpos, minkw,
                                     vararg, buf);
#endif
}

/* A new tuple of n items from an argument array (*args of positional-only functions). */
static inline PyObject *
argclinic_tuple_from_array(PyObject *const *items, Py_ssize_t n)
{
    Py_ssize_t i;
    PyObject *tuple = PyTuple_New(n > 0 ? n : 0);
    if (tuple == NULL) {
        return NULL;
    }
    for (i = 0; i < n; i++) {
        Py_INCREF(items[i]);
        if (PyTuple_SetItem(tuple, i, items[i]) < 0) {
            Py_DECREF(tuple);
            return NULL;
        }
    }
    return tuple;
}

/* Positional-only METH_FASTCALL arguments parsed by getargs where CPython's clinic uses the
   private array form of getargs: the public PyArg_VaParse over a tuple of them gives the same
   messages ("f() takes exactly 2 arguments (1 given)", "f() argument 2 must be ..."). The
   tuple holds references to the caller's objects only, so what the format units return stays
   valid after it is released. */
static inline int
argclinic_parse_stack(PyObject *const *args, Py_ssize_t nargs, const char *format, ...)
{
    int ok;
    va_list va;
    PyObject *tuple = argclinic_tuple_from_array(args, nargs);
    if (tuple == NULL) {
        return 0;
    }
    va_start(va, format);
    ok = PyArg_VaParse(tuple, format, va);
    va_end(va);
    Py_DECREF(tuple);
    return ok;
}

/* Keyword-capable METH_FASTCALL arguments (METH_METHOD functions) parsed by getargs where
   CPython's clinic uses its private array form: the public PyArg_VaParseTupleAndKeywords over a
   tuple and a dict of them. */
static inline int
argclinic_parse_stack_and_keywords(PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames,
                                   const char *format, char **keywords, ...)
{
    int ok = 0;
    va_list va;
    Py_ssize_t i;
    PyObject *kwargs = NULL;
    PyObject *tuple = argclinic_tuple_from_array(args, nargs);
    if (tuple == NULL) {
        return 0;
    }
    if (kwnames != NULL && ARGCLINIC_TUPLE_SIZE(kwnames) > 0) {
        kwargs = PyDict_New();
        if (kwargs == NULL) {
            goto done;
        }
        for (i = 0; i < ARGCLINIC_TUPLE_SIZE(kwnames); i++) {
            if (PyDict_SetItem(kwargs, ARGCLINIC_TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0) {
                goto done;
            }
        }
    }
    va_start(va, keywords);
    ok = PyArg_VaParseTupleAndKeywords(tuple, kwargs, format, keywords, va);
    va_end(va);
done:
    Py_XDECREF(kwargs);
    Py_DECREF(tuple);
    return ok;
}

/* Before PyArg_ParseTupleAndKeywords of a function with keyword-only parameters: the checks
   CPython's array form of getargs makes before converting anything (too many arguments, too
   many positional arguments), with its messages; the tuple form would convert the positional
   arguments first. */
static inline int
argclinic_getargs_positional_max(const char *fname, Py_ssize_t nargs, Py_ssize_t nkwargs,
                                 int total, int maxpos, int optional_positional)
{
    if (nargs + nkwargs > total) {
        PyErr_Format(PyExc_TypeError, "%.200s() takes at most %d %sargument%s (%zd given)",
                     fname, total, nargs == 0 ? "keyword " : "", total == 1 ? "" : "s",
                     nargs + nkwargs);
        return 0;
    }
    if (nargs > maxpos) {
        if (maxpos == 0) {
            PyErr_Format(PyExc_TypeError, "%.200s() takes no positional arguments", fname);
        }
        else {
            PyErr_Format(PyExc_TypeError,
                         "%.200s() takes %s %d positional argument%s (%zd given)", fname,
                         optional_positional ? "at most" : "exactly", maxpos,
                         maxpos == 1 ? "" : "s", nargs);
        }
        return 0;
    }
    return 1;
}

/* The positional count check of a function CPython's clinic parses with getargs, with getargs'
   message ("f() takes exactly 2 arguments (1 given)"). */
static inline int
argclinic_getargs_arity(const char *fname, Py_ssize_t nargs, Py_ssize_t min, Py_ssize_t max)
{
    Py_ssize_t n;
    if (min <= nargs && nargs <= max) {
        return 1;
    }
    n = nargs < min ? min : max;
    PyErr_Format(PyExc_TypeError, "%.150s() takes %s %zd argument%s (%zd given)", fname,
                 min == max ? "exactly" : nargs < min ? "at least" : "at most", n,
                 n == 1 ? "" : "s", nargs);
    return 0;
}

/* ---- converters: 1 on success, 0 with an exception set ---- */

/* int: CPython's PyLong_AsInt, whose message names C int for any value outside it (values
   outside C long included). */
static inline int
argclinic_int(PyObject *arg, int *out)
{
    int overflow;
    long v = PyLong_AsLongAndOverflow(arg, &overflow);
    if (overflow || v > INT_MAX || v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
        return 0;
    }
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    *out = (int)v;
    return 1;
}

/* An int with getargs' messages ("i"), where CPython's clinic parses with getargs. */
static inline int
argclinic_int_getargs(PyObject *arg, int *out)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    if (v > INT_MAX) {
        PyErr_SetString(PyExc_OverflowError, "signed integer is greater than maximum");
        return 0;
    }
    if (v < INT_MIN) {
        PyErr_SetString(PyExc_OverflowError, "signed integer is less than minimum");
        return 0;
    }
    *out = (int)v;
    return 1;
}

static inline int
argclinic_long(PyObject *arg, long *out)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_long_long(PyObject *arg, long long *out)
{
    long long v = PyLong_AsLongLong(arg);
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_bool(PyObject *arg, int *out)
{
    int v = PyObject_IsTrue(arg);
    if (v < 0) {
        return 0;
    }
    *out = v;
    return 1;
}

/* signed long in [min, max], else OverflowError "<what> is less than minimum" / "greater than
   maximum" (the messages of the b and h format units). */
static inline int
argclinic_long_range(PyObject *arg, long min, long max, const char *what, long *out)
{
    long v = PyLong_AsLong(arg);
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    if (v < min) {
        PyErr_Format(PyExc_OverflowError, "%s is less than minimum", what);
        return 0;
    }
    if (v > max) {
        PyErr_Format(PyExc_OverflowError, "%s is greater than maximum", what);
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_unsigned_char(PyObject *arg, unsigned char *out)
{
    long v;
    if (!argclinic_long_range(arg, 0, UCHAR_MAX, "unsigned byte integer", &v)) {
        return 0;
    }
    *out = (unsigned char)v;
    return 1;
}

static inline int
argclinic_short(PyObject *arg, short *out)
{
    long v;
    if (!argclinic_long_range(arg, SHRT_MIN, SHRT_MAX, "signed short integer", &v)) {
        return 0;
    }
    *out = (short)v;
    return 1;
}

/* Bitwise (mask) conversions: B, H, I, k, K. */
static inline int
argclinic_mask(PyObject *arg, unsigned long *out)
{
    unsigned long v = PyLong_AsUnsignedLongMask(arg);
    if (v == (unsigned long)-1 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

/* The unsigned converters refuse a negative int first, ValueError "value must be positive",
   reading the int's value (PyLong_AsLongAndOverflow never calls back into a subclass, and cannot
   fail on an int); anything else goes on to the unsigned conversion, as in CPython. 1 when the
   error is set. */
static inline int
argclinic_refuse_negative(PyObject *arg)
{
    int overflow;
    long v;
    if (!PyLong_Check(arg)) {
        return 0;
    }
    v = PyLong_AsLongAndOverflow(arg, &overflow);
    if (overflow < 0 || (overflow == 0 && v < 0)) {
        PyErr_SetString(PyExc_ValueError, "value must be positive");
        return 1;
    }
    return 0;
}

/* unsigned long no larger than max (unsigned short, unsigned int, unsigned long). */
static inline int
argclinic_unsigned_long_max(PyObject *arg, unsigned long max, const char *ctype,
                            unsigned long *out)
{
    unsigned long v;
    if (argclinic_refuse_negative(arg)) {
        return 0;
    }
    v = PyLong_AsUnsignedLong(arg);
    if (v == (unsigned long)-1 && PyErr_Occurred()) {
        return 0;
    }
    if (v > max) {
        PyErr_Format(PyExc_OverflowError, "Python int too large for C %s", ctype);
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_unsigned_long_long(PyObject *arg, unsigned long long *out)
{
    unsigned long long v;
    if (argclinic_refuse_negative(arg)) {
        return 0;
    }
    v = PyLong_AsUnsignedLongLong(arg);
    if (v == (unsigned long long)-1 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_size_t(PyObject *arg, size_t *out)
{
    size_t v;
    if (argclinic_refuse_negative(arg)) {
        return 0;
    }
    v = PyLong_AsSize_t(arg);
    if (v == (size_t)-1 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_ssize_t(PyObject *arg, Py_ssize_t *out)
{
    Py_ssize_t v = -1;
    PyObject *index = PyNumber_Index(arg);
    if (index != NULL) {
        v = PyLong_AsSsize_t(index);
        Py_DECREF(index);
    }
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

/* Py_ssize_t(accept={int, NoneType}): None leaves *out unchanged. */
static inline int
argclinic_ssize_t_optional(PyObject *arg, Py_ssize_t *out)
{
    char tname[256];
    /* A failed conversion may have left its own exception (PyObject_GetBuffer does); this
       message replaces it, as PyErr_Format would, and reading the type's name must not run with
       an exception pending (debug builds assert it). */
    PyErr_Clear();
    if (arg == Py_None) {
        return 1;
    }
    if (PyIndex_Check(arg)) {
        Py_ssize_t v = PyNumber_AsSsize_t(arg, PyExc_OverflowError);
        if (v == -1 && PyErr_Occurred()) {
            return 0;
        }
        *out = v;
        return 1;
    }
    if (argclinic_type_name((PyObject *)Py_TYPE(arg), tname, sizeof(tname)) == 0) {
        PyErr_Format(PyExc_TypeError, "argument should be integer or None, not '%.200s'",
                     tname);
    }
    return 0;
}

/* slice_index: clamps; accept_none says whether None leaves *out unchanged. */
static inline int
argclinic_slice_index(PyObject *arg, int accept_none, Py_ssize_t *out)
{
    if (accept_none && arg == Py_None) {
        return 1;
    }
    if (PyIndex_Check(arg)) {
        Py_ssize_t v = PyNumber_AsSsize_t(arg, NULL);
        if (v == -1 && PyErr_Occurred()) {
            return 0;
        }
        *out = v;
        return 1;
    }
    PyErr_SetString(PyExc_TypeError, accept_none
                    ? "slice indices must be integers or None or have an __index__ method"
                    : "slice indices must be integers or have an __index__ method");
    return 0;
}

static inline int
argclinic_double(PyObject *arg, double *out)
{
    double v;
#if !defined(Py_LIMITED_API)
    if (PyFloat_CheckExact(arg)) {
        *out = PyFloat_AS_DOUBLE(arg);
        return 1;
    }
#endif
    v = PyFloat_AsDouble(arg);
    if (v == -1.0 && PyErr_Occurred()) {
        return 0;
    }
    *out = v;
    return 1;
}

static inline int
argclinic_float(PyObject *arg, float *out)
{
    double v;
    if (!argclinic_double(arg, &v)) {
        return 0;
    }
    *out = (float)v;
    return 1;
}

static inline int
argclinic_char(const char *fname, const char *displayname, PyObject *arg, char *out)
{
    if (PyBytes_Check(arg) && PyBytes_Size(arg) == 1) {
        *out = PyBytes_AsString(arg)[0];
        return 1;
    }
    if (PyByteArray_Check(arg) && PyByteArray_Size(arg) == 1) {
        *out = PyByteArray_AsString(arg)[0];
        return 1;
    }
    argclinic_bad_argument(fname, displayname, "a byte string of length 1", arg);
    return 0;
}

/* int(accept={str}): one unicode character. */
static inline int
argclinic_unicode_char(const char *fname, const char *displayname, PyObject *arg, int *out)
{
    if (!PyUnicode_Check(arg) || PyUnicode_GetLength(arg) != 1) {
        argclinic_bad_argument(fname, displayname, "a unicode character", arg);
        return 0;
    }
    *out = (int)PyUnicode_ReadChar(arg, 0);
    return 1;
}

/* str: UTF-8 without embedded NUL; accept_none maps None to NULL. */
static inline int
argclinic_str(const char *fname, const char *displayname, PyObject *arg, int accept_none,
              const char **out)
{
    Py_ssize_t len;
    const char *s;
    if (accept_none && arg == Py_None) {
        *out = NULL;
        return 1;
    }
    if (!PyUnicode_Check(arg)) {
        argclinic_bad_argument(fname, displayname, accept_none ? "str or None" : "str", arg);
        return 0;
    }
    s = PyUnicode_AsUTF8AndSize(arg, &len);
    if (s == NULL) {
        return 0;
    }
    if (strlen(s) != (size_t)len) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        return 0;
    }
    *out = s;
    return 1;
}

/* Exact-type checks that keep the object (unicode, bytes, bytearray, subclass_of). */
static inline int
argclinic_check(const char *fname, const char *displayname, PyObject *arg, int ok,
                const char *expected)
{
    if (!ok) {
        argclinic_bad_argument(fname, displayname, expected, arg);
        return 0;
    }
    return 1;
}

/* Py_ssize_t(allow_negative=False) (CPython 3.15): the message names the C parameter. */
static inline int
argclinic_ssize_t_non_negative(PyObject *arg, const char *paramname, Py_ssize_t *out)
{
    Py_ssize_t v;
    if (!argclinic_ssize_t(arg, &v)) {
        return 0;
    }
    if (v < 0) {
        PyErr_Format(PyExc_ValueError, "%s cannot be negative", paramname);
        return 0;
    }
    *out = v;
    return 1;
}

/* Py_ssize_t(accept={int, NoneType}, allow_negative=False): None still leaves *out as it is,
   even when the default is negative. */
static inline int
argclinic_ssize_t_optional_non_negative(PyObject *arg, Py_ssize_t *out)
{
    Py_ssize_t v = 0;
    if (!argclinic_ssize_t_optional(arg, &v)) {
        return 0;
    }
    if (arg == Py_None) {
        return 1;
    }
    if (v < 0) {
        PyErr_SetString(PyExc_ValueError, "argument cannot be negative");
        return 0;
    }
    *out = v;
    return 1;
}

/* uint8..uint64 (CPython 3.15) behave as PyLong_AsNativeBytes with ALLOW_INDEX and
   REJECT_NEGATIVE, which older versions lack: __index__ first (its TypeError), then ValueError
   for a negative int, then OverflowError naming the C type. */
static inline int
argclinic_uint_fixed(PyObject *arg, unsigned long long max, const char *ctype,
                     unsigned long long *out)
{
    int overflow;
    long long sv;
    unsigned long long v;
    PyObject *index = PyNumber_Index(arg);
    if (index == NULL) {
        return 0;
    }
    sv = PyLong_AsLongLongAndOverflow(index, &overflow);
    if (sv == -1 && PyErr_Occurred()) {
        Py_DECREF(index);
        return 0;
    }
    if (overflow < 0 || (overflow == 0 && sv < 0)) {
        Py_DECREF(index);
        PyErr_SetString(PyExc_ValueError, "Cannot convert negative int");
        return 0;
    }
    if (overflow == 0) {
        v = (unsigned long long)sv;
    }
    else {
        v = PyLong_AsUnsignedLongLong(index);
        if (v == (unsigned long long)-1 && PyErr_Occurred()) {
            /* beyond unsigned long long: too large for any of the types */
            PyErr_Clear();
            v = max;
            overflow = 2;
        }
    }
    Py_DECREF(index);
    if (overflow == 2 || v > max) {
        PyErr_Format(PyExc_OverflowError, "Python int too large for C %s", ctype);
        return 0;
    }
    *out = v;
    return 1;
}

/* O& converters standing in for CPython's private converter functions in getargs formats
   (the functions CPython's clinic parses with getargs, and optional groups). */
static inline int
argclinic_unsigned_short_converter(PyObject *arg, void *out)
{
    unsigned long v;
    if (!argclinic_unsigned_long_max(arg, USHRT_MAX, "unsigned short", &v)) {
        return 0;
    }
    *(unsigned short *)out = (unsigned short)v;
    return 1;
}

static inline int
argclinic_unsigned_int_converter(PyObject *arg, void *out)
{
    unsigned long v;
    if (!argclinic_unsigned_long_max(arg, UINT_MAX, "unsigned int", &v)) {
        return 0;
    }
    *(unsigned int *)out = (unsigned int)v;
    return 1;
}

static inline int
argclinic_unsigned_long_converter(PyObject *arg, void *out)
{
    return argclinic_unsigned_long_max(arg, ULONG_MAX, "unsigned long", (unsigned long *)out);
}

static inline int
argclinic_unsigned_long_long_converter(PyObject *arg, void *out)
{
    return argclinic_unsigned_long_long(arg, (unsigned long long *)out);
}

static inline int
argclinic_size_t_converter(PyObject *arg, void *out)
{
    return argclinic_size_t(arg, (size_t *)out);
}

static inline int
argclinic_ssize_t_optional_converter(PyObject *arg, void *out)
{
    return argclinic_ssize_t_optional(arg, (Py_ssize_t *)out);
}

static inline int
argclinic_ssize_t_optional_non_negative_converter(PyObject *arg, void *out)
{
    return argclinic_ssize_t_optional_non_negative(arg, (Py_ssize_t *)out);
}

static inline int
argclinic_uint8_converter(PyObject *arg, void *out)
{
    unsigned long long v;
    if (!argclinic_uint_fixed(arg, UINT8_MAX, "uint8_t", &v)) {
        return 0;
    }
    *(uint8_t *)out = (uint8_t)v;
    return 1;
}

static inline int
argclinic_uint16_converter(PyObject *arg, void *out)
{
    unsigned long long v;
    if (!argclinic_uint_fixed(arg, UINT16_MAX, "uint16_t", &v)) {
        return 0;
    }
    *(uint16_t *)out = (uint16_t)v;
    return 1;
}

static inline int
argclinic_uint32_converter(PyObject *arg, void *out)
{
    unsigned long long v;
    if (!argclinic_uint_fixed(arg, UINT32_MAX, "uint32_t", &v)) {
        return 0;
    }
    *(uint32_t *)out = (uint32_t)v;
    return 1;
}

static inline int
argclinic_uint64_converter(PyObject *arg, void *out)
{
    unsigned long long v;
    if (!argclinic_uint_fixed(arg, UINT64_MAX, "uint64_t", &v)) {
        return 0;
    }
    *(uint64_t *)out = (uint64_t)v;
    return 1;
}


static inline int
argclinic_slice_index_converter(PyObject *arg, void *out)
{
    return argclinic_slice_index(arg, 1, (Py_ssize_t *)out);
}

static inline int
argclinic_slice_index_not_none_converter(PyObject *arg, void *out)
{
    return argclinic_slice_index(arg, 0, (Py_ssize_t *)out);
}

static inline int
argclinic_fildes_converter(PyObject *arg, void *out)
{
    int fd = PyObject_AsFileDescriptor(arg);
    if (fd < 0) {
        return 0;
    }
    *(int *)out = fd;
    return 1;
}

/* wchar_t strings with getargs' O& message ("argument must be str, not int"), where CPython's
   clinic leaves them to getargs; accept_none maps None to NULL. */
static inline int
argclinic_wchar_getargs(PyObject *arg, int accept_none, wchar_t **out)
{
    char tname[256];
    if (accept_none && arg == Py_None) {
        *out = NULL;
        return 1;
    }
    if (PyUnicode_Check(arg)) {
        *out = PyUnicode_AsWideCharString(arg, NULL);
        return *out != NULL;
    }
    if (argclinic_type_name((PyObject *)Py_TYPE(arg), tname, sizeof(tname)) == 0) {
        PyErr_Format(PyExc_TypeError, "argument must be %s, not %.50s",
                     accept_none ? "str or None" : "str", tname);
    }
    return 0;
}

/* The same as getargs O& converters: the memory is getargs' to release (Py_CLEANUP_SUPPORTED)
   when a later argument fails, by a call with arg NULL. The inline glue calls
   argclinic_wchar_getargs instead, so that no path reads its uninitialized output. */
static inline int
argclinic_wchar_convert(PyObject *arg, void *out, int accept_none)
{
    wchar_t **p = (wchar_t **)out;
    if (arg == NULL) {
        PyMem_Free(*p);
        *p = NULL;
        return 1;
    }
    if (!argclinic_wchar_getargs(arg, accept_none, p)) {
        return 0;
    }
    return *p == NULL ? 1 : Py_CLEANUP_SUPPORTED;
}

static inline int
argclinic_wchar_converter(PyObject *arg, void *out)
{
    return argclinic_wchar_convert(arg, out, 0);
}

static inline int
argclinic_wchar_or_none_converter(PyObject *arg, void *out)
{
    return argclinic_wchar_convert(arg, out, 1);
}

/* ---- getargs' units CPython's clinic leaves to getargs, converted here without it ---- */

/* A format unit a module names by a macro (F_HANDLE, F_POINTER, ...: "k" or "K" by pointer
   size, or "i"): its letter is known only to the C compiler, which folds this switch. Each
   letter converts as getargs converts it, with its messages. */
static inline int
argclinic_unit(const char *unit, const char *fname, const char *displayname, PyObject *arg,
               void *out)
{
    unsigned long mask;
    switch (unit[0] != '\0' && unit[1] == '\0' ? unit[0] : '\0') {
    case 'i':
        return argclinic_int(arg, (int *)out);
    case 'I':
        if (!argclinic_mask(arg, &mask)) {
            return 0;
        }
        *(unsigned int *)out = (unsigned int)mask;
        return 1;
    case 'k':
    case 'K':
        if (!PyLong_Check(arg)) {
            argclinic_bad_argument(fname, displayname, "int", arg);
            return 0;
        }
        if (unit[0] == 'k') {
            *(unsigned long *)out = PyLong_AsUnsignedLongMask(arg);
        }
        else {
            *(unsigned long long *)out = PyLong_AsUnsignedLongLongMask(arg);
        }
        return 1;
    case 'l':
        return argclinic_long(arg, (long *)out);
    case 'L':
        return argclinic_long_long(arg, (long long *)out);
    case 'n':
        return argclinic_ssize_t(arg, (Py_ssize_t *)out);
    default:
        PyErr_Format(PyExc_SystemError, "%.200s(): format unit \"%.20s\" has no conversion in"
                     " argclinic's runtime", fname, unit);
        return 0;
    }
}

/* es, et, es#, et#: a copy of the encoded string in memory the glue releases (PyMem_Free) after
   the impl, on every path. es encodes str only; et also takes bytes and bytearray as they are.
   Without a length (len NULL) the encoded string must hold no NUL. */
static inline int
argclinic_encoded(const char *fname, const char *displayname, PyObject *arg,
                  const char *encoding, int recode_strings, Py_ssize_t *len, char **out)
{
    PyObject *s;
    const char *ptr;
    Py_ssize_t size;
    if (!recode_strings && (PyBytes_Check(arg) || PyByteArray_Check(arg))) {
        s = arg;
        Py_INCREF(s);
        if (PyBytes_Check(arg)) {
            size = PyBytes_Size(s);
            ptr = PyBytes_AsString(s);
        }
        else {
            size = PyByteArray_Size(s);
            ptr = PyByteArray_AsString(s);
        }
    }
    else if (PyUnicode_Check(arg)) {
        s = PyUnicode_AsEncodedString(arg, encoding != NULL ? encoding : "utf-8", NULL);
        if (s == NULL) {
            return 0;
        }
        size = PyBytes_Size(s);
        ptr = PyBytes_AsString(s);
    }
    else {
        argclinic_bad_argument(fname, displayname,
                               recode_strings ? "str" : "str, bytes or bytearray", arg);
        return 0;
    }
    if (ptr == NULL) {
        Py_DECREF(s);
        return 0;
    }
    if (len == NULL && (Py_ssize_t)strlen(ptr) != size) {
        Py_DECREF(s);
        argclinic_bad_argument(fname, displayname, "encoded string without null bytes", arg);
        return 0;
    }
    *out = (char *)PyMem_Malloc((size_t)size + 1);
    if (*out == NULL) {
        Py_DECREF(s);
        PyErr_NoMemory();
        return 0;
    }
    memcpy(*out, ptr, (size_t)size + 1);
    if (len != NULL) {
        *len = size;
    }
    Py_DECREF(s);
    return 1;
}

#if !defined(Py_LIMITED_API) || Py_LIMITED_API+0 >= 0x030b0000
/* Py_buffer: y* (any buffer), s* (str or buffer), w* (writable buffer); z* adds None. */
static inline int
argclinic_buffer(const char *fname, const char *displayname, PyObject *arg, int accept_str,
                 int writable, Py_buffer *out)
{
    if (accept_str && PyUnicode_Check(arg)) {
        Py_ssize_t len;
        const char *ptr = PyUnicode_AsUTF8AndSize(arg, &len);
        if (ptr == NULL) {
            return 0;
        }
        return PyBuffer_FillInfo(out, arg, (void *)ptr, len, 1, PyBUF_SIMPLE) == 0;
    }
    if (writable) {
        if (PyObject_GetBuffer(arg, out, PyBUF_WRITABLE) < 0) {
            argclinic_bad_argument(fname, displayname, "read-write bytes-like object", arg);
            return 0;
        }
        return 1;
    }
    return PyObject_GetBuffer(arg, out, PyBUF_SIMPLE) == 0;
}

/* z*: s*, or None as an empty buffer of no object (the cleanup then releases nothing). */
static inline int
argclinic_buffer_or_none(const char *fname, const char *displayname, PyObject *arg,
                         Py_buffer *out)
{
    if (arg == Py_None) {
        return PyBuffer_FillInfo(out, NULL, NULL, 0, 1, PyBUF_SIMPLE) == 0;
    }
    return argclinic_buffer(fname, displayname, arg, 1, 0, out);
}

/* The bytes of a read-only bytes-like object, valid while the object lives (y, y#, s#, z#).
   Objects whose buffer must be released after use (bytearray, memoryview) are refused: the
   pointer would outlive the view. PyObject_GetBuffer's own message stands for the others. */
static inline int
argclinic_robuffer(const char *fname, const char *displayname, PyObject *arg,
                   const char **out, Py_ssize_t *len)
{
    Py_buffer view;
#if defined(Py_LIMITED_API)
    if (PyType_GetSlot(Py_TYPE(arg), Py_bf_releasebuffer) != NULL) {
#else
    if (Py_TYPE(arg)->tp_as_buffer != NULL
        && Py_TYPE(arg)->tp_as_buffer->bf_releasebuffer != NULL) {
#endif
        argclinic_bad_argument(fname, displayname, "read-only bytes-like object", arg);
        return 0;
    }
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) != 0) {
        return 0;
    }
    *out = (const char *)view.buf;
    *len = view.len;
    PyBuffer_Release(&view);
    return 1;
}

/* s#, z#, y#: bytes and length of a str (UTF-8) or read-only buffer; None gives NULL, 0. */
static inline int
argclinic_str_and_size(const char *fname, const char *displayname, PyObject *arg,
                       int accept_str, int accept_none, Py_ssize_t *len, const char **out)
{
    if (accept_none && arg == Py_None) {
        *out = NULL;
        *len = 0;
        return 1;
    }
    if (accept_str && PyUnicode_Check(arg)) {
        const char *s = PyUnicode_AsUTF8AndSize(arg, len);
        if (s == NULL) {
            return 0;
        }
        *out = s;
        return 1;
    }
    return argclinic_robuffer(fname, displayname, arg, out, len);
}

/* y: the bytes of a read-only buffer, which must hold no NUL. */
static inline int
argclinic_bytes(const char *fname, const char *displayname, PyObject *arg, const char **out)
{
    Py_ssize_t len;
    if (!argclinic_robuffer(fname, displayname, arg, out, &len)) {
        return 0;
    }
    if (strlen(*out) != (size_t)len) {
        PyErr_SetString(PyExc_ValueError, "embedded null byte");
        return 0;
    }
    return 1;
}
#endif

#endif /* ARGCLINIC_RUNTIME_H */
