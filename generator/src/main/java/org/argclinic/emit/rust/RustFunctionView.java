package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import org.argclinic.emit.c.CallShape;
import org.argclinic.model.FunctionKind;

/**
 * One function's Rust glue, for {@code function.rs.ftl}. Every identifier, literal and flag is
 * computed here; the template only lays them out.
 *
 * @param glueName the {@code extern "C"} wrapper ({@code echo_f})
 * @param implName the user's impl ({@code echo_f_impl})
 * @param docConst the docstring constant ({@code ECHO_F_DOC}); empty for no docstring
 * @param docLiteral the docstring as a Rust C string literal ({@code c"..."})
 * @param methodDefConst the method-def constant ({@code ECHO_F_METHODDEF}); empty for slots
 * @param pyName the Python name as a C string literal, for {@code ml_name}
 * @param messageName the name printed in messages, as a Rust string literal
 * @param convention the form of the wrapper ({@link Entry}): the template's case
 * @param pointerField the {@code PyMethodDefPointer} field for the convention
 * @param flags the {@code ml_flags} expression
 * @param selfName the Rust name of the first C parameter ({@code module}, {@code self_})
 * @param selfType its Rust type
 * @param passSelf the expression handing it to the impl
 * @param keywords Rust C string literals of all parameter names ({@code c""} for positional-only),
 *     for the keyword parser
 * @param posonly, minpos, maxpos, minkw the parser's counts
 * @param minArgs, maxArgs the positional bounds for {@code fastcall} / no-keyword slots ({@code
 *     maxArgs} is Rust text: {@code isize::MAX} with {@code *args})
 * @param arityCheck the runtime check of a positional-only call ({@code check_positional}, or
 *     {@code check_positional_getargs} when the C glue parses with a format string)
 * @param usesKeywords true when a keyword parser is needed
 * @param params converted parameters in order
 * @param implReturnType the impl's result payload type
 * @param returnWrap Rust expression turning {@code _ret} into the returned object
 * @param classParam the impl's {@code defining_class} parameter name; empty if none
 * @param setterGlue for a getter, the setter glue of the same attribute; empty if none
 * @param criticalTarget the object of {@code @critical_section}; empty if none
 * @param groupCases for {@code groups}: each accepted argument count and what it fills
 * @param groupError for {@code groups}: the message for any other count (a Rust literal)
 * @param vararg the index of the {@code *args} parameter, -1 if none
 * @param implNonSnakeCase the impl name (from the C name) or a parameter name is not snake case:
 *     the impl gets an allow
 * @param positionalWarning Rust condition (on {@code nargs}) for the deprecated positional use
 *     warning, checked before unpacking; empty if none
 * @param positionalMessage its message, a Rust string literal
 * @param keywordWarning Rust condition (on {@code nargs}, {@code argv}) for the deprecated keyword
 *     use warning, checked after unpacking; empty if none
 * @param keywordMessage its message, a Rust string literal
 * @param varKeyword the Rust name of the {@code **kwds} dict; empty if none
 * @param vectorcallName for a {@code @vectorcall} {@code __new__} / {@code __init__}, the {@code
 *     tp_vectorcall} entry written beside the slot; empty if none
 */
public record RustFunctionView(
    String glueName,
    String implName,
    String docConst,
    String docLiteral,
    String methodDefConst,
    String pyName,
    String messageName,
    RustFunctionView.Entry convention,
    String pointerField,
    String flags,
    String selfName,
    String selfType,
    String passSelf,
    ImmutableList<String> keywords,
    int posonly,
    int minpos,
    int maxpos,
    int minkw,
    int minArgs,
    String maxArgs,
    String arityCheck,
    boolean usesKeywords,
    ImmutableList<RustParamView> params,
    String implReturnType,
    String returnWrap,
    String classParam,
    String setterGlue,
    String criticalTarget,
    ImmutableList<OptionGroups.Case> groupCases,
    String groupError,
    int vararg,
    boolean implNonSnakeCase,
    String positionalWarning,
    String positionalMessage,
    String keywordWarning,
    String keywordMessage,
    String varKeyword,
    String vectorcallName) {

  /**
   * The wrapper's C signature, from the function's {@link CallShape}: the case of {@code
   * function.rs.ftl} it takes (its {@code toString}) and the {@code PyMethodDefPointer} field.
   * Slots take a tuple and a dict whatever their convention.
   */
  public enum Entry {
    NOARGS("noargs", "PyCFunction"),
    O("o", "PyCFunction"),
    FASTCALL("fastcall", "PyCFunctionFast"),
    FASTCALL_KEYWORDS("fastcall_keywords", "PyCFunctionFastWithKeywords"),
    /** {@code **kwds} after positional-only parameters: every keyword to the dict. */
    FASTCALL_KWDS("fastcall_kwds", "PyCFunctionFastWithKeywords"),
    /** The same from a tuple and a dict ({@code @disable fastcall}). */
    VARARGS_KWDS("varargs_kwds", "PyCFunctionWithKeywords"),
    /** {@code @disable fastcall}: positional-only parameters from a tuple. */
    VARARGS("varargs", "PyCFunction"),
    /** {@code @disable fastcall}: a tuple and a dict. */
    VARARGS_KEYWORDS("varargs_keywords", "PyCFunctionWithKeywords"),
    GROUPS("groups", "PyCFunction"),
    METHOD("method", "PyCMethod"),
    GETTER("getter", ""),
    SETTER("setter", ""),
    NEW("new", ""),
    INIT("init", "");

    private final String templateCase;
    private final String pointerField;

    Entry(String templateCase, String pointerField) {
      this.templateCase = templateCase;
      this.pointerField = pointerField;
    }

    static Entry of(CallShape shape) {
      if (shape.newOrInit()) {
        return shape.kind() == FunctionKind.NEW ? NEW : INIT;
      }
      if (shape.keywordsOnlyToVarKeyword()) {
        return shape.convention().fastcall() ? FASTCALL_KWDS : VARARGS_KWDS;
      }
      return switch (shape.convention()) {
        case NOARGS -> NOARGS;
        case O -> O;
        case FASTCALL -> FASTCALL;
        case FASTCALL_KEYWORDS -> FASTCALL_KEYWORDS;
        case VARARGS -> VARARGS;
        case VARARGS_KEYWORDS -> VARARGS_KEYWORDS;
        case OPTION_GROUPS -> GROUPS;
        case DEFINING_CLASS -> METHOD;
        case GETTER -> GETTER;
        case SETTER -> SETTER;
      };
    }

    /** The {@code PyMethodDefPointer} field; empty for slots, getters and setters. */
    String pointerField() {
      return pointerField;
    }

    @Override
    public String toString() {
      return templateCase;
    }
  }
}
