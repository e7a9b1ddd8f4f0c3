package io.typedclient.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ExecutableType;

/**
 * One valid endpoint method.
 *
 * @param element the method, in the interface that declares it
 * @param type its type as a member of the {@code @HttpApi} interface (type arguments of generic
 *     super-interfaces filled in)
 * @param api the {@code @HttpApi} interface as requests, logs and messages name it: {@code SessionApi},
 *     {@code Catalog.Api}
 * @param verb the HTTP method
 * @param path the path template
 * @param parameters every parameter, in order
 * @param headers the static headers: the interface's {@code @Headers}, then the method's
 * @param returns what the method returns and how it is decoded
 * @param deprecated whether the interface method is deprecated, which its implementation repeats
 * @param idempotent whether the method is {@code @Idempotent}, which its requests carry
 * @param timeout the method's {@code @Timeout}, or {@code null} for the client's
 */
public record MethodModel(
    ExecutableElement element,
    ExecutableType type,
    String api,
    HttpVerb verb,
    PathTemplate path,
    List<ParameterModel> parameters,
    List<StaticHeader> headers,
    ReturnModel returns,
    boolean deprecated,
    boolean idempotent,
    Timeout timeout) {

  /**
   * A method's own request timeout, as the generated code spells it: {@code Duration.ofMinutes(2)}.
   *
   * @param factory the {@code java.time.Duration} factory: {@code ofMinutes}
   * @param amount its argument
   */
  public record Timeout(String factory, long amount) {}

  public MethodModel {
    parameters = List.copyOf(parameters);
    headers = List.copyOf(headers);
  }

  /** The method's name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** The {@code @Body} parameter, if any. */
  public Optional<ParameterModel> body() {
    return parameters.stream().filter(p -> p.kind() == ParameterModel.Kind.BODY).findFirst();
  }

  /** The {@code @Url} parameter, if any. */
  public Optional<ParameterModel> url() {
    return parameters.stream().filter(p -> p.kind() == ParameterModel.Kind.URL).findFirst();
  }

  /** The parameter that fills {@code placeholder}. */
  public ParameterModel pathParameter(String placeholder) {
    return parameters.stream()
        .filter(p -> p.kind() == ParameterModel.Kind.PATH && p.httpName().equals(placeholder))
        .findFirst()
        .orElseThrow();
  }
}
