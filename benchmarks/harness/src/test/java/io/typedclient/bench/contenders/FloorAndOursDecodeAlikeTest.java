package io.typedclient.bench.contenders;

import static com.google.common.truth.Truth.assertThat;

import com.squareup.moshi.Json;
import io.typedclient.bench.floor.FloorSession;
import io.typedclient.bench.server.SessionPayload;
import io.typedclient.okta.Session;
import io.typedclient.okta.SessionAuthenticationMethod;
import io.typedclient.okta.SessionLink;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The floor and ours do the same work in the JSON benchmark: every field of the payload decoded, into values that
 * are equal field by field (timestamps into equal {@code Instant}s, enums into the constants of the same JSON name).
 * A floor that skipped a field, or parsed a timestamp differently, would not be a floor.
 */
class FloorAndOursDecodeAlikeTest {

  @Test
  void decodeTheSameFieldsIntoEquivalentValues() throws Exception {
    FloorSession floor = (FloorSession) FloorContender.codec().decode(SessionPayload.session());
    Session ours = (Session) OursContender.codec().decode(SessionPayload.session());

    assertThat(floor.id()).isEqualTo(ours.id());
    assertThat(floor.login()).isEqualTo(ours.login());
    assertThat(floor.userId()).isEqualTo(ours.userId());
    assertThat(floor.createdAt()).isEqualTo(ours.createdAt());
    assertThat(floor.expiresAt()).isEqualTo(ours.expiresAt());
    assertThat(floor.lastPasswordVerification()).isEqualTo(ours.lastPasswordVerification());
    assertThat(floor.lastFactorVerification()).isEqualTo(ours.lastFactorVerification());
    assertThat(floor.status().name()).isEqualTo(ours.status().name());
    assertThat(floor.amr().stream().map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).toList())
        .isEqualTo(jsonNames(ours.amr()));
    assertThat(floor.idp().id()).isEqualTo(ours.idp().id());
    assertThat(floor.idp().type().name()).isEqualTo(ours.idp().type().name());
    assertLink(floor.links().self(), ours.links().self());
    assertLink(floor.links().refresh(), ours.links().refresh());
    assertLink(floor.links().user(), ours.links().user());
    // Nothing left null that the payload carries: both really decoded every field.
    assertThat(floor.createdAt()).isNotNull();
    assertThat(floor.lastFactorVerification()).isNotNull();
    assertThat(floor.amr()).isNotEmpty();
    assertThat(floor.links().user().name()).isNotNull();
  }

  private static void assertLink(FloorSession.Link floor, SessionLink ours) {
    assertThat(floor.href()).isEqualTo(ours.href());
    assertThat(floor.name()).isEqualTo(ours.name());
    assertThat(floor.allow()).isEqualTo(ours.allowedMethods());
    assertThat(floor.allow()).isNotEmpty();
  }

  private static List<String> jsonNames(List<SessionAuthenticationMethod> methods) throws Exception {
    List<String> names = new ArrayList<>();
    for (SessionAuthenticationMethod method : methods) {
      names.add(SessionAuthenticationMethod.class.getField(method.name()).getAnnotation(Json.class).name());
    }
    return names;
  }
}
