package io.typedclient.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * How a generated adapter reads and writes one property: straight from the {@code JsonReader} for strings,
 * primitives and their boxes, or through an adapter for everything else.
 */
public enum ValueKind {
  BOOLEAN("nextBoolean", false),
  INT("nextInt", false),
  LONG("nextLong", false),
  DOUBLE("nextDouble", false),
  STRING("nextString", false),
  /** {@code JsonReader} has no {@code nextFloat}; the runtime's reads floats exactly and refuses overflow. */
  FLOAT("nextFloat", true),
  SHORT("nextShort", true),
  BYTE("nextByte", true),
  CHAR("nextChar", true),
  /** Anything else: a field holding the adapter that {@code JsonTypeRule} wires. */
  ADAPTER(null, false);

  private final String method;
  private final boolean throughSupport;

  ValueKind(String method, boolean throughSupport) {
    this.method = method;
    this.throughSupport = throughSupport;
  }

  /** The method that reads one value: {@code reader.method()}, or {@code JsonModelSupport.method(reader)}. */
  public String method() {
    return method;
  }

  /** Whether {@link #method} is the runtime support class's rather than the reader's. */
  public boolean throughSupport() {
    return throughSupport;
  }

  static ValueKind of(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return BOOLEAN;
      case INT:
        return INT;
      case LONG:
        return LONG;
      case DOUBLE:
        return DOUBLE;
      case FLOAT:
        return FLOAT;
      case SHORT:
        return SHORT;
      case BYTE:
        return BYTE;
      case CHAR:
        return CHAR;
      case DECLARED:
        return ofDeclared(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
      default:
        return ADAPTER;
    }
  }

  private static ValueKind ofDeclared(String name) {
    switch (name) {
      case "java.lang.String":
        return STRING;
      case "java.lang.Boolean":
        return BOOLEAN;
      case "java.lang.Integer":
        return INT;
      case "java.lang.Long":
        return LONG;
      case "java.lang.Double":
        return DOUBLE;
      case "java.lang.Float":
        return FLOAT;
      case "java.lang.Short":
        return SHORT;
      case "java.lang.Byte":
        return BYTE;
      case "java.lang.Character":
        return CHAR;
      default:
        return ADAPTER;
    }
  }
}
