package org.argclinic.resolve;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the converters' C snippets: one FreeMarker macro per snippet in {@code
 * templates/c/converters/*.c.ftl}. Java picks the macro and computes every value; the macros only
 * lay out text.
 */
public final class CSnippets {
  private static final Configuration CONFIG = newConfiguration();
  private static final Map<String, Template> DRIVERS = new HashMap<>();

  private CSnippets() {}

  private static Configuration newConfiguration() {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setClassLoaderForTemplateLoading(CSnippets.class.getClassLoader(), "org/argclinic/templates");
    c.setDefaultEncoding("UTF-8");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setNumberFormat("computer");
    return c;
  }

  /**
   * Renders macro {@code macro} of {@code c/converters/parse_arg.c.ftl} with {@code vars} as its
   * data model; the result has no trailing newline (clinic's {@code normalize_snippet}).
   */
  public static String render(String macro, Map<String, String> vars) {
    return render("parse_arg", macro, vars);
  }

  /** Renders macro {@code macro} of {@code c/converters/<file>.c.ftl}. */
  public static String render(String file, String macro, Map<String, ?> vars) {
    try {
      Template driver;
      synchronized (DRIVERS) {
        driver = DRIVERS.get(file);
        if (driver == null) {
          String src = "<#import \"/c/converters/" + file + ".c.ftl\" as s>"
              + "<#assign m = s[snippet_macro]><@m/>";
          driver = new Template(file + "-driver", new StringReader(src), CONFIG);
          DRIVERS.put(file, driver);
        }
      }
      Map<String, Object> model = new HashMap<>(vars);
      model.put("snippet_macro", macro);
      StringWriter out = new StringWriter();
      driver.process(model, out);
      return normalize(out.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("converter snippet " + file + "/" + macro + ": " + e.getMessage(), e);
    }
  }

  /** Clinic's {@code normalize_snippet}: no leading/trailing blank lines, dedented, no final newline. */
  public static String normalize(String text) {
    String[] lines = text.split("\n", -1);
    int start = 0;
    int end = lines.length;
    while (start < end && lines[start].isBlank()) {
      start++;
    }
    while (end > start && lines[end - 1].isBlank()) {
      end--;
    }
    int margin = Integer.MAX_VALUE;
    for (int i = start; i < end; i++) {
      if (!lines[i].isBlank()) {
        int n = 0;
        while (n < lines[i].length() && (lines[i].charAt(n) == ' ' || lines[i].charAt(n) == '\t')) {
          n++;
        }
        margin = Math.min(margin, n);
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        b.append('\n');
      }
      String l = lines[i];
      b.append(l.isBlank() ? "" : l.substring(Math.min(margin, l.length())));
    }
    return b.toString();
  }
}
