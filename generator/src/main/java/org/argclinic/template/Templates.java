package org.argclinic.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.argclinic.diag.Diagnostic;

/**
 * A run's FreeMarker configuration: templates come from the classpath ({@code
 * org/argclinic/templates/}) unless the run's override directory ({@code --templates DIR}) holds a
 * file of the same name. A run gets one from its request ({@link #of}) and hands it to every stage
 * that renders: the converters' snippets (resolve), the C and Rust emitters, the stubs.
 */
public final class Templates {
  /**
   * Built-in templates never change while the JVM runs: every run without an override shares it.
   */
  private static volatile Templates builtIn;

  private final Configuration config;

  /**
   * Rendered text by (template name, view model), for built-in templates only: the same small
   * snippet (an argument check, a parse step) is rendered for thousands of parameters, and a
   * FreeMarker call costs far more than a lookup. Bounded so a long-lived JVM cannot grow it
   * without limit.
   */
  private final Map<RenderKey, String> rendered = new ConcurrentHashMap<>();

  private final boolean cacheable;
  private final Optional<Path> overrideDir;

  private static final int MAX_CACHED = 50_000;

  /** A plain class, not a record: a cold run would bootstrap a record's generated methods. */
  private static final class RenderKey {
    final String name;
    final Object model;
    final int hash;

