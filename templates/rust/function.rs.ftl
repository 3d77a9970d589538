<#-- Fed by org.argclinic.emit.rust.RustFunctionView (params: RustParamView). One function's
     glue: docstring constant, method-def constant, the extern "C" wrapper. All names,
     literals, flags and conversion expressions come from Java; this only lays them out.
     Whitespace: 4-space indents, items separated by one blank line, ends with a newline. -->
<#macro positionalWarningCode>
<#if positionalWarning?has_content>
        if ${positionalWarning} {
            clinic::deprecation_warning(${positionalMessage})?;
        }
</#if>
</#macro>
<#macro keywordWarningCode>
<#if keywordWarning?has_content>
        if ${keywordWarning} {
            clinic::deprecation_warning(${keywordMessage})?;
        }
</#if>
</#macro>
<#macro convert>
<#list params as p>
        let ${p.mutable()?then("mut ", "")}${p.local()}: ${p.localType()} = <#switch p.layout()><#case "required">${p.convert()}?;<#break><#case "default">if ${p.present()} { ${p.convert()}? } else { ${p.defaultValue()} };<#break><#case "option">if ${p.present()} { Some(${p.convert()}?) } else { None };<#break></#switch>
</#list>
</#macro>
<#macro call>
<#assign implArgs>${passSelf}<#if classParam?has_content>, ${classParam}</#if><#if convention == "setter">, value</#if><#list params as p>, ${p.pass()}</#list><#if varKeyword?has_content>, ${varKeyword}.as_ptr()</#if></#assign>
<#if criticalTarget?has_content>
        let _ret = clinic::critical_section(${criticalTarget}, || ${implName}(${implArgs}))?;
<#else>
        let _ret = ${implName}(${implArgs})?;
</#if>
        Ok(${returnWrap})
</#macro>
<#if docConst?has_content>
#[allow(dead_code)]
pub(crate) const ${docConst}: &::std::ffi::CStr = ${docLiteral};

</#if>
<#if methodDefConst?has_content && (convention == "getter")>
#[allow(dead_code)]
pub(crate) const ${methodDefConst}: clinic::ffi::PyGetSetDef = clinic::ffi::PyGetSetDef {
    name: ${pyName}.as_ptr(),
    get: Some(${glueName}),
    set: <#if setterGlue?has_content>Some(${setterGlue})<#else>None</#if>,
    doc: <#if docConst?has_content>${docConst}.as_ptr()<#else>::std::ptr::null()</#if>,
    closure: ::std::ptr::null_mut(),
};

<#elseif methodDefConst?has_content>
#[allow(dead_code)]
pub(crate) const ${methodDefConst}: clinic::ffi::PyMethodDef = clinic::ffi::PyMethodDef {
    ml_name: ${pyName}.as_ptr(),
    ml_meth: clinic::ffi::PyMethodDefPointer { ${pointerField}: ${glueName} },
    ml_flags: ${flags},
    ml_doc: <#if docConst?has_content>${docConst}.as_ptr()<#else>::std::ptr::null()</#if>,
};

</#if>
<#switch convention>
<#case "noargs">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    _args: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
<@call/>
    })
}
<#break>
<#case "o">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    arg: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
<@convert/>
<@call/>
    })
}
<#break>
<#case "fastcall">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *mut *mut clinic::ffi::PyObject,
    nargs: clinic::ffi::Py_ssize_t,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
        clinic::${arityCheck}(${messageName}, nargs, ${minArgs?c}, ${maxArgs})?;
<@convert/>
<@call/>
    })
}
<#break>
<#case "fastcall_keywords">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *const *mut clinic::ffi::PyObject,
    nargs: clinic::ffi::Py_ssize_t,
    kwnames: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    static PARSER: clinic::Parser = clinic::Parser::new(
        ${messageName},
        &[<#list keywords as k>${k}<#sep>, </#list>],
        ${posonly?c}, ${minpos?c}, ${maxpos?c}, ${minkw?c},
        { static MEMO: clinic::Memo = clinic::Memo::new(); &MEMO },
    );
    clinic::guard(${messageName}, || unsafe {
<@positionalWarningCode/>
        let mut argv: [*mut clinic::ffi::PyObject; ${params?size?c}] = [::std::ptr::null_mut(); ${params?size?c}];
<#if vararg gte 0>
        let varargs = PARSER.unpack_vararg(args, nargs, kwnames, ${vararg?c}, &mut argv)?;
<#else>
        PARSER.unpack(args, nargs, ::std::ptr::null_mut(), kwnames, &mut argv)?;
</#if>
<@keywordWarningCode/>
<@convert/>
<@call/>
    })
}
<#break>
<#case "varargs">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
        let nargs = clinic::ffi::PyTuple_GET_SIZE(args);
        clinic::${arityCheck}(${messageName}, nargs, ${minArgs?c}, ${maxArgs})?;
