package org.argclinic.resolve;

import java.util.Map;
import java.util.Optional;
import org.argclinic.model.Parameter;

/** {@code defining_class}: the class that defined the method (METH_METHOD); impl side only. */
public class DefiningClassConverter extends CConverter {
  private Optional<String> specifiedType = Optional.empty();

  public DefiningClassConverter() {
    type = "PyTypeObject *";
    formatUnit = "";
    showInSignature = false;
  }

  @Override
  protected void converterInit(ConverterArgs args) {
    specifiedType = args.string("type");
  }

  /** The {@code type=} argument; clinic records it but keeps {@code PyTypeObject *}. */
  public Optional<String> specifiedType() {
    return specifiedType;
  }

  @Override
  public void render(Parameter parameter, CRenderData data) {
    renderSelf(parameter, data);
  }

  @Override
  public void setTemplateDict(Map<String, String> d) {
    d.put("defining_class_name", name());
  }
}
