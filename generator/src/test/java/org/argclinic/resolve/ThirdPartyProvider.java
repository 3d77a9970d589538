package org.argclinic.resolve;

import java.util.Optional;
import org.argclinic.resolve.spi.ConverterProvider;

/** A third-party converter set, found through ServiceLoader from the test class path. */
public final class ThirdPartyProvider implements ConverterProvider {
  @Override
  public String name() {
    return "thirdparty";
  }

  @Override
  public void register(ConverterRegistry.Registrar r) {
    r.converter("thirdparty_u8", "", Uint8::new);
  }

  /**
   * {@code thirdparty_u8}: an int in 0..255 parsed inline (not named uint8: that is CPython 3.15's
   * own converter now, and a provider's name would replace it).
   */
  public static final class Uint8 extends CConverter {
    public Uint8() {
      type = "uint8_t";
      cIgnoredDefault = "0";
      converter = Optional.of("thirdparty_u8_converter");
    }

    /** Its stub type, declared the way a port declares one. */
    @Override
    public Optional<String> pythonType() {
      return Optional.of("int");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippet("as_unsigned", argname, "fn", "PyLong_AsUnsignedLong", "ctype", "uint8_t");
    }
  }
}
