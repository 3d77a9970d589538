package org.argclinic.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when the committed glue no longer matches its declarations: prints the {@code
 * path:line} where each stale region starts and the unified diff {@code generate} would apply.
 * Writes no source file. DSL errors fail it too, with {@code path:line:col} diagnostics.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractArgclinicMojo {
  @Override
  boolean writes() {
    return false;
  }
}
