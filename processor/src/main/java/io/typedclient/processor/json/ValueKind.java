package io.typedclient.processor.json;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * How a generated adapter reads and writes one property: straight from the {@code JsonReader} for strings,
 * primitives and their boxes, or through an adapter for everything else.
 */
enum ValueKind {
  BOOLEAN("$N.nextBoolean()"),
  INT("$N.nextInt()"),
  LONG("$N.nextLong()"),
  DOUBLE("$N.nextDouble()"),
  STRING("$N.nextString()"),
  /** {@code JsonReader} has no {@code nextFloat}; the runtime's refuses values beyond {@code float}'s range. */
  FLOAT("$T.nextFloat($N)"),
  SHORT("$T.nextShort($N)"),
  BYTE("$T.nextByte($N)"),
  CHAR("$T.nextChar($N)"),
  /** Anything else: a field holding the adapter that {@code AdapterCodes} wires. */
  ADAPTER(null);

  /** Code reading one value from a reader; {@code $N} is the reader, {@code $T} the runtime support class. */
  final String readFormat;

  ValueKind(String readFormat) {
    this.readFormat = readFormat;
  }

  /** Whether reading takes the runtime support class as {@code $T} before the reader. */
  boolean readsThroughSupport() {
    return readFormat != null && readFormat.startsWith("$T");
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
