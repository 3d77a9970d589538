package org.argclinic.emit.pyi;

import com.google.common.collect.ImmutableList;

/**
 * What {@code templates/pyi/module.pyi.ftl} lays out: one module's stub, everything computed.
 *
 * @param header the comment lines on top, each starting with {@code #}
 * @param imports import statements, one per line, in order (a guarded import spans lines)
 * @param classes the module's classes in declaration order
 * @param functions the module-level functions in declaration order
 */
public record PyiModuleView(
    ImmutableList<String> header,
    ImmutableList<String> imports,
    ImmutableList<Cls> classes,
    ImmutableList<Def> functions) {

  /**
   * One {@code def}.
   *
   * @param decorators without the {@code @}, e.g. {@code classmethod}, {@code value.setter}
   * @param parameters the text between the parentheses, e.g. {@code self, a: int, /, b: int = 1}
   * @param parameterLines when the def would not fit on a line: the parameters one per line
   *     (without commas); empty otherwise
   * @param returns the return annotation
   * @param docstring the docstring literal's lines ({@code """} included); empty for none, and the
   *     def then ends with {@code : ...}
   */
  public record Def(
      ImmutableList<String> decorators,
      String name,
      String parameters,
      ImmutableList<String> parameterLines,
      String returns,
      ImmutableList<String> docstring) {}

  /**
   * One {@code class}.
   *
   * @param decorators without the {@code @}, e.g. {@code final}
   * @param docstring as {@link Def#docstring}
   * @param members its defs, in declaration order
   * @param classes classes nested in it
   */
  public record Cls(
      ImmutableList<String> decorators,
      String name,
      ImmutableList<String> docstring,
      ImmutableList<Def> members,
      ImmutableList<Cls> classes) {

    public boolean empty() {
      return docstring.isEmpty() && members.isEmpty() && classes.isEmpty();
    }
  }
}
