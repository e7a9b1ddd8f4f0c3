package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Checks HTTP method annotations outside the endpoints an {@code @HttpApi} client implements, where nothing would
 * honour them and the user would only see javac's "cannot find symbol ...Client" where they use the client: on a
 * method of a class, enum or record; on a default, static or private interface method; and in an interface that
 * is not {@code @HttpApi} and that no {@code @HttpApi} interface of the compilation extends.
 *
 * <p>The last can only be decided when every {@code @HttpApi} interface is known: {@link #check} remembers such
 * interfaces, and {@link #finish} reports those that are still not extended in the last round. A generic interface
 * is a base by nature (it cannot be {@code @HttpApi} itself) and is never reported.
 */
public final class EndpointPlacementValidator {
  private final Elements elements;
  private final Types types;
  /** Interfaces with endpoints but without {@code @HttpApi}, by name, with the first endpoint annotation found. */
  private final Map<String, String> unannotated = new LinkedHashMap<>();
  private final Set<String> apis = new LinkedHashSet<>();

  public EndpointPlacementValidator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Remembers {@code api}, an {@code @HttpApi} type, as one that may extend interfaces with endpoints. */
  public void noteApi(TypeElement api) {
    apis.add(api.getQualifiedName().toString());
  }

  /** Reports {@code method}'s HTTP method annotation {@code annotation} to {@code report} if it is out of place. */
  public void check(Element method, String annotation, Report report) {
    AnnotationMirror verb = Annotations.find(method, annotation);
    String name = Annotations.simpleNameOf(verb);
    Element type = method.getEnclosingElement();
    String where = nestedName(type) + "." + method.getSimpleName();
    if (!type.getKind().isInterface()) {
      report.error(Rule.ENDPOINT_IN_CLASS, method, verb, String.format("%s on method %s of a %s: endpoints are the"
          + " abstract methods of an @HttpApi interface, whose client the processor writes; declare it there",
          name, where, kindOf(type.getKind())));
    } else if (method.getModifiers().contains(Modifier.DEFAULT) || method.getModifiers().contains(Modifier.STATIC)
        || method.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(Rule.ENDPOINT_NOT_ABSTRACT, method, verb, String.format("%s on %s method %s: the client implements"
          + " the abstract methods of the interface only; remove %s, or make the method abstract", name,
          modifierOf(method), where, name));
    } else if (!Annotations.has(type, Annotations.HTTP_API) && ((TypeElement) type).getTypeParameters().isEmpty()) {
      unannotated.putIfAbsent(((TypeElement) type).getQualifiedName().toString(),
          name + " " + method.getSimpleName() + "()");
    }
  }

  /**
   * The last round: reports, on the interface, each interface with endpoints that is not {@code @HttpApi} and that
   * no {@code @HttpApi} interface of this compilation extends.
   */
  public void finish(Messager messager) {
    unannotated.forEach((name, endpoint) -> {
      TypeElement type = elements.getTypeElement(name);
      if (type != null && !isExtendedByAnApi(type)) {
        Report.about(messager, type).error(Rule.HTTP_API_MISSING, String.format("interface %s has endpoints (%s) but is not"
            + " annotated @HttpApi, so no %sClient is generated for it; annotate it with @io.typedclient.HttpApi",
            nestedName(type), endpoint, String.join("_", nestedName(type).split("\\."))));
      }
    });
  }

  private boolean isExtendedByAnApi(TypeElement type) {
    for (String name : apis) {
      TypeElement api = elements.getTypeElement(name);
      if (api != null && !api.equals(type)
          && types.isSubtype(types.erasure(api.asType()), types.erasure(type.asType()))) {
        return true;
      }
    }
    return false;
  }

  private static String kindOf(ElementKind kind) {
    switch (kind) {
      case ENUM:
        return "enum";
      case RECORD:
        return "record";
      default:
        return "class";
    }
  }

  private static String modifierOf(Element method) {
    if (method.getModifiers().contains(Modifier.DEFAULT)) {
      return "default";
    }
    return method.getModifiers().contains(Modifier.STATIC) ? "static" : "private";
  }
}
