package test;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.typedclient.runtime.internal.JsonModelSupport;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Status} without reflection. A {@code null} value is an error in both
 * directions; {@link #FACTORY} and {@link #nullSafe()} give a null-safe adapter.
 */
@Generated("io.typedclient.processor.TypedClientProcessor")
@SuppressWarnings("deprecation")
public final class StatusJsonAdapter extends JsonAdapter<Status> {
  /**
   * Gives a null-safe {@code StatusJsonAdapter} to a Moshi that the application builds itself, for exactly
   * {@code Status.class} without qualifier annotations.
   */
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || !Status.class.equals(type)) {
        return null;
      }
      return new StatusJsonAdapter(moshi).nullSafe();
    }
  };

  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("ACTIVE", "mfa_required", "UNKNOWN");

  /**
   * Takes {@code moshi} like every generated adapter, although an enum needs nothing from it.
   */
  public StatusJsonAdapter(Moshi moshi) {
  }

  @Override
  public Status fromJson(JsonReader reader) throws IOException {
    try {
      switch (reader.selectString(OPTIONS)) {
        case 0:
          return Status.ACTIVE;
        case 1:
          return Status.MFA_REQUIRED;
        case 2:
          return Status.UNKNOWN;
        default:
          JsonModelSupport.skipUnknownEnumValue(reader);
          return Status.UNKNOWN;
      }
    } catch (EOFException e) {
      throw JsonModelSupport.endedEarly(e, reader);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Status value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    switch (value) {
      case ACTIVE:
        writer.value("ACTIVE");
        break;
      case MFA_REQUIRED:
        writer.value("mfa_required");
        break;
      case UNKNOWN:
        writer.value("UNKNOWN");
        break;
    }
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Status)";
  }
}
