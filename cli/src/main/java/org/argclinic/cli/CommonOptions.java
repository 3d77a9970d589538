package org.argclinic.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.model.Version;
import org.argclinic.run.CApi;
import org.argclinic.run.GenerateRequest;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by generate and check; maps them onto one GenerateRequest. */
final class CommonOptions {
  @Mixin SourceOptions sources;

  @Option(names = "--c-api", paramLabel = "core|public|limited", converter = CApiConverter.class,
      description = {"The C API the glue may use (default: ${DEFAULT-VALUE}).",
          "core: CPython's own tree, byte-identical to CPython 3.13's clinic;",
          "public: public C API of CPython 3.9+; limited: Py_LIMITED_API (abi3)."},
      defaultValue = "public")
  CApi cApi;

  @Option(names = "--limited-version", paramLabel = "X.Y", defaultValue = "3.10",
      description = "With --c-api limited: the Py_LIMITED_API version (default: ${DEFAULT-VALUE}).")
  String limitedVersion;

  @Option(names = "--rust-ffi", paramLabel = "CRATE", defaultValue = GenerateRequest.DEFAULT_RUST_FFI,
      description = "Rust path of the FFI crate the Rust glue uses (default: ${DEFAULT-VALUE}).")
  String rustFfi;

  @Option(names = "--stubs",
      description = "Also the type stub <module>.pyi of each declared module (see the stubs command).")
  boolean stubs;

  @Option(names = "--stubs-output", paramLabel = "DIR",
      description = "With --stubs: write stubs into DIR (default: beside each module's first source).")
  Path stubsOutput;

  GenerateRequest toRequest(CommandLine cl, boolean force) {
    return sources.request()
        .cApi(cApi)
        .limitedVersion(parseVersion(cl, limitedVersion))
        .rustFfi(rustFfi)
        .force(force)
        .stubs(stubs || stubsOutput != null)
        .stubsDirectory(Optional.ofNullable(stubsOutput))
        .build();
  }

  private static Version parseVersion(CommandLine cl, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)").matcher(text);
    if (!m.matches()) {
      throw new CommandLine.ParameterException(cl,
          "--limited-version: expected X.Y (for example 3.10), got '" + text + "'");
    }
    return new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  static final class CApiConverter implements CommandLine.ITypeConverter<CApi> {
    @Override
    public CApi convert(String value) {
      for (CApi c : CApi.values()) {
        if (c.cliName().equals(value)) {
          return c;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected core, public or limited, got '" + value + "'");
    }
  }
}
