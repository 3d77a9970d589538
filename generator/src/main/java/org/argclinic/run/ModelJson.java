package org.argclinic.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Decorator;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Parameter;

/** The typed model as one JSON document, for {@code argclinic model --json}. */
public final class ModelJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ModelJson() {}

  public static String toJson(List<FileModel> files) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode fs = root.putArray("files");
    for (FileModel f : files) {
      ObjectNode fn = fs.addObject();
      fn.put("path", f.source().path());
      fn.put("language", f.source().language().name().toLowerCase(Locale.ROOT));
      ArrayNode funcs = fn.putArray("functions");
      for (Function func : f.functions()) {
        funcs.add(function(func));
      }
      ArrayNode diags = fn.putArray("diagnostics");
      for (Diagnostic d : f.diagnostics()) {
        ObjectNode dn = diags.addObject();
        dn.put("path", d.path());
        dn.put("line", d.line());
        dn.put("column", d.column());
        dn.put("severity", d.severity().label());
        dn.put("message", d.message());
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // a tree of plain nodes always serialises
    }
  }

  private static ObjectNode function(Function f) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("name", f.fullName());
    n.put("cName", f.cName());
    n.put("kind", f.kind().name().toLowerCase(Locale.ROOT));
    n.put("module", f.module());
    // Every field is always there; null for what does not apply.
    n.put("class", f.className().orElse(null));
    n.put("returnConverter", converter(f.returnConverter()));
    n.put("clonedFrom", f.clonedFrom().orElse(null));
    ArrayNode decorators = n.putArray("decorators");
    for (Decorator d : f.decorators()) {
      decorators.add(d.name());
    }
    n.put("line", f.position().line());
    ArrayNode ps = n.putArray("parameters");
    for (Parameter p : f.parameters()) {
      ObjectNode pn = ps.addObject();
      pn.put("name", p.name());
      pn.put("cName", p.cName());
      pn.put("kind", p.kind().name().toLowerCase(Locale.ROOT));
      pn.put("converter", p.converter().name());
      pn.put("legacy", p.converter().legacy());
      ObjectNode args = pn.putObject("converterArguments");
      p.converter().argumentTexts().forEach(args::put);
      pn.put("default", p.defaultValue().map(d -> d.text()).orElse(null));
      pn.put("group", p.group());
      pn.put("deprecatedPositional", p.deprecatedPositional().map(Object::toString).orElse(null));
      pn.put("deprecatedKeyword", p.deprecatedKeyword().map(Object::toString).orElse(null));
      pn.put("line", p.position().line());
    }
    n.put("docstring", f.docstring());
    return n;
  }

  /** {@code name} or {@code name(arg=text, ...)} as written; legacy units in quotes. */
  static String converter(ConverterRef c) {
    String name = c.legacy() ? "'" + c.name() + "'" : c.name();
    if (!c.called()) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name).append('(');
    String sep = "";
    for (var e : c.argumentTexts().entrySet()) {
      sb.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = ", ";
    }
    return sb.append(')').toString();
  }
}