<@convert/>
<@call/>
    })
}
<#break>
<#case "fastcall_kwds">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *const *mut clinic::ffi::PyObject,
    nargs: clinic::ffi::Py_ssize_t,
    kwnames: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
        clinic::${arityCheck}(${messageName}, nargs, ${minArgs?c}, ${maxArgs})?;
        // the glue's own names, before parameters named like them shadow them
        let (args_, kwnames_) = (args, kwnames);
<@convert/>
        let ${varKeyword} = clinic::kwnames_dict(args_, nargs, kwnames_)?;
<@call/>
    })
}
<#break>
<#case "varargs_kwds">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *mut clinic::ffi::PyObject,
    kwargs: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
        let nargs = clinic::ffi::PyTuple_GET_SIZE(args);
        clinic::${arityCheck}(${messageName}, nargs, ${minArgs?c}, ${maxArgs})?;
        // the glue's own name, before a parameter named like it shadows it
        let kwargs_ = kwargs;
<@convert/>
        let ${varKeyword} = clinic::kwargs_dict(kwargs_)?;
<@call/>
    })
}
<#break>
<#case "varargs_keywords">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *mut clinic::ffi::PyObject,
    kwargs: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    static PARSER: clinic::Parser = clinic::Parser::new(
        ${messageName},
        &[<#list keywords as k>${k}<#sep>, </#list>],
        ${posonly?c}, ${minpos?c}, ${maxpos?c}, ${minkw?c},
        { static MEMO: clinic::Memo = clinic::Memo::new(); &MEMO },
    );
    clinic::guard(${messageName}, || unsafe {
        let nargs = clinic::ffi::PyTuple_GET_SIZE(args);
<@positionalWarningCode/>
<#if varKeyword?has_content>
        let (named, ${varKeyword}) = PARSER.split_kwargs(kwargs)?;
        let kwargs = named.as_ref().map_or(::std::ptr::null_mut(), |n| n.as_ptr());
</#if>
        let mut argv: [*mut clinic::ffi::PyObject; ${params?size?c}] = [::std::ptr::null_mut(); ${params?size?c}];
        PARSER.unpack(clinic::tuple_items(args), nargs, kwargs, ::std::ptr::null_mut(), &mut argv)?;
<@keywordWarningCode/>
<@convert/>
<@call/>
    })
}
<#break>
<#case "groups">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn, unused_assignments)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    args: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
<#list params as p>
        let mut ${p.local()}: Option<${p.localType()}> = None;
</#list>
        match clinic::ffi::PyTuple_GET_SIZE(args) {
<#list groupCases as c>
            ${c.count()?c} => {
<#list c.assignments() as a>
                ${a.local()} = Some(${a.convert()}?);
</#list>
            }
</#list>
            _ => return Err(clinic::type_error(${groupError})),
        }
<@call/>
    })
}
<#break>
<#case "getter">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    _closure: *mut ::std::ffi::c_void,
) -> *mut clinic::ffi::PyObject {
    clinic::guard(${messageName}, || unsafe {
<@call/>
    })
}
<#break>
<#case "setter">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    value: *mut clinic::ffi::PyObject,
    _closure: *mut ::std::ffi::c_void,
) -> ::std::ffi::c_int {
    clinic::guard_init(${messageName}, || unsafe {
<@call/>
    })
}
<#break>
<#case "method">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: *mut clinic::ffi::PyObject,
    ${classParam}: *mut clinic::ffi::PyTypeObject,
    args: *const *mut clinic::ffi::PyObject,
    nargs: clinic::ffi::Py_ssize_t,
    kwnames: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
