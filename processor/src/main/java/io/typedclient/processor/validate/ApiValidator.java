package io.typedclient.processor.validate;

import static io.typedclient.processor.mirror.TypeDescriptions.nestedName;

import com.palantir.javapoet.ClassName;
import io.typedclient.processor.jsontype.JsonTypeRule;
import io.typedclient.processor.jsontype.Scope;
import io.typedclient.processor.mirror.Annotations;
import io.typedclient.processor.model.ApiModel;
import io.typedclient.processor.model.MethodModel;
import io.typedclient.processor.model.StaticHeader;
import io.typedclient.processor.report.Report;
import io.typedclient.processor.report.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
public final class ApiValidator {
  private final Elements elements;
  private final TypeChecks checks;
  private final MethodCollector collector;
  private final MethodValidator methodValidator;
  private final FromMoshiValidator fromMoshi;

  public ApiValidator(Types types, Elements elements) {
    this.elements = elements;
    this.checks = new TypeChecks(types, elements);
    this.collector = new MethodCollector(types, elements);
    JsonTypeRule jsonTypes = new JsonTypeRule(elements, types);
    this.methodValidator = new MethodValidator(types, elements, checks, jsonTypes);
    this.fromMoshi = new FromMoshiValidator(jsonTypes);
  }

  /** The generated class's name: {@code SessionApiClient}, {@code Outer_ApiClient} for {@code Outer.Api}. */
  public static ClassName clientName(TypeElement api) {
    ClassName interfaceName = ClassName.get(api);
    return ClassName.get(interfaceName.packageName(), String.join("_", interfaceName.simpleNames()) + "Client");
  }

  /** The model of {@code api}, or {@code null} when {@code report} has errors or types not defined yet. */
  public ApiModel validate(TypeElement api, Report report) {
    if (!checkType(api, report)) {
      return null;
    }
    fromMoshi.validate(api, Annotations.HTTP_API, report);
    Scope scope = Scope.of(api, elements);
    List<StaticHeader> apiHeaders = interfaceHeaders(api, report);
    MethodCollector.Methods methods = collector.collect(api, report);
    Map<Element, List<StaticHeader>> inheritedHeaders = new HashMap<>();
    List<MethodModel> models = new ArrayList<>();
    boolean usesDeprecated = elements.isDeprecated(api);
    for (ExecutableElement method : methods.endpoints()) {
      List<StaticHeader> headers = new ArrayList<>(apiHeaders);
      Element declaring = method.getEnclosingElement();
      if (!declaring.equals(api)) {
        headers.addAll(inheritedHeaders.computeIfAbsent(declaring, d -> interfaceHeaders(d, report)));
      }
      MethodModel model = methodValidator.validate(api, method, headers, scope, report);
      if (model != null) {
        models.add(model);
        usesDeprecated |= model.deprecated() || usesDeprecatedType(model);
      }
    }
    if (report.hasErrors() || report.hasMissingTypes()) {
      return null;
    }
    return new ApiModel(
        api, (DeclaredType) api.asType(), clientName(api), models, methods.declaresClose(), usesDeprecated);
  }

  /** The {@code @Headers} of {@code type}, the annotated interface or one it extends. */
  private static List<StaticHeader> interfaceHeaders(Element type, Report report) {
    return StaticHeadersReader.read(type, report.within(type, " on interface " + nestedName(type)));
  }

  private boolean checkType(TypeElement api, Report report) {
    AnnotationMirror httpApi = Annotations.find(api, Annotations.HTTP_API);
    String name = nestedName(api);
    if (api.getKind() != ElementKind.INTERFACE) {
      report.error(Rule.API_NOT_INTERFACE, api, httpApi, "@HttpApi applies to interfaces only, but " + name + " is "
          + describeKind(api.getKind()) + "; declare the endpoints in an interface");
      return false;
    }
    if (!api.getTypeParameters().isEmpty()) {
      report.error(Rule.API_GENERIC, "@HttpApi interface " + name + " must not declare type parameters; declare a"
          + " non-generic interface that extends it with the types filled in, and annotate that one");
      return false;
    }
    if (api.getModifiers().contains(Modifier.SEALED)) {
      report.error(Rule.API_SEALED, "@HttpApi interface " + name + " must not be sealed: the generated "
          + clientName(api).simpleName() + " implements it and is not among its permitted subclasses");
      return false;
    }
    for (Element e = api; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        report.error(Rule.API_PRIVATE, "@HttpApi interface " + name
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
        return "a " + kind.toString().toLowerCase(Locale.ROOT);
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
