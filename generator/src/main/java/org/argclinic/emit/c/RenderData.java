package org.argclinic.emit.c;

import java.util.ArrayList;
import java.util.List;

/**
 * What converters contribute while one function is rendered (Argument Clinic's CRenderData). One
 * per function; every converter renders into it in parameter order, then the return converter.
 */
public final class RenderData {
  public final List<String> declarations = new ArrayList<>();
  public final List<String> initializers = new ArrayList<>();
  public final List<String> modifications = new ArrayList<>();
  public final List<String> keywords = new ArrayList<>();
  public final List<String> formatUnits = new ArrayList<>();
  public final List<String> parseArguments = new ArrayList<>();
  public final List<String> implParameters = new ArrayList<>();
  public final List<String> implArguments = new ArrayList<>();
  public String returnValue = "return_value";
  public final List<String> returnConversion = new ArrayList<>();
  public String converterRetval = "_return_value";
  public final List<String> postParsing = new ArrayList<>();
  public final List<String> cleanup = new ArrayList<>();
  public final List<String> lock = new ArrayList<>();
  public final List<String> unlock = new ArrayList<>();
}
