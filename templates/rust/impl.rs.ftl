<#-- Fed by org.argclinic.emit.rust.RustFunctionView. The impl signature that stays in the
     clinic block, above the user's body. Whitespace: the signature on one line (after an allow
     attribute line when the C-derived name is not snake case), no trailing newline. -->
<#if implNonSnakeCase>
#[allow(non_snake_case)]
</#if>
fn ${implName}(#[allow(unused_variables)] ${selfName}: ${selfType}<#if classParam?has_content>, ${classParam}: *mut clinic::ffi::PyTypeObject</#if><#if convention == "setter">, value: *mut clinic::ffi::PyObject</#if><#list params as p>, ${p.local()}: ${p.implType()}</#list><#if varKeyword?has_content>, ${varKeyword}: *mut clinic::ffi::PyObject</#if>) -> clinic::Result<${implReturnType}><#t>
