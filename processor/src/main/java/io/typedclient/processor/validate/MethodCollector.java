package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.HttpVerb;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the methods an {@code @HttpApi} client must implement: the abstract methods of the interface and of
 * its super-interfaces, as Java sees them from the interface (a method overridden by a more specific
 * declaration, default or abstract, counts once). Default and static methods are left alone, as are
 * re-declarations of {@code equals}, {@code hashCode} and {@code toString}, which {@code Object} implements.
 *
 * <p>{@code close()} is the client's own: an abstract {@code close()} without an HTTP method (from
 * {@code AutoCloseable} or {@code Closeable}, say) is implemented by closing the client.
 */
final class MethodCollector {
  private final Types types;
  private final Elements elements;

  MethodCollector(Types types, Elements elements) {
    this.types = types;
    this.elements = elements;
  }

  /**
   * What {@link #collect} found.
   *
   * @param endpoints the abstract methods to implement as HTTP calls, the interface's own first, in source order
   * @param declaresClose whether an abstract {@code close()} is to be implemented by closing the client
   */
  record Methods(List<ExecutableElement> endpoints, boolean declaresClose) {}

  /** The methods of {@code api}; reports conflicts and unresolved super-interfaces to {@code report}. */
  Methods collect(TypeElement api, Report report) {
    List<ExecutableElement> declared = new ArrayList<>();
    visit(api, api, new LinkedHashSet<>(), declared, report);
    List<ExecutableElement> members = new ArrayList<>();
    for (ExecutableElement method : declared) {
      if (declared.stream().noneMatch(other -> other != method && elements.overrides(other, method, api))) {
        members.add(method);
      }
    }
    List<ExecutableElement> endpoints = new ArrayList<>();
    boolean declaresClose = false;
    for (ExecutableElement method : members) {
      if (isClose(method)) {
        declaresClose = checkClose(method, report);
      } else if (method.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(method)) {
        endpoints.add(method);
      }
    }
    checkInheritedTwice(api, endpoints, report);
    return new Methods(endpoints, declaresClose);
  }

  private void visit(
      TypeElement api, TypeElement type, Set<TypeElement> visited, List<ExecutableElement> methods,
      Report report) {
    if (!visited.add(type)) {
      return;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Set<Modifier> modifiers = method.getModifiers();
      if (!modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.PRIVATE)) {
        methods.add(method);
      }
    }
    for (TypeMirror superInterface : type.getInterfaces()) {
      if (superInterface.getKind() == TypeKind.ERROR) {
        report.missing(superInterface, ", a super-interface of " + nestedName(type));
        continue;
      }
      visit(api, (TypeElement) types.asElement(superInterface), visited, methods, report);
    }
  }

  private static boolean isClose(ExecutableElement method) {
    return method.getSimpleName().contentEquals("close") && method.getParameters().isEmpty();
  }

  /** Whether {@code close()} is the client's to implement; reports the forms that cannot be. */
  private boolean checkClose(ExecutableElement close, Report apiReport) {
    Report report = apiReport.within(close, " for method " + nestedName(close.getEnclosingElement()) + ".close");
    String reserved = "close() is reserved: the generated client's close() releases its connections; ";
    if (close.getModifiers().contains(Modifier.DEFAULT)) {
      report.error(
          Rule.CLOSE_RESERVED, reserved + "remove this default close(), which would hide it, or make it abstract");
      return false;
    }
    if (!close.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    for (HttpVerb verb : HttpVerb.values()) {
      AnnotationMirror annotation = Annotations.find(close, verb.annotationName());
      if (annotation != null) {
        report.error(Rule.CLOSE_RESERVED, close, annotation, reserved + "give this endpoint another name");
        return false;
      }
    }
    if (close.getReturnType().getKind() != TypeKind.VOID) {
      report.error(Rule.CLOSE_RESERVED, reserved + "declare it as void close()");
      return false;
    }
    return true;
  }

  /** {@code equals(Object)}, {@code hashCode()} and {@code toString()}: {@code Object} implements them. */
  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    List<? extends Element> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return name.equals("hashCode") || name.equals("toString");
    }
    return name.equals("equals")
        && parameters.size() == 1
        && TypeChecks.is(parameters.get(0).asType(), "java.lang.Object");
  }

  /**
   * Two abstract methods with the same signature from unrelated super-interfaces would become two methods of
   * one class; the interface must say which one it means.
   */
  private void checkInheritedTwice(TypeElement api, List<ExecutableElement> endpoints, Report report) {
    DeclaredType apiType = (DeclaredType) api.asType();
    for (int i = 0; i < endpoints.size(); i++) {
      for (int j = 0; j < i; j++) {
        ExecutableElement a = endpoints.get(j);
        ExecutableElement b = endpoints.get(i);
        if (a.getSimpleName().equals(b.getSimpleName())
            && types.isSubsignature(
                (ExecutableType) types.asMemberOf(apiType, a), (ExecutableType) types.asMemberOf(apiType, b))) {
          report.error(Rule.INHERITED_TWICE, String.format(
              "%s inherits %s() from both %s and %s; declare it in %s with the HTTP method to use",
              nestedName(api), a.getSimpleName(), nestedName(a.getEnclosingElement()),
              nestedName(b.getEnclosingElement()), nestedName(api)));
        }
      }
    }
  }
}
