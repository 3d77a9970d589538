//! A fresh Rust extension module: blocks declared, nothing generated yet.
use pyo3_ffi::*;

/*[clinic input]
module spam
[clinic start generated code]*/

/*[clinic input]
spam.add

    a: int
    b: int
    /

Return the sum of a and b.
[clinic start generated code]*/
{
    Ok(a as i64 + b as i64)
}
