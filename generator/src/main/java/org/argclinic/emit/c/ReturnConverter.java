package org.argclinic.emit.c;

/** What the C emitter asks of a return converter (Argument Clinic's CReturnConverter). */
public interface ReturnConverter {
  /** The impl function's C return type, e.g. {@code PyObject *}. */
  String type();

  void render(CFunction function, RenderData data);
}
