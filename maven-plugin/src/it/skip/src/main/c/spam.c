#include "Python.h"

/*[clinic input]
spam.add

    a: int
   [clinic start generated code]*/
{
    return NULL;
}
