/* Converters outside every limited API: Py_complex, PyBytesObject, PyByteArrayObject.
   Included by clinicdemo.c in public builds only. */

#include "clinic/clinicdemo_full.c.h"

/*[clinic input]
module clinicdemo
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=3cd8d7e7d39647a1]*/

/*[clinic input]
clinicdemo.full_types

    c: Py_complex
    b: PyBytesObject
    ba: PyByteArrayObject
    /

Returns (2 * c, b, ba).
[clinic start generated code]*/

static PyObject *
clinicdemo_full_types_impl(PyObject *module, Py_complex c, PyBytesObject *b,
                           PyByteArrayObject *ba)
/*[clinic end generated code: output=e9a16f0c6fd322e7 input=b22a36ed87cddeef]*/
{
    Py_complex twice = {2 * c.real, 2 * c.imag};
    (void)module;
    return Py_BuildValue("(DOO)", &twice, (PyObject *)b, (PyObject *)ba);
}

#define CLINICDEMO_FULL_METHODDEFS \
    CLINICDEMO_FULL_TYPES_METHODDEF
