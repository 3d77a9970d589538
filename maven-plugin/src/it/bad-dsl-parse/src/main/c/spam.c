#include "Python.h"

/*[clinic input]
module spam
[clinic start generated code]*/

/*[clinic input]
spam.add

    a: no_such_converter
    /

Return a.
[clinic start generated code]*/
{
    return NULL;
}
