package io.typedclient.okta;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Okta's error body ({@code errorCode}, {@code errorSummary}, {@code errorLink}, {@code errorId},
 * {@code errorCauses[].errorSummary}), or an OAuth 2.0 error ({@code error}, {@code error_description}, RFC 6749
 * section 5.2, as Okta's token endpoint answers) read with a {@link JsonReader} loop. Reading never throws: a body that is
 * not JSON, not an object, or cut short yields whatever was read before the problem.
 */
final class OktaErrorBody {
  static final OktaErrorBody NONE = new OktaErrorBody(null, null, null, null, Collections.emptyList(), null, null);

  private static final JsonReader.Options NAMES = JsonReader.Options.of(
      "errorCode", "errorSummary", "errorLink", "errorId", "errorCauses", "error", "error_description");
  private static final JsonReader.Options CAUSE_NAMES = JsonReader.Options.of("errorSummary");

  final @Nullable String errorCode;
  final @Nullable String errorSummary;
  final @Nullable String errorLink;
  final @Nullable String errorId;
  final List<String> errorCauses;
  /** The OAuth 2.0 {@code error}, such as {@code invalid_client}; {@code null} in Okta's own error bodies. */
  final @Nullable String oauthError;
  final @Nullable String oauthErrorDescription;

  private OktaErrorBody(
      @Nullable String errorCode,
      @Nullable String errorSummary,
      @Nullable String errorLink,
      @Nullable String errorId,
      List<String> errorCauses,
      @Nullable String oauthError,
      @Nullable String oauthErrorDescription) {
    this.errorCode = errorCode;
    this.errorSummary = errorSummary;
    this.errorLink = errorLink;
    this.errorId = errorId;
    this.errorCauses = errorCauses;
    this.oauthError = oauthError;
    this.oauthErrorDescription = oauthErrorDescription;
  }

  /** Whether the body carried any of Okta's error properties. */
  boolean isOktaError() {
    return errorCode != null || errorSummary != null || errorId != null;
  }

  /** The error properties of {@code body}; {@link #NONE} when it has none. */
  static OktaErrorBody parse(byte[] body) {
    if (body == null || body.length == 0) {
      return NONE;
    }
    Reader fields = new Reader();
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      fields.read(reader);
    } catch (IOException | RuntimeException e) {
      // Malformed or truncated: keep what was read.
    }
    return fields.result();
  }

  /** Collects fields as it goes, so a body cut short still gives what came before the cut. */
  private static final class Reader {
    private @Nullable String errorCode;
    private @Nullable String errorSummary;
    private @Nullable String errorLink;
    private @Nullable String errorId;
    private final List<String> errorCauses = new ArrayList<>();
    private @Nullable String oauthError;
    private @Nullable String oauthErrorDescription;

    void read(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return;
      }
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(NAMES)) {
          case 0:
            errorCode = stringOrSkip(reader);
            break;
          case 1:
            errorSummary = stringOrSkip(reader);
            break;
          case 2:
            errorLink = stringOrSkip(reader);
            break;
          case 3:
            errorId = stringOrSkip(reader);
            break;
          case 4:
            readCauses(reader);
            break;
          case 5:
            oauthError = stringOrSkip(reader);
            break;
          case 6:
            oauthErrorDescription = stringOrSkip(reader);
            break;
          default:
            reader.skipName();
            reader.skipValue();
        }
      }
      reader.endObject();
    }

    private void readCauses(JsonReader reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_ARRAY) {
        reader.skipValue();
        return;
      }
      reader.beginArray();
      while (reader.hasNext()) {
        if (reader.peek() == JsonReader.Token.BEGIN_OBJECT) {
          reader.beginObject();
          while (reader.hasNext()) {
            if (reader.selectName(CAUSE_NAMES) == 0) {
              String summary = stringOrSkip(reader);
              if (summary != null) {
                errorCauses.add(summary);
              }
            } else {
              reader.skipName();
              reader.skipValue();
            }
          }
          reader.endObject();
        } else if (reader.peek() == JsonReader.Token.STRING) {
          errorCauses.add(reader.nextString());
        } else {
          reader.skipValue();
        }
      }
      reader.endArray();
    }

    OktaErrorBody result() {
      if (errorCode == null && errorSummary == null && errorLink == null && errorId == null && errorCauses.isEmpty()
          && oauthError == null && oauthErrorDescription == null) {
        return NONE;
      }
      return new OktaErrorBody(
          errorCode, errorSummary, errorLink, errorId, Collections.unmodifiableList(new ArrayList<>(errorCauses)),
          oauthError, oauthErrorDescription);
    }
  }

  private static @Nullable String stringOrSkip(JsonReader reader) throws IOException {
    if (reader.peek() == JsonReader.Token.STRING) {
      return reader.nextString();
    }
    reader.skipValue();
    return null;
  }
}
