#include "Python.h"

/*[clinic input]
destination escape new file '{dirname}/../../../../outside-project-escaped.h'
output everything escape
[clinic start generated code]*/

/*[clinic input]
module spam
spam.f
[clinic start generated code]*/
