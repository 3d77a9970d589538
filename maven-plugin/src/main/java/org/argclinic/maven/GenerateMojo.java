package org.argclinic.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Regenerates the Argument Clinic glue of every source file under the source directories, in place:
 * the impl signature in each block and the side files ({@code clinic/<file>.h}, {@code
 * clinic/<file>.rs}). A file is written only when its bytes change; sources unchanged since the
 * last successful run are not even read. DSL errors fail the build with {@code path:line:col}
 * diagnostics, and a file with errors is left alone.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractArgclinicMojo {
  @Override
  boolean writes() {
    return true;
  }
}
