package io.typedclient.processor.mirror;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Types that are not defined yet: generated later in this compilation (by us or another processor), or missing.
 * javac gives them the kind {@code ERROR}; an element that uses one waits for the next round.
 */
public final class MissingTypes {
  private MissingTypes() {}

  /** Whether {@code type}, or a type inside it, is not defined yet. */
  public static boolean isMissing(TypeMirror type) {
    switch (type.getKind()) {
      case ERROR:
        return true;
      case DECLARED:
        return ((DeclaredType) type).getTypeArguments().stream().anyMatch(MissingTypes::isMissing);
      case ARRAY:
        return isMissing(((ArrayType) type).getComponentType());
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return (wildcard.getExtendsBound() != null && isMissing(wildcard.getExtendsBound()))
            || (wildcard.getSuperBound() != null && isMissing(wildcard.getSuperBound()));
      default:
        return false;
    }
  }
}
