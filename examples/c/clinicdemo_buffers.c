/* Py_buffer converters: part of the limited API from 3.11 only. Included by clinicdemo.c. */

#include "clinic/clinicdemo_buffers.c.h"

/*[clinic input]
module clinicdemo
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=3cd8d7e7d39647a1]*/

/*[clinic input]
clinicdemo.buffers

    y: Py_buffer
    s: Py_buffer(accept={str, buffer}) = None
    w: Py_buffer(accept={rwbuffer}) = None

Buffer converters: returns (bytes(y), bytes(s) or None) and writes b'!' into w[0].
[clinic start generated code]*/

static PyObject *
clinicdemo_buffers_impl(PyObject *module, Py_buffer *y, Py_buffer *s,
                        Py_buffer *w)
/*[clinic end generated code: output=2e35ac2ceaf7f760 input=90e6ea6d80ea1327]*/
{
    (void)module;
    if (w->obj != NULL && w->len > 0) {
        ((char *)w->buf)[0] = '!';
    }
    if (s->obj == NULL) {
        return Py_BuildValue("(y#O)", (const char *)y->buf, y->len, Py_None);
    }
    return Py_BuildValue("(y#y#)", (const char *)y->buf, y->len, (const char *)s->buf, s->len);
}

#define CLINICDEMO_BUFFERS_METHODDEFS \
    CLINICDEMO_BUFFERS_METHODDEF
