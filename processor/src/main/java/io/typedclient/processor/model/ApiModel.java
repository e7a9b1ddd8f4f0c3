package io.typedclient.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * A valid {@code @HttpApi} interface, as the writers need it.
 *
 * @param element the interface; the one originating element of the generated file
 * @param type the interface as a type
 * @param clientName the generated class: {@code SessionApiClient}, or {@code Outer_ApiClient} for a nested one
 * @param methods the endpoints, declared ones first, then inherited ones
 * @param declaresClose whether the interface has its own abstract {@code close()} (it extends
 *     {@code AutoCloseable} or {@code Closeable}, say): the client implements it and adds no supertype
 * @param usesDeprecated whether the interface, a method or a type in a signature is deprecated, so that
 *     the generated class suppresses the warnings its user has already seen in their own source
 */
public record ApiModel(
    TypeElement element,
    DeclaredType type,
    ClassName clientName,
    List<MethodModel> methods,
    boolean declaresClose,
    boolean usesDeprecated) {

  public ApiModel {
    methods = List.copyOf(methods);
  }
}
