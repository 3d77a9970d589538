package org.argclinic.resolve;

import java.util.Map;
import java.util.Optional;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;

/**
 * {@code self}: the first parameter of every function (implicit unless declared). Its C type is the
 * class's typedef, or what {@code self(type=...)} says; in the parser of {@code __new__}, {@code
 * __init__}, class and static methods the slot keeps the calling convention's type and the impl
 * call casts.
 */
public class SelfConverter extends CConverter {
  private Optional<String> specifiedType = Optional.empty();

  public SelfConverter() {
    formatUnit = "";
  }

  @Override
  protected void converterInit(ConverterArgs args) {
    specifiedType = args.string("type");
  }

  @Override
  public void preRender() {
    FunctionContext f = function();
    signatureName = Optional.of(f.selfName());
    if (specifiedType.isPresent()) {
      type = specifiedType.get();
    } else if (type.isEmpty()) {
      type = f.selfType();
    }
    if (f.kind() == FunctionKind.STATICMETHOD || f.kind().newOrInit()) {
      showInSignature = false;
    }
  }

  /** The type of the self slot in the parser function. */
  public String parserType() {
    switch (function().kind()) {
      case INIT:
      case NEW:
      case STATICMETHOD:
      case CLASSMETHOD:
        return function().selfType();
      default:
        return type;
    }
  }

  @Override
  public void render(Parameter parameter, CRenderData data) {
    if (function().kind() == FunctionKind.STATICMETHOD) {
      return;
    }
    renderSelf(parameter, data);
    if (!type.equals(parserType())) {
      // self is always rendered first, so it is the only impl argument so far
      data.implArguments.set(0, "(" + type + ")" + data.implArguments.get(0));
    }
  }

  @Override
  public void setTemplateDict(Map<String, String> d) {
    d.put("self_name", name());
    d.put("self_type", parserType());
    FunctionKind kind = function().kind();
    if (kind.newOrInit()
        && function().cls().isPresent()
        && !function().cls().get().typedef().isEmpty()) {
      String check =
          kind == FunctionKind.NEW
              ? "(" + name() + " == base_tp || " + name() + "->tp_init == base_tp->tp_init)"
              : "(Py_IS_TYPE("
                  + name()
                  + ", base_tp) ||\n         Py_TYPE("
                  + name()
                  + ")->tp_new == base_tp->tp_new)";
      d.put("self_type_check", check + " &&\n        ");
      d.put(
          "base_type_ptr", "PyTypeObject *base_tp = " + function().cls().get().typeObject() + ";");
    }
  }
}
