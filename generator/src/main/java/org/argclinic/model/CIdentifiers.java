package org.argclinic.model;

import com.google.common.collect.ImmutableSet;

/** The one test of a C identifier, shared by the parser and the converters. */
public final class CIdentifiers {
  private CIdentifiers() {}

  /** The C keywords CPython's clinic renames by adding {@code _value} (parameters only). */
  public static final ImmutableSet<String> CPYTHON_KEYWORDS =
      ImmutableSet.copyOf(
          ("asm auto break case char const continue default do double else enum extern float for"
               + " goto if inline int long register return short signed sizeof static struct switch"
               + " typedef typeof union unsigned void volatile while")
              .split(" "));

  /**
   * Names CPython's clinic leaves as they are (it suffixes only its own list of C keywords with
   * {@code _value}) that are no variable names once Python.h is included: C99's {@code restrict},
   * C11's reserved keywords, the macros of stdbool.h and errno.h.
   */
  public static final ImmutableSet<String> NOT_VARIABLES =
      ImmutableSet.copyOf(
          ("restrict bool true false errno _Bool _Complex _Imaginary _Alignas _Alignof _Atomic"
                  + " _Generic _Noreturn _Static_assert _Thread_local")
              .split(" "));

  /**
   * Names that are keywords or macros where the public and limited glue may be compiled too: C23,
   * C++ (headers of .cc/.cpp sources) and GNU C's predefined {@code unix}/{@code linux}.
   */
  public static final ImmutableSet<String> RESERVED_ELSEWHERE =
      ImmutableSet.copyOf(
          ("alignas alignof constexpr nullptr static_assert thread_local typeof_unqual unix linux"
               + " and and_eq bitand bitor catch char8_t char16_t char32_t compl concept consteval"
               + " constinit const_cast co_await co_return co_yield decltype delete dynamic_cast"
               + " explicit export friend mutable namespace new noexcept not not_eq operator or"
               + " or_eq private protected public reinterpret_cast requires static_cast template"
               + " this throw typeid typename using virtual wchar_t xor xor_eq")
              .split(" "));

  /**
   * Whether {@code s} is {@code [A-Za-z_][A-Za-z0-9_]*}: a loop, not a regular expression, because
   * every parameter name of every block is tested and a short run interprets regex matching for a
   * long time before it is compiled.
   */
  public static boolean isLegal(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
