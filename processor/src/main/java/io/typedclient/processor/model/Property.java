package io.typedclient.processor.model;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One property of a model, as read from its constructor parameter and its accessor or field.
 *
 * @param name the Java name: the constructor parameter's or record component's
 * @param jsonName the name in JSON: {@code @Json(name)} or the Java name
 * @param type the Java type
 * @param optional annotated {@code Nullable}: may be absent or JSON null; every other property is required
 * @param ignored {@code @Json(ignore = true)}: neither read nor written; the constructor gets null or zero
 * @param access how the value is read back from an instance when writing JSON
 * @param member the accessor method's or field's simple name
 * @param element where errors about this property are reported: the constructor parameter or record component
 * @param cyclic the type leads back to the model that has this property through another model, so its adapter
 *     is created on first use rather than in the constructor, which would otherwise never end
 */
public record Property(
    String name,
    String jsonName,
    TypeMirror type,
    boolean optional,
    boolean ignored,
    Access access,
    String member,
    Element element,
    boolean cyclic) {

  /** How the value is read back from an instance. */
  public enum Access {
    METHOD,
    FIELD
  }

  /** How the generated adapter reads and writes the value. */
  public ValueKind kind() {
    return ValueKind.of(type);
  }

  public boolean isPrimitive() {
    return type.getKind().isPrimitive();
  }
}
