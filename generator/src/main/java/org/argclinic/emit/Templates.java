package org.argclinic.emit;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one FreeMarker configuration: templates come from the classpath ({@code
 * org/argclinic/templates/}) unless a user override directory holds a file of the same name.
 */
public final class Templates {
  private static final Map<Optional<Path>, Templates> SHARED = new ConcurrentHashMap<>();

  private final Configuration config;

  private Templates(Optional<Path> overrideDir) {
    config = new Configuration(Configuration.VERSION_2_3_34);
    config.setDefaultEncoding("UTF-8");
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
    TemplateLoader classpath = new ClassTemplateLoader(Templates.class, "/org/argclinic/templates/");
    if (overrideDir.isPresent()) {
      try {
        config.setTemplateLoader(new MultiTemplateLoader(new TemplateLoader[] {
            new FileTemplateLoader(overrideDir.get().toFile()), classpath}));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      config.setTemplateLoader(classpath);
    }
  }

  public static Templates shared(Optional<Path> overrideDir) {
    return SHARED.computeIfAbsent(overrideDir, Templates::new);
  }

  public static Templates shared() {
    return shared(Optional.empty());
  }

  /** True when a template of that name can be loaded (from the override directory or built in). */
  public boolean exists(String name) {
    try {
      return config.getTemplate(name) != null;
    } catch (freemarker.template.TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders {@code name} (e.g. {@code c/core/methoddef_define.c.ftl}) with one view-model record. */
  public String render(String name, Object model) {
    try {
      Template t = config.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (TemplateException e) {
      throw new IllegalStateException("template " + name + ": " + e.getMessage(), e);
    }
  }
}
