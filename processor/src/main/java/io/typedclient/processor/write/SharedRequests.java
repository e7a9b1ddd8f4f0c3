package io.typedclient.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.typedclient.processor.model.MethodModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The forms of one endpoint (blocking, {@code CompletableFuture}, {@code ApiResponse}, ...) send the same
 * request; they share one private method that builds it, as hand-written code would, and pass it their own
 * name. Methods are forms of one endpoint when their parameter types are the same, in order, and their request
 * chains are the same but for the method name. An endpoint with one form builds its request in place.
 */
final class SharedRequests {
  static final ClassName HTTP_REQUEST = ClassName.get("io.typedclient.runtime", "HttpRequest");
  /** 100 columns less a method Javadoc's {@code "   * "}. */
  private static final int JAVADOC_WIDTH = 95;

  /**
   * One shared request-building method.
   *
   * @param name the private method's name: the first form's name and {@code Request}
   * @param forms the endpoint methods that call it, the first one's parameters named as its own
   */
  record Builder(String name, List<MethodModel> forms) {}

  private final ClientAdapterFields adapters;
  private final EnumNameMethods enums;
  private final Map<MethodModel, Builder> builderOf = new LinkedHashMap<>();
  private final List<Builder> builders = new ArrayList<>();

  SharedRequests(List<MethodModel> methods, ClientAdapterFields adapters, EnumNameMethods enums) {
    this.adapters = adapters;
    this.enums = enums;
    Map<String, List<MethodModel>> forms = new LinkedHashMap<>();
    for (MethodModel method : methods) {
      forms.computeIfAbsent(key(method), k -> new ArrayList<>()).add(method);
    }
    Set<String> taken = methods.stream().map(MethodModel::name).collect(Collectors.toCollection(HashSet::new));
    taken.add("close");
    for (List<MethodModel> endpoint : forms.values()) {
      if (endpoint.size() < 2) {
        continue;
      }
      String name = endpoint.get(0).name() + "Request";
      for (int i = 2; !taken.add(name); i++) {
        name = endpoint.get(0).name() + "Request" + i;
      }
      Builder builder = new Builder(name, List.copyOf(endpoint));
      builders.add(builder);
      endpoint.forEach(method -> builderOf.put(method, builder));
    }
  }

  /** The shared method that builds {@code method}'s request, or {@code null} when it builds its own. */
  Builder builderOf(MethodModel method) {
    return builderOf.get(method);
  }

  /** The call of {@code builder} from {@code form}, whose parameters are {@code parameterNames}. */
  static CodeBlock call(Builder builder, MethodModel form, List<String> parameterNames) {
    CodeBlock.Builder arguments = CodeBlock.builder().add("$S", form.name());
    for (String parameter : parameterNames) {
      arguments.add(", $N", parameter);
    }
    return CodeBlock.of("$N($L)", builder.name(), arguments.build());
  }

  /** The private methods, in the order of their first form. */
  List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    for (Builder builder : builders) {
      methods.add(method(builder));
    }
    return methods;
  }

  private MethodSpec method(Builder builder) {
    MethodModel first = builder.forms().get(0);
    List<String> parameterNames = MethodWriter.parameterNames(first);
    LocalNames names = new LocalNames(parameterNames);
    String apiMethod = names.free("apiMethod", "apiMethod");
    MethodSpec.Builder spec = MethodSpec.methodBuilder(builder.name())
        .addJavadoc("$L\n", javadoc(first, builder.forms()))
        .addModifiers(Modifier.PRIVATE)
        .returns(HTTP_REQUEST)
        .addParameter(String.class, apiMethod);
    for (int i = 0; i < parameterNames.size(); i++) {
      spec.addParameter(SignatureTypes.parameter(first, i, parameterNames.get(i)));
    }
    CodeBlock chain =
        RequestChain.of(first, CodeBlock.of("$N", apiMethod), parameterNames, names, adapters, enums);
    return spec.addCode("return $L;\n", chain).build();
  }

  /**
   * {@code GET /path: the request that {@link #a}, {@link #b} and {@link #c} send.}, broken into lines that fit in
   * 100 columns at the indentation of a method's Javadoc.
   */
  private static String javadoc(MethodModel first, List<MethodModel> forms) {
    List<String> links = forms.stream().map(form -> "{@link #" + form.name() + "}").collect(Collectors.toList());
    String sent = links.size() == 2
        ? links.get(0) + " and " + links.get(1)
        : String.join(", ", links.subList(0, links.size() - 1)) + " and " + links.get(links.size() - 1);
    String text = first.verb() + " " + MethodWriter.target(first) + ": the request that " + sent + " send.";
    StringBuilder lines = new StringBuilder();
    int column = 0;
    // Spaces inside {@link ...} do not break.
    for (String word : text.split(" (?![^{]*})")) {
      if (column > 0 && column + 1 + word.length() > JAVADOC_WIDTH) {
        lines.append('\n');
        column = 0;
      } else if (column > 0) {
        lines.append(' ');
        column++;
      }
      lines.append(word);
      column += word.length();
    }
    return lines.toString();
  }

  /** What forms of one endpoint have in common: their parameter types, and their chain but for names. */
  private String key(MethodModel method) {
    List<String> placeholders = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    // With their annotations: forms that differ in a parameter's nullness do not share a method.
    for (int i = 0; i < method.parameters().size(); i++) {
      placeholders.add("p" + placeholders.size());
      key.append(SignatureTypes.parameter(method, i, "p")).append(';');
    }
    CodeBlock chain = RequestChain.of(
        method, CodeBlock.of("apiMethod"), placeholders, new LocalNames(placeholders), adapters, enums);
    return key.append(chain).toString();
  }
}
