/* TemplateOverrideTest: the one construct no example renders for the limited target (optional
   groups), generated with --c-api limited. */
#include <Python.h>

/*[clinic input]
module lg
[clinic start generated code]*/

#include "clinic/limited_groups.c.h"

/*[clinic input]
lg.box

    [
    width: int
    height: int
    ]
    /

A box, sized or not.
[clinic start generated code]*/