<#if params?has_content>
    static PARSER: clinic::Parser = clinic::Parser::new(
        ${messageName},
        &[<#list keywords as k>${k}<#sep>, </#list>],
        ${posonly?c}, ${minpos?c}, ${maxpos?c}, ${minkw?c},
        { static MEMO: clinic::Memo = clinic::Memo::new(); &MEMO },
    );
</#if>
    clinic::guard(${messageName}, || unsafe {
<#if params?has_content>
<@positionalWarningCode/>
        let mut argv: [*mut clinic::ffi::PyObject; ${params?size?c}] = [::std::ptr::null_mut(); ${params?size?c}];
        PARSER.unpack(args, nargs, ::std::ptr::null_mut(), kwnames, &mut argv)?;
<@keywordWarningCode/>
<#else>
        clinic::no_arguments(${messageName}, nargs, kwnames)?;
</#if>
<@convert/>
<@call/>
    })
}
<#break>
<#case "new">
<#case "init">
<#assign isInit = convention == "init">
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${glueName}(
    ${selfName}: ${isInit?then("*mut clinic::ffi::PyObject", "*mut clinic::ffi::PyTypeObject")},
    args: *mut clinic::ffi::PyObject,
    kwargs: *mut clinic::ffi::PyObject,
) -> ${isInit?then("::std::ffi::c_int", "*mut clinic::ffi::PyObject")} {
<#if usesKeywords>
    static PARSER: clinic::Parser = clinic::Parser::new(
        ${messageName},
        &[<#list keywords as k>${k}<#sep>, </#list>],
        ${posonly?c}, ${minpos?c}, ${maxpos?c}, ${minkw?c},
        { static MEMO: clinic::Memo = clinic::Memo::new(); &MEMO },
    );
</#if>
    clinic::${isInit?then("guard_init", "guard")}(${messageName}, || unsafe {
        let nargs = clinic::ffi::PyTuple_GET_SIZE(args);
<#if usesKeywords>
<@positionalWarningCode/>
        let mut argv: [*mut clinic::ffi::PyObject; ${params?size?c}] = [::std::ptr::null_mut(); ${params?size?c}];
        PARSER.unpack(clinic::tuple_items(args), nargs, kwargs, ::std::ptr::null_mut(), &mut argv)?;
<@keywordWarningCode/>
<#elseif params?has_content>
        clinic::no_keywords(${messageName}, kwargs)?;
        clinic::check_positional(${messageName}, nargs, ${minArgs?c}, ${maxArgs})?;
<#else>
        clinic::no_positional(${messageName}, args)?;
        clinic::no_keywords(${messageName}, kwargs)?;
</#if>
<@convert/>
<@call/>
    })
}
<#if vectorcallName?has_content>

// @vectorcall (gh-87613): the type's tp_vectorcall (not inherited: subclasses use the slot).
#[allow(non_snake_case, dead_code, unused_variables, unused_unsafe, unsafe_op_in_unsafe_fn)]
pub(crate) unsafe extern "C" fn ${vectorcallName}(
    type_: *mut clinic::ffi::PyObject,
    args: *const *mut clinic::ffi::PyObject,
    nargsf: usize,
    kwnames: *mut clinic::ffi::PyObject,
) -> *mut clinic::ffi::PyObject {
    static PARSER: clinic::Parser = clinic::Parser::new(
        ${messageName},
        &[<#list keywords as k>${k}<#sep>, </#list>],
        ${posonly?c}, ${minpos?c}, ${maxpos?c}, ${minkw?c},
        { static MEMO: clinic::Memo = clinic::Memo::new(); &MEMO },
    );
    // PY_VECTORCALL_ARGUMENTS_OFFSET is the top bit
    let nargs = (nargsf & !(1usize << (usize::BITS - 1))) as clinic::ffi::Py_ssize_t;
<#if isInit>
    let tp = type_ as *mut clinic::ffi::PyTypeObject;
    let ${selfName} = match (*tp).tp_alloc {
        Some(alloc) => alloc(tp, 0),
        None => clinic::ffi::PyType_GenericAlloc(tp, 0),
    };
    if ${selfName}.is_null() {
        return ::std::ptr::null_mut();
    }
    let status = clinic::guard_init(${messageName}, || unsafe {
<#else>
    let ${selfName} = type_ as *mut clinic::ffi::PyTypeObject;
    clinic::guard(${messageName}, || unsafe {
</#if>
<@positionalWarningCode/>
        let mut argv: [*mut clinic::ffi::PyObject; ${params?size?c}] = [::std::ptr::null_mut(); ${params?size?c}];
        PARSER.unpack(args, nargs, ::std::ptr::null_mut(), kwnames, &mut argv)?;
<@keywordWarningCode/>
<@convert/>
<@call/>
<#if isInit>
    });
    if status < 0 {
        clinic::ffi::Py_DECREF(${selfName});
        return ::std::ptr::null_mut();
    }
    ${selfName}
<#else>
    })
</#if>
}
</#if>
<#break>
</#switch>
