package io.typedclient.processor.jsontype;

import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import io.typedclient.processor.mirror.Annotations;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Where the {@link JsonTypeRule} is applied: the {@code @HttpApi} interface or {@code @JsonModel} type whose
 * generated code carries the types, with the package that code sits in and the types its {@code fromMoshi}
 * attribute asks the application's Moshi for.
 *
 * @param packageName the package of the generated code
 * @param fromMoshi the canonical names of the classes named in {@code fromMoshi}
 * @param annotation {@code @HttpApi} or {@code @JsonModel}, as messages spell it
 * @param owner the annotated type, as messages spell it: {@code ItemsApi}, {@code Catalog.Api}
 */
public record Scope(String packageName, Set<String> fromMoshi, String annotation, String owner) {

  public Scope {
    fromMoshi = Set.copyOf(fromMoshi);
  }

  /** The scope of {@code owner}, annotated {@code @HttpApi} or {@code @JsonModel}. */
  public static Scope of(TypeElement owner, Elements elements) {
    AnnotationMirror annotation = Annotations.find(owner, Annotations.HTTP_API);
    if (annotation == null) {
      annotation = Annotations.find(owner, Annotations.JSON_MODEL);
    }
    Set<String> names = new LinkedHashSet<>();
    for (AnnotationValue entry : Annotations.arrayValue(annotation, Annotations.FROM_MOSHI)) {
      TypeMirror type = entry.getValue() instanceof TypeMirror ? (TypeMirror) entry.getValue() : null;
      if (type != null && type.getKind() == TypeKind.DECLARED) {
        names.add(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
      }
    }
    return new Scope(
        elements.getPackageOf(owner).getQualifiedName().toString(),
        names,
        annotation == null ? "@JsonModel" : Annotations.simpleNameOf(annotation),
        nestedName(owner));
  }

  /** {@code fromMoshi of @HttpApi on ItemsApi}: where the opt-in is, for messages. */
  String attribute() {
    return "fromMoshi of " + annotation + " on " + owner;
  }

  /** {@code @HttpApi(fromMoshi = Book.class) on ItemsApi}: the opt-in that would name {@code simpleName}. */
  String attribute(String simpleName) {
    return annotation + "(fromMoshi = " + simpleName + ".class) on " + owner;
  }
}
