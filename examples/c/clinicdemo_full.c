/* Converters outside every limited API: Py_complex, PyBytesObject, PyByteArrayObject.
   Included by clinicdemo.c in public builds only. */

#include "clinic/clinicdemo_full.h"

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
/*[clinic end generated code: output=2c3d4e5f60718293 input=3d4e5f6071829304]*/
{
    Py_complex twice = {2 * c.real, 2 * c.imag};
    (void)module;
    return Py_BuildValue("(DOO)", &twice, (PyObject *)b, (PyObject *)ba);
}

#define CLINICDEMO_FULL_METHODDEFS \
    CLINICDEMO_FULL_TYPES_METHODDEF
