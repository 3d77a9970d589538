//! The benchmark functions as PyO3 #[pyfunction]s with the same signatures; bodies return None.
#![allow(unused_variables)]
use pyo3::prelude::*;

#[pyfunction]
fn noargs() {}

#[pyfunction]
#[pyo3(signature = (x, /))]
fn one(x: &Bound<'_, PyAny>) {}

#[pyfunction]
#[pyo3(signature = (x, /))]
fn one_int(x: i32) {}

#[pyfunction]
#[pyo3(signature = (a, b, /))]
fn pos2(a: i32, b: f64) {}

#[pyfunction]
#[pyo3(signature = (a, b = 0))]
fn kw(a: i32, b: i32) {}

#[pyfunction]
#[pyo3(signature = (s, /))]
fn str1(s: &str) {}

#[pymodule]
fn bench_pyo3(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(noargs, m)?)?;
    m.add_function(wrap_pyfunction!(one, m)?)?;
    m.add_function(wrap_pyfunction!(one_int, m)?)?;
    m.add_function(wrap_pyfunction!(pos2, m)?)?;
    m.add_function(wrap_pyfunction!(kw, m)?)?;
    m.add_function(wrap_pyfunction!(str1, m)?)?;
    Ok(())
}
