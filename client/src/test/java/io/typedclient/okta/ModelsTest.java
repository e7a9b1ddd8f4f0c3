package io.typedclient.okta;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Immutability, equality and printing of the models, without JSON. */
class ModelsTest {
  private static final String ID = "l7FbDVqS8zHSy65uJD85";

  static Session session(String id) {
    return new Session(
        id,
        "user@example.com",
        "00u0abcdefGHIJKLMNOP",
        Instant.parse("2019-08-24T14:15:22Z"),
        Instant.parse("2019-08-24T16:15:22Z"),
        SessionStatus.ACTIVE,
        Instant.parse("2019-08-24T14:15:22Z"),
        null,
        List.of(SessionAuthenticationMethod.PASSWORD),
        new SessionIdentityProvider("01a2bcdef3GHIJKLMNOP", SessionIdentityProviderType.ACTIVE_DIRECTORY),
        new SessionLinks(Map.of("self", SessionLink.of("https://x.okta.com/api/v1/sessions/" + id))));
  }

  @Test
  void toStringLeavesOutTheIdTheLoginAndLinkHrefs() {
    String printed = session(ID).toString();

    assertThat(printed).doesNotContain(ID);
    assertThat(printed).doesNotContain("user@example.com");
    assertThat(printed).contains("userId=00u0abcdefGHIJKLMNOP");
    assertThat(printed).contains("status=ACTIVE");
    assertThat(printed).contains("amr=[PASSWORD]");
  }

  @Test
  void createSessionRequestNeverPrintsItsToken() {
    CreateSessionRequest request = CreateSessionRequest.of("00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow");
    assertThat(request.toString()).doesNotContain("00HiohZYpJgMSHwmL9TQy7RRzuY");
    assertThat(request.sessionToken()).isEqualTo("00HiohZYpJgMSHwmL9TQy7RRzuY-q9soKp1SPmYYow");
  }

  @Test
  void createSessionRequestRefusesNullAndBlankWithoutEchoing() {
    assertThrows(IllegalArgumentException.class, () -> new CreateSessionRequest(null));
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> new CreateSessionRequest(" \t"));
    assertThat(blank).hasMessageThat().isEqualTo("sessionToken is blank");
  }

  @Test
  void equalityCoversEveryProperty() {
    assertThat(session(ID)).isEqualTo(session(ID));
    assertThat(session(ID).hashCode()).isEqualTo(session(ID).hashCode());
    assertThat(session(ID)).isNotEqualTo(session("other"));
    assertThat(new SessionIdentityProvider("a", SessionIdentityProviderType.OKTA))
        .isNotEqualTo(new SessionIdentityProvider("a", SessionIdentityProviderType.LDAP));
    assertThat(new SessionLink("h", "n", true, "t", List.of("GET")))
        .isNotEqualTo(new SessionLink("h", "n", false, "t", List.of("GET")));
    assertThat(CreateSessionRequest.of("a")).isEqualTo(CreateSessionRequest.of("a"));
    assertThat(CreateSessionRequest.of("a")).isNotEqualTo(CreateSessionRequest.of("b"));
  }

  @Test
  void sessionIdIsRequiredAndEverythingElseOptional() {
    assertThrows(NullPointerException.class,
        () -> new Session(null, null, null, null, null, null, null, null, null, null, null));
    Session minimal = new Session("id1", null, null, null, null, null, null, null, null, null, null);
    assertThat(minimal.amr()).isEmpty();
    assertThat(minimal.links()).isEqualTo(SessionLinks.EMPTY);
  }

  @Test
  void oneElementListsAreCopiedTooAndANullAloneMeansNone() {
    List<SessionAuthenticationMethod> amr = new ArrayList<>(List.of(SessionAuthenticationMethod.PASSWORD));
    Session session = new Session("id1", null, null, null, null, null, null, null, amr, null, null);
    amr.set(0, SessionAuthenticationMethod.SMS_MESSAGE);

    assertThat(session.amr()).containsExactly(SessionAuthenticationMethod.PASSWORD);
    assertThrows(UnsupportedOperationException.class, () -> session.amr().set(0, SessionAuthenticationMethod.SMS_MESSAGE));
    assertThat(new Session("id1", null, null, null, null, null, null, null, Arrays.asList((SessionAuthenticationMethod) null),
        null, null).amr()).isEmpty();
    assertThat(new SessionLink("h", null, null, null, Arrays.asList((String) null)).allowedMethods()).isEmpty();
  }

  @Test
  void listsAndMapsAreCopiedAndUnmodifiable() {
    List<SessionAuthenticationMethod> amr = new ArrayList<>(Arrays.asList(
        SessionAuthenticationMethod.PASSWORD, null, SessionAuthenticationMethod.MULTIFACTOR_AUTHENTICATION));
    Map<String, SessionLink> relations = new LinkedHashMap<>();
    relations.put("self", SessionLink.of("https://a"));
    List<String> allow = new ArrayList<>(List.of("GET"));
    SessionLink link = new SessionLink("h", null, null, null, allow);

    Session session = new Session("id1", null, null, null, null, null, null, null, amr, null, new SessionLinks(relations));
    amr.clear();
    relations.clear();
    allow.add("POST");

    assertThat(session.amr()).containsExactly(
        SessionAuthenticationMethod.PASSWORD, SessionAuthenticationMethod.MULTIFACTOR_AUTHENTICATION).inOrder();
    assertThat(session.links().self()).isNotNull();
    assertThat(link.allowedMethods()).containsExactly("GET");
    assertThrows(UnsupportedOperationException.class, () -> session.amr().add(SessionAuthenticationMethod.PASSWORD));
    assertThrows(UnsupportedOperationException.class, () -> session.links().relations().clear());
    assertThrows(UnsupportedOperationException.class, () -> link.allowedMethods().add("PUT"));
  }

  @Test
  void everyEnumHasAnUnknownFallbackAndAmrHasAllTwelveSpecValues() {
    assertThat(SessionStatus.valueOf("UNKNOWN")).isNotNull();
    assertThat(SessionIdentityProviderType.valueOf("UNKNOWN")).isNotNull();
    assertThat(SessionAuthenticationMethod.valueOf("UNKNOWN")).isNotNull();
    assertThat(SessionAuthenticationMethod.values()).hasLength(13);
    assertThat(SessionStatus.values()).hasLength(4);
    assertThat(SessionIdentityProviderType.values()).hasLength(6);
  }
}