    RenderKey(String name, Object model) {
      this.name = name;
      this.model = model;
      this.hash = 31 * name.hashCode() + model.hashCode();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof RenderKey k
          && hash == k.hash
          && name.equals(k.name)
          && model.equals(k.model);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  private Templates(Optional<Path> overrideDir) {
    this.overrideDir = overrideDir;
    // Override templates may be edited while a long-lived JVM runs: never cache their output.
    cacheable = overrideDir.isEmpty();
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    // Numbers print the same whatever the machine's locale.
    config.setLocale(Locale.ROOT);
    config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    TemplateLoader classpath =
        new ClassTemplateLoader(Templates.class, "/org/argclinic/templates/");
    if (overrideDir.isPresent()) {
      try {
        config.setTemplateLoader(
            new MultiTemplateLoader(
                new TemplateLoader[] {
                  new FileTemplateLoader(overrideDir.get().toFile()), classpath
                }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      config.setTemplateLoader(classpath);
      // Built-in templates never change while the JVM runs: never look them up again.
      config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }
  }

  /**
   * The configuration of a run with override directory {@code overrideDir}: the shared built-in one
   * (with its render cache) when there is none, else a new one, so that a long-lived JVM sees
   * override templates as they are when the run starts.
   */
  public static Templates of(Optional<Path> overrideDir) {
    return overrideDir.isPresent() ? new Templates(overrideDir) : builtIn();
  }

  /** The built-in templates only. */
  public static Templates builtIn() {
    Templates t = builtIn;
    if (t == null) {
      synchronized (Templates.class) {
        t = builtIn;
        if (t == null) {
          t = new Templates(Optional.empty());
          builtIn = t;
        }
      }
    }
    return t;
  }

  /** True when a template of that name can be loaded (from the override directory or built in). */
  public boolean exists(String name) {
    try {
      return config.getTemplate(name) != null;
    } catch (TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      // A template that does not parse exists: render reports it, positioned.
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof ParseException) {
          return true;
        }
      }
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #render}, remembering the text: {@code model} must be a value (immutable, with equals
   * and hashCode over everything the template reads), e.g. a record of strings, numbers and lists,
   * or an immutable map of those.
   */
  public String renderValue(String name, Object model) {
    if (!cacheable) {
      return render(name, model);
    }
    RenderKey key = new RenderKey(name, model);
    String text = rendered.get(key);
    if (text == null) {
      text = render(name, model);
      remember(key, text);
    }
    return text;
  }

  private void remember(RenderKey key, String text) {
    if (rendered.size() < MAX_CACHED) {
      rendered.put(key, text);
    }
  }

  /**
   * As {@link #renderValue}, for templates that only interpolate some strings of their model (print
   * them with {@code ${...}}, never test, measure or transform them): {@code model} builds the view
   * model from those strings. FreeMarker then runs once per distinct shape, with numbered slot
   * markers standing for the strings, and each call fills the remembered text's slots with its own
   * strings. Most snippets differ only in parameter names, so a run over CPython's tree calls
   * FreeMarker a few hundred times instead of a few thousand.
   */
  public String renderSlotted(
      String name, Function<List<String>, Object> model, List<String> strings) {
    Object whole = model.apply(strings);
    if (checkSlots && cacheable && fitSlots(strings)) {
      return checkedSlotted(name, model, strings, whole);
    }
    if (!cacheable || !fitSlots(strings)) {
      // Override templates may test the strings; a marker character in a string is ambiguous.
      return renderValue(name, whole);
    }
    // The whole model first: a long-lived JVM has seen most of them before.
    RenderKey key = new RenderKey(name, whole);
    String text = rendered.get(key);
    if (text == null) {
      text = fillSlots(renderValue(name, model.apply(SLOTS.subList(0, strings.size()))), strings);
      remember(key, text);
    }
    return text;
  }

  /**
   * Test mode ({@code -Dargclinic.checkSlots=true}): every slotted call is also rendered whole,
   * without the cache, and a difference is an error. SlotsConformanceTest runs CPython's tree so.
   */
  private static volatile boolean checkSlots = Boolean.getBoolean("argclinic.checkSlots");

  private static final AtomicLong slotChecks = new AtomicLong();

  /** Turns the test mode on or off; returns how many calls it compared so far. */
  static long checkSlots(boolean on) {
    checkSlots = on;
    return slotChecks.get();
  }

  private String checkedSlotted(
      String name, Function<List<String>, Object> model, List<String> strings, Object whole) {
    String expected = render(name, whole);
    String slotted =
        fillSlots(render(name, model.apply(SLOTS.subList(0, strings.size()))), strings);
    slotChecks.incrementAndGet();
    if (!slotted.equals(expected)) {
      throw new IllegalStateException(
          "slotted rendering of "
              + name
              + " differs from whole"
              + " rendering for "
              + strings
              + ":\n--- whole\n"
              + expected
              + "\n--- slotted\n"
              + slotted);
    }
    return expected;
  }

  /**
   * Brackets a slot's number. No built-in template holds it; a string that does is rendered whole
   * instead (see fitSlots), so a marker in the output is always one of ours.
   */
  private static final char SLOT = '\u0001';

  private static final List<String> SLOTS = slotMarkers(256);

  private static List<String> slotMarkers(int n) {
    String[] slots = new String[n];
    for (int i = 0; i < n; i++) {
      slots[i] = SLOT + Integer.toString(i) + SLOT;
    }
    return List.of(slots);
  }

  private static boolean fitSlots(List<String> strings) {
    if (strings.size() > SLOTS.size()) {
      return false;
    }
    for (String s : strings) {
      if (s.indexOf(SLOT) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String fillSlots(String text, List<String> strings) {
    int at = text.indexOf(SLOT);
    if (at < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 64);
    int from = 0;
    while (at >= 0) {
      int end = text.indexOf(SLOT, at + 1);
      b.append(text, from, at).append(strings.get(Integer.parseInt(text, at + 1, end, 10)));
      from = end + 1;
      at = text.indexOf(SLOT, from);
    }
    return b.append(text, from, text.length()).toString();
  }

  /**
   * Renders {@code name} (e.g. {@code c/core/methoddef_define.c.ftl}) with one view-model record.
   */
  public String render(String name, Object model) {
    try {
      Template t = config.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw failure(name, e);
    }
  }

  /**
   * The error a template gave, at its deepest cause: the template that does not parse (FreeMarker
   * wraps it in the error of the template that includes or imports it, and in an IOException when
   * the name is asked for again), else the template that failed while rendering.
   */
  private RuntimeException failure(String name, Exception e) {
    ParseException parse = null;
    TemplateException render = null;
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof ParseException p) {
        parse = p;
      } else if (c instanceof TemplateException t) {
        render = t;
      }
    }
    if (parse != null) {
      return failure(
          parse.getTemplateName() == null ? name : parse.getTemplateName(),
          parse.getLineNumber(),
          parse.getColumnNumber(),
          parse.getEditorMessage(),
          e);
    }
    if (render != null) {
      return failure(
          render.getTemplateSourceName() == null ? name : render.getTemplateSourceName(),
          render.getLineNumber() == null ? 0 : render.getLineNumber(),
          render.getColumnNumber() == null ? 0 : render.getColumnNumber(),
          render.getMessageWithoutStackTop().strip(),
          e);
    }
    return new UncheckedIOException((IOException) e);
  }

  /** The error at the file the template came from: the override's, else the built-in name. */
  private TemplateFailure failure(
      String name, int line, int column, String message, Exception cause) {
    String path = name;
    if (overrideDir.isPresent() && Files.isRegularFile(overrideDir.get().resolve(name))) {
      path = overrideDir.get().resolve(name).toString();
    }
    String first = message.lines().findFirst().orElse("").strip();
    return new TemplateFailure(
        Diagnostic.error(path, line, column, "template " + name + ": " + first), cause);
  }
}
