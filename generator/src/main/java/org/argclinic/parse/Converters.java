package org.argclinic.parse;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.argclinic.expr.ExprException;
import org.argclinic.expr.ExprParser;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Expr;
import org.argclinic.model.Position;

/** Reads a converter as written in an annotation: a name, a call with keywords, or a string. */
final class Converters {
  private Converters() {}

  static final String BAD_ANNOTATION =
      "Annotations must be either a name, a function call, or a string.";

  /** A return converter: the text after {@code ->}. */
  static ConverterRef parseAnnotation(Src text, String badlyFormed) throws DslError {
    ExprParser.Parsed parsed;
    try {
      parsed = ExprParser.parsePrefix(text.text, 0);
    } catch (ExprException e) {
      throw text.error(e.offset(), badlyFormed);
    }
    if (parsed.next() != text.length()) {
      throw text.error(parsed.next(), badlyFormed);
    }
    return fromParsed(text, Optional.of(parsed));
  }

  /** The converter of a parameter from its parsed annotation (offsets into {@code text}). */
  static ConverterRef fromParsed(Src text, Optional<ExprParser.Parsed> annotation) throws DslError {
    if (annotation.isEmpty()) {
      throw text.error(0, BAD_ANNOTATION);
    }
    ExprParser.Parsed a = annotation.get();
    Position position = Position.of(text.line(a.start()), text.column(a.start()));
    Expr e = a.expr();
    if (e instanceof Expr.Str s) {
      return new ConverterRef(
          s.value(), true, ImmutableMap.of(), ImmutableMap.of(), false, position);
    }
    if (e instanceof Expr.Name n) {
      return ConverterRef.simple(n.id(), position);
    }
    if (e instanceof Expr.Call c && c.func() instanceof Expr.Name n && a.call().isPresent()) {
      ExprParser.CallSyntax call = a.call().get();
      if (call.splat()) {
        throw text.error(
            call.splatOffset(), "Cannot use a kwarg splat in a function-call annotation");
      }
      ImmutableMap.Builder<String, Expr> arguments = ImmutableMap.builder();
      ImmutableMap.Builder<String, String> texts = ImmutableMap.builder();
      for (ExprParser.Keyword k : call.keywords()) {
        arguments.put(k.name(), k.value());
        texts.put(k.name(), text.text.substring(k.valueStart(), k.valueEnd()));
      }
      return new ConverterRef(n.id(), false, arguments.build(), texts.build(), true, position);
    }
    throw text.error(a.start(), BAD_ANNOTATION);
  }
}
