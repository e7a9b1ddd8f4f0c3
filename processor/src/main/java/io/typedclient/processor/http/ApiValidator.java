package io.typedclient.processor.http;

import static io.typedclient.processor.http.TypeChecks.nestedName;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Validates an {@code @HttpApi} type and reads it into an {@link ApiModel}: it must be an interface the
 * generated class can implement, and each of its endpoint methods must be valid.
 */
final class ApiValidator {
  private final Elements elements;
  private final TypeChecks checks;
  private final MethodCollector collector;
  private final MethodValidator methodValidator;

  ApiValidator(Types types, Elements elements) {
    this.elements = elements;
    this.checks = new TypeChecks(types, elements);
    this.collector = new MethodCollector(types, elements);
    this.methodValidator = new MethodValidator(types, elements);
  }

  /** The generated class's name: {@code SessionApiClient}, {@code Outer_ApiClient} for {@code Outer.Api}. */
  static ClassName clientName(TypeElement api) {
    ClassName interfaceName = ClassName.get(api);
    return ClassName.get(interfaceName.packageName(), String.join("_", interfaceName.simpleNames()) + "Client");
  }

  /** The model of {@code api}, or {@code null} when {@code report} holds why not. */
  ApiModel validate(TypeElement api, ValidationReport report) {
    if (!checkType(api, report)) {
      return null;
    }
    List<StaticHeader> apiHeaders = StaticHeadersReader.read(api, " on interface " + nestedName(api), report);
    MethodCollector.Methods methods = collector.collect(api, report);
    Map<Element, List<StaticHeader>> inheritedHeaders = new HashMap<>();
    List<MethodModel> models = new ArrayList<>();
    boolean usesDeprecated = elements.isDeprecated(api);
    for (ExecutableElement method : methods.endpoints()) {
      List<StaticHeader> headers = new ArrayList<>(apiHeaders);
      Element declaring = method.getEnclosingElement();
      if (!declaring.equals(api)) {
        headers.addAll(inheritedHeaders.computeIfAbsent(
            declaring, d -> StaticHeadersReader.read(d, " on interface " + nestedName(d), report)));
      }
      MethodModel model = methodValidator.validate(api, method, headers, report);
      if (model != null) {
        models.add(model);
        usesDeprecated |= model.deprecated() || usesDeprecatedType(model);
      }
    }
    if (report.hasErrors() || report.hasUnresolved()) {
      return null;
    }
    return new ApiModel(
        api, (DeclaredType) api.asType(), clientName(api), models, methods.declaresClose(), usesDeprecated);
  }

  private boolean checkType(TypeElement api, ValidationReport report) {
    AnnotationMirror httpApi = Annotations.find(api, Annotations.HTTP_API);
    String name = nestedName(api);
    if (api.getKind() != ElementKind.INTERFACE) {
      report.error(api, httpApi, "@HttpApi applies to interfaces only, but " + name + " is "
          + describeKind(api.getKind()) + "; declare the endpoints in an interface");
      return false;
    }
    if (!api.getTypeParameters().isEmpty()) {
      report.error(api, "@HttpApi interface " + name + " must not declare type parameters; declare a non-generic"
          + " interface that extends it with the types filled in, and annotate that one");
      return false;
    }
    if (api.getModifiers().contains(Modifier.SEALED)) {
      report.error(api, "@HttpApi interface " + name + " must not be sealed: the generated "
          + clientName(api).simpleName() + " implements it and is not among its permitted subclasses");
      return false;
    }
    for (Element e = api; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(api, "@HttpApi interface " + name
            + (e.equals(api) ? " must not be private" : " is inside the private " + nestedName(e))
            + ": the generated " + clientName(api).simpleName() + " in the same package has to implement it");
        return false;
      }
    }
    return true;
  }

  private static String describeKind(ElementKind kind) {
    switch (kind) {
      case CLASS:
        return "a class";
      case ENUM:
        return "an enum";
      case ANNOTATION_TYPE:
        return "an annotation type";
      case RECORD:
        return "a record";
      default:
        return "a " + kind.toString().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private boolean usesDeprecatedType(MethodModel model) {
    if (checks.isDeprecated(model.type().getReturnType())) {
      return true;
    }
    for (TypeMirror parameter : model.type().getParameterTypes()) {
      if (checks.isDeprecated(parameter)) {
        return true;
      }
    }
    return false;
  }
}
