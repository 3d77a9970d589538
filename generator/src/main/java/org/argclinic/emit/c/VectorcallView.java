package org.argclinic.emit.c;

/**
 * {@code vectorcall.c.ftl}: the slot and the {@code tp_vectorcall} entry of a {@code @vectorcall}
 * {@code __new__} or {@code __init__} (gh-87613).
 *
 * @param init {@code __init__} (allocates, returns {@code int} from the slot); else {@code __new__}
 * @param name the vectorcall entry's C name ({@code m_Thing_vectorcall})
 */
public record VectorcallView(boolean init, String name) {}
