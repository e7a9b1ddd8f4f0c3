package io.typedclient.bench.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a project of {@code interfaces} {@code @HttpApi} interfaces with {@code methods} methods each and
 * {@code models} {@code @JsonModel} classes, the shape of a real API client: models with strings, numbers,
 * booleans, lists, an optional field and a nested model; methods over every verb, path, query, header and body
 * parameters, plain, {@code void}, {@code ApiResponse} and {@code CompletableFuture} returns.
 */
public final class ProjectGenerator {
  static final String PACKAGE = "bench.gen";

  private ProjectGenerator() {}

  /** Writes the sources under {@code dir} and returns them. */
  public static List<Path> write(Path dir, int interfaces, int methods, int models) {
    if (interfaces < 1 || methods < 1 || models < 2) {
      throw new IllegalArgumentException("need at least 1 interface, 1 method and 2 models");
    }
    List<Path> files = new ArrayList<>();
    Path pkg = dir.resolve(PACKAGE.replace('.', '/'));
    try {
      Files.createDirectories(pkg);
      files.add(write(pkg, "Nullable", "package " + PACKAGE + ";\n\n"
          + "import java.lang.annotation.ElementType;\nimport java.lang.annotation.Target;\n\n"
          + "@Target({ElementType.TYPE_USE, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})\n"
          + "public @interface Nullable {}\n"));
      for (int i = 0; i < models; i++) {
        files.add(write(pkg, model(i), modelSource(i, models)));
      }
      for (int i = 0; i < interfaces; i++) {
        files.add(write(pkg, api(i), apiSource(i, methods, models)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  static String model(int i) {
    return String.format("Model%02d", i);
  }

  static String api(int i) {
    return String.format("Api%02d", i);
  }

  private static Path write(Path pkg, String name, String source) throws IOException {
    Path file = pkg.resolve(name + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  private static String modelSource(int i, int models) {
    String name = model(i);
    // Each model nests the next one (the last nests none), so adapters reach each other.
    String nested = i + 1 < models ? model(i + 1) : null;
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    s.append("import com.squareup.moshi.Json;\nimport io.typedclient.JsonModel;\nimport java.util.List;\n\n");
    s.append("@JsonModel\npublic final class ").append(name).append(" {\n");
    String[][] props = props(nested);
    for (String[] p : props) {
      s.append("  private final ").append(p[0]).append(' ').append(p[1]).append(";\n");
    }
    s.append("\n  public ").append(name).append('(');
    for (int k = 0; k < props.length; k++) {
      if (k > 0) {
        s.append(", ");
      }
      if (props[k].length > 2) {
        s.append(props[k][2]).append(' ');
      }
      s.append(props[k][0]).append(' ').append(props[k][1]);
    }
    s.append(") {\n");
    for (String[] p : props) {
      s.append("    this.").append(p[1]).append(" = ").append(p[1]).append(";\n");
    }
    s.append("  }\n");
    for (String[] p : props) {
      s.append("\n  public ").append(p[0]).append(' ').append(p[1]).append("() {\n    return ").append(p[1])
          .append(";\n  }\n");
    }
    s.append("}\n");
    return s.toString();
  }

  private static String[][] props(String nested) {
    List<String[]> props = new ArrayList<>(List.of(
        new String[] {"String", "id"},
        new String[] {"String", "name"},
        new String[] {"int", "count"},
        new String[] {"long", "version"},
        new String[] {"boolean", "active"},
        new String[] {"List<String>", "tags"},
        new String[] {"String", "description", "@Nullable"},
        new String[] {"String", "selfHref", "@Json(name = \"self_href\")"}));
    if (nested != null) {
      props.add(new String[] {nested, "child", "@Nullable"});
    }
    return props.toArray(new String[0][]);
  }

  private static String apiSource(int i, int methods, int models) {
    String model = model(i % models);
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    s.append("import io.typedclient.Body;\nimport io.typedclient.DELETE;\nimport io.typedclient.GET;\n")
        .append("import io.typedclient.Header;\nimport io.typedclient.Headers;\nimport io.typedclient.HttpApi;\n")
        .append("import io.typedclient.PATCH;\nimport io.typedclient.POST;\nimport io.typedclient.PUT;\n")
        .append("import io.typedclient.Path;\nimport io.typedclient.Query;\n")
        .append("import io.typedclient.runtime.ApiResponse;\nimport java.util.concurrent.CompletableFuture;\n\n");
    s.append("@HttpApi\n@Headers(\"Accept: application/json\")\npublic interface ").append(api(i)).append(" {\n");
    String base = "/api/v1/things" + i;
    for (int m = 0; m < methods; m++) {
      s.append('\n');
      switch (m % 10) {
        case 0:
          s.append("  @GET(\"").append(base).append("/{id}\")\n  ").append(model).append(" get").append(m)
              .append("(@Path(\"id\") String id);\n");
          break;
        case 1:
          s.append("  @GET(\"").append(base).append("/{id}\")\n  CompletableFuture<").append(model).append("> get")
              .append(m).append("Async(@Path(\"id\") String id);\n");
          break;
        case 2:
          s.append("  @GET(\"").append(base).append("\")\n  ").append(model).append(" find").append(m)
              .append("(@Query(\"q\") String q, @Query(\"limit\") Integer limit);\n");
          break;
        case 3:
          s.append("  @POST(\"").append(base).append("\")\n  ").append(model).append(" create").append(m)
              .append("(@Body ").append(model).append(" body);\n");
          break;
        case 4:
          s.append("  @PUT(\"").append(base).append("/{id}\")\n  ").append(model).append(" replace").append(m)
              .append("(@Path(\"id\") String id, @Body ").append(model).append(" body);\n");
          break;
        case 5:
          s.append("  @PATCH(\"").append(base).append("/{id}\")\n  ApiResponse<").append(model).append("> patch")
              .append(m).append("(@Path(\"id\") String id, @Body ").append(model).append(" body);\n");
          break;
        case 6:
          s.append("  @DELETE(\"").append(base).append("/{id}\")\n  void delete").append(m)
              .append("(@Path(\"id\") String id);\n");
          break;
        case 7:
          s.append("  @DELETE(\"").append(base).append("/{id}\")\n  CompletableFuture<Void> delete").append(m)
              .append("Async(@Path(\"id\") String id, @Query(\"force\") Boolean force);\n");
          break;
        case 8:
          s.append("  @GET(\"").append(base).append("/{id}/children/{childId}\")\n  ").append(model)
              .append(" child").append(m).append("(@Path(\"id\") String id, @Path(\"childId\") String childId, ")
              .append("@Header(\"X-Request-Id\") String requestId);\n");
          break;
        default:
          s.append("  @POST(\"").append(base).append("/{id}/lifecycle/refresh\")\n  CompletableFuture<ApiResponse<")
              .append(model).append(">> refresh").append(m).append("(@Path(\"id\") String id);\n");
          break;
      }
    }
    s.append("}\n");
    return s.toString();
  }
}
