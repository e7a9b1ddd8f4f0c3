package io.typedclient.processor.json;

import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/** One property of a model, as read from its constructor parameter and its accessor or field. */
final class Property {
  /** How the value is read back from an instance when writing JSON. */
  enum Access {
    METHOD,
    FIELD
  }

  /** The Java name: the constructor parameter's or record component's. */
  final String name;
  /** The name in JSON: {@code @Json(name)} or the Java name. */
  final String jsonName;
  final TypeMirror type;
  final ValueKind kind;
  /** Annotated {@code Nullable}: may be absent or JSON null. Every other property is required. */
  final boolean optional;
  /** {@code @Json(ignore = true)}: neither read nor written; the constructor gets null or zero. */
  final boolean ignored;
  final Access access;
  /** The accessor method's or field's simple name. */
  final String member;
  /** Where errors about this property are reported: the constructor parameter or record component. */
  final Element element;
  /**
   * The type leads back to the model that has this property through another model, so its adapter is created on
   * first use rather than in the constructor, which would otherwise never end (see {@link ModelGraph}).
   */
  final boolean cyclic;

  Property(
      String name,
      String jsonName,
      TypeMirror type,
      boolean optional,
      boolean ignored,
      Access access,
      String member,
      Element element,
      boolean cyclic) {
    this.name = name;
    this.jsonName = jsonName;
    this.type = type;
    this.kind = ValueKind.of(type);
    this.optional = optional;
    this.ignored = ignored;
    this.access = access;
    this.member = member;
    this.element = element;
    this.cyclic = cyclic;
  }

  boolean isPrimitive() {
    return type.getKind().isPrimitive();
  }
}
