//! Generates the bindings from the headers of the interpreter the module is built for (the one
//! `PYO3_PYTHON` names, else `python3`), so that every struct layout and constant is that
//! interpreter's: free-threaded, debug and default builds alike. Nothing is linked: an extension
//! module takes the C API from the interpreter that imports it.
use std::env;
use std::path::PathBuf;
use std::process::Command;

const QUERY: &str = "import sys, sysconfig
print(sysconfig.get_paths()['include'])
print(sys.version_info[0], sys.version_info[1])
print(1 if sysconfig.get_config_var('Py_GIL_DISABLED') else 0)
print(1 if hasattr(sys, 'gettotalrefcount') else 0)";

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    println!("cargo:rerun-if-changed=build.rs");
    let python = env::var("PYO3_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let out = Command::new(&python)
        .args(["-c", QUERY])
        .output()
        .unwrap_or_else(|e| panic!("cannot run {python} (set PYO3_PYTHON to the interpreter): {e}"));
    assert!(out.status.success(), "{python} failed: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8 from the interpreter");
    let lines: Vec<&str> = text.lines().collect();
    let include = lines[0];
    let version: Vec<u32> = lines[1].split(' ').map(|v| v.parse().unwrap()).collect();
    let (major, minor) = (version[0], version[1]);
    let gil_disabled = lines[2] == "1";
    assert!(major == 3 && (9..=13).contains(&minor),
        "argclinic-cpython-sys supports CPython 3.9 to 3.13 (this is {major}.{minor}); use pyo3-ffi for later versions");

    // The configuration, as cfgs for this crate and for dependents' build scripts
    // (DEP_ARGCLINIC_CPYTHON_CFGS), named as pyo3-build-config names them.
    let mut cfgs: Vec<String> = (9..=minor).map(|m| format!("Py_3_{m}")).collect();
    if gil_disabled {
        cfgs.push("Py_GIL_DISABLED".to_string());
    }
    if lines[3] == "1" {
        cfgs.push("Py_DEBUG".to_string());
    }
    for m in 9..=13 {
        println!("cargo:rustc-check-cfg=cfg(Py_3_{m})");
    }
    println!("cargo:rustc-check-cfg=cfg(Py_GIL_DISABLED)");
    println!("cargo:rustc-check-cfg=cfg(Py_DEBUG)");
    for c in &cfgs {
        println!("cargo:rustc-cfg={c}");
    }
    println!("cargo:cfgs={}", cfgs.join(" "));

    let bindings = bindgen::Builder::default()
        .header_contents("argclinic_python.h", "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n")
        .clang_arg(format!("-I{include}"))
        // the interpreter's declarations only, and what they need
        .allowlist_file(format!("{include}/.*"))
        // PyMethodDef's function pointer is a union of the calling conventions here (src/lib.rs)
        .blocklist_type("PyMethodDef")
        // macros become constants of the C types they are compared and combined with
        .default_macro_constant_type(bindgen::MacroTypeVariation::Signed)
        .use_core()
        .layout_tests(false)
        .generate_comments(false)
        .generate()
        .expect("bindgen could not read the interpreter's headers (is libclang installed?)");
    let path = PathBuf::from(env::var("OUT_DIR").unwrap()).join("bindings.rs");
    bindings.write_to_file(&path).expect("writing bindings.rs");
}
