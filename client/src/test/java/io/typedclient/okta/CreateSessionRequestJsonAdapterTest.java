package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The generated adapter of the request body reads too; the constructor's refusal comes out as a JSON failure. */
class CreateSessionRequestJsonAdapterTest {
  private static final JsonAdapter<CreateSessionRequest> ADAPTER =
      new CreateSessionRequestJsonAdapter(new Moshi.Builder().build());

  @Test
  void aTokenRoundTrips() throws IOException {
    CreateSessionRequest request = CreateSessionRequest.of("00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow");
    assertThat(ADAPTER.fromJson(ADAPTER.toJson(request))).isEqualTo(request);
  }

  @Test
  void aBlankTokenIsAJsonDataExceptionCausedByTheConstructor() {
    JsonDataException e =
        assertThrows(JsonDataException.class, () -> ADAPTER.fromJson("{\"sessionToken\": \" \\t\"}"));
    assertThat(e).hasMessageThat().isEqualTo(
        "CreateSessionRequest rejected the JSON object at $: its constructor threw java.lang.IllegalArgumentException");
    assertThat(e).hasCauseThat().isInstanceOf(IllegalArgumentException.class);
    assertThat(e).hasCauseThat().hasMessageThat().isEqualTo("sessionToken is blank");
  }

  @Test
  void aNullTokenIsRefusedBeforeTheConstructor() {
    JsonDataException e = assertThrows(JsonDataException.class, () -> ADAPTER.fromJson("{\"sessionToken\": null}"));
    assertThat(e).hasMessageThat().isEqualTo("Non-null value 'sessionToken' was null at $.sessionToken");
  }
}
