package io.typedclient.runtime;

import java.util.Objects;

/**
 * A file for a {@code @Multipart} body: the part's content with the file name the server sees
 * ({@code filename=} in the part's {@code Content-Disposition}), for
 * {@code @Part("avatar") FileUpload avatar}. Immutable.
 *
 * <pre>
 * FileUpload.of("report.pdf", RequestBody.ofStream("application/pdf", () -&gt; Files.newInputStream(path)))
 * </pre>
 */
public final class FileUpload {
  private final String fileName;
  private final RequestBody body;

  private FileUpload(String fileName, RequestBody body) {
    this.fileName = fileName;
    this.body = body;
  }

  /**
   * {@code body} named {@code fileName}. The name is sent as the WHATWG HTML standard sends it: as UTF-8 in a
   * quoted string, with {@code "}, CR and LF percent-encoded.
   */
  public static FileUpload of(String fileName, RequestBody body) {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(body, "body");
    if (fileName.isEmpty()) {
      throw new IllegalArgumentException("file name is empty");
    }
    return new FileUpload(fileName, body);
  }

  /** The file name. */
  public String fileName() {
    return fileName;
  }

  /** The content. */
  public RequestBody body() {
    return body;
  }

  @Override
  public String toString() {
    return "FileUpload{" + fileName + ", " + body + "}";
  }
}
