package test;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.typedclient.runtime.internal.JsonAdapters;
import io.typedclient.runtime.internal.JsonModelSupport;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.Generated;

/**
 * Reads and writes {@link Team} without reflection. A {@code null} value is an error in both
 * directions; {@link #FACTORY} and {@link #nullSafe()} give a null-safe adapter.
 */
@Generated("io.typedclient.processor.TypedClientProcessor")
@SuppressWarnings("deprecation")
public final class TeamJsonAdapter extends JsonAdapter<Team> {
  /**
   * Gives a null-safe {@code TeamJsonAdapter} to a Moshi that the application builds itself, for exactly
   * {@code Team.class} without qualifier annotations.
   */
  public static final JsonAdapter.Factory FACTORY = new JsonAdapter.Factory() {
    @Override
    public JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
      if (!annotations.isEmpty() || !Team.class.equals(type)) {
        return null;
      }
      return new TeamJsonAdapter(moshi).nullSafe();
    }
  };

  private static final JsonReader.Options OPTIONS = JsonReader.Options.of("name", "members");

  private final Moshi moshi;

  /**
   * Created on first use: Team contains itself through this type's properties.
   */
  private JsonAdapter<List<Team.Member>> listOfTeamMemberAdapter;

  public TeamJsonAdapter(Moshi moshi) {
    this.moshi = moshi;
  }

  private JsonAdapter<List<Team.Member>> listOfTeamMemberAdapter() {
    JsonAdapter<List<Team.Member>> adapter = listOfTeamMemberAdapter;
    if (adapter == null) {
      adapter = JsonAdapters.listOf(new Team_MemberJsonAdapter(moshi).nonNull()).nullSafe();
      listOfTeamMemberAdapter = adapter;
    }
    return adapter;
  }

  @Override
  public Team fromJson(JsonReader reader) throws IOException {
    String name = null;
    List<Team.Member> members = null;
    try {
      reader.beginObject();
      while (reader.hasNext()) {
        switch (reader.selectName(OPTIONS)) {
          case 0:
            if (reader.peek() == JsonReader.Token.NULL) {
              throw JsonModelSupport.unexpectedNull("name", "name", reader);
            }
            name = reader.nextString();
            break;
          case 1:
            members = listOfTeamMemberAdapter().fromJson(reader);
            if (members == null) {
              throw JsonModelSupport.unexpectedNull("members", "members", reader);
            }
            break;
          case -1:
            // A name this model does not know: skip it and its value, whatever their shape.
            reader.skipName();
            reader.skipValue();
            break;
        }
      }
      reader.endObject();
    } catch (EOFException e) {
      throw JsonModelSupport.endedEarly(e, reader);
    }
    if (name == null) {
      throw JsonModelSupport.missingProperty("name", "name", reader);
    }
    if (members == null) {
      throw JsonModelSupport.missingProperty("members", "members", reader);
    }
    try {
      return new Team(name, members);
    } catch (RuntimeException e) {
      throw JsonModelSupport.constructorFailed("Team", e, reader);
    }
  }

  @Override
  public void toJson(JsonWriter writer, Team value) throws IOException {
    if (value == null) {
      throw JsonModelSupport.unexpectedNull(writer);
    }
    writer.beginObject();
    writer.name("name");
    writer.value(JsonModelSupport.requireNonNull(value.name(), "name", "name", writer));
    writer.name("members");
    listOfTeamMemberAdapter().toJson(writer, JsonModelSupport.requireNonNull(value.members(), "members", "members", writer));
    writer.endObject();
  }

  @Override
  public String toString() {
    return "GeneratedJsonAdapter(Team)";
  }
}
