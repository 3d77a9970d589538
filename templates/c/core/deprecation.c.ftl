<#-- Fed by org.argclinic.emit.c.ViewModels.Warning. Deprecated positional or keyword use: the compiler warning block
     (kind "compiler") emitted before the parser, or the run-time DeprecationWarning check (kind
     "runtime"). Late-bound form: literal braces doubled. Message literals come from Java. The message and the
     condition are only printed: Java renders them as slots (Templates.renderSlotted). -->
<#if kind == "compiler">
// Emit compiler warnings when we get to Python ${major?c}.${minor?c}.
#if PY_VERSION_HEX >= 0x${versionHex}00C0
#  error ${message}
#elif PY_VERSION_HEX >= 0x${versionHex}00A0
#  ifdef _MSC_VER
#    pragma message (${message})
#  else
#    warning ${message}
#  endif
#endif
<#else>
if (${condition}) {{<#if errcheck?has_content>
    if (PyErr_Occurred()) {{ // ${errcheck}() above can fail
        goto exit;
    }}</#if>
    if (PyErr_WarnEx(PyExc_DeprecationWarning,
            ${message}, 1))
    {{
        goto exit;
    }}
}}
</#if>
