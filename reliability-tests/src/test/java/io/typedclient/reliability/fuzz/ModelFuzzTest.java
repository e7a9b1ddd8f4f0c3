package io.typedclient.reliability.fuzz;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.Moshi;
import io.typedclient.fuzz.JsonMutator;
import io.typedclient.okta.CreateSessionRequest;
import io.typedclient.okta.CreateSessionRequestJsonAdapter;
import io.typedclient.reliability.support.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okio.Buffer;

/**
 * Mutated JSON for every Okta model, through the real client (a canned transport answers 200 with it): a
 * {@code Session} anywhere, and each of its parts on its own (the identity provider, the links and each link with
 * its hints, the {@code amr} list and the enums, the timestamps); raw bytes; and {@code CreateSessionRequest}
 * through its generated adapter. Only a session or a {@code ResponseDecodingException} caused by Moshi's
 * {@code JsonDataException} or {@code JsonEncodingException} may come out (see {@link FuzzClient}).
 *
 * <p>The tries below add up to 12,100 cases per run.
 */
class ModelFuzzTest {
  private static FuzzClient client;

  @BeforeContainer
  static void start() {
    client = new FuzzClient();
  }

  @AfterContainer
  static void stop() {
    client.close();
  }

  @Property(tries = 4000)
  void sessionMutatedAnywhere(@ForAll long seed) {
    Random random = new Random(seed);
    String json = mutator(random).mutateStructure(pick(random, Examples.SESSIONS));
    check(random, json.getBytes(StandardCharsets.UTF_8), json);
  }

  @Property(tries = 1200)
  void identityProviderMutated(@ForAll long seed) {
    Random random = new Random(seed);
    String[] path = random.nextBoolean() ? new String[] {"idp"} : new String[] {"idp", random.nextBoolean() ? "type" : "id"};
    String json = mutator(random).mutateAt(pick(random, Examples.SESSIONS), path);
    check(random, json.getBytes(StandardCharsets.UTF_8), json);
  }

  @Property(tries = 2000)
  void linksMutated(@ForAll long seed) {
    Random random = new Random(seed);
    List<String[]> paths = List.of(
        new String[] {"_links"},
        new String[] {"_links", "self"},
        new String[] {"_links", "self", "hints"},
        new String[] {"_links", "self", "hints", "allow"},
        new String[] {"_links", "refresh"},
        new String[] {"_links", "user"},
        new String[] {"_links", "user", "name"},
        new String[] {"_links", "href"});
    String json = mutator(random).mutateAt(pick(random, Examples.SESSIONS), paths.get(random.nextInt(paths.size())));
    check(random, json.getBytes(StandardCharsets.UTF_8), json);
  }

  @Property(tries = 1000)
  void amrAndStatusMutated(@ForAll long seed) {
    Random random = new Random(seed);
    String field = random.nextBoolean() ? "amr" : "status";
    String json = mutator(random).mutateAt(pick(random, Examples.SESSIONS), field);
    check(random, json.getBytes(StandardCharsets.UTF_8), json);
  }

  @Property(tries = 800)
  void timestampsMutated(@ForAll long seed) {
    Random random = new Random(seed);
    List<String> fields = List.of("createdAt", "expiresAt", "lastPasswordVerification", "lastFactorVerification");
    String json = mutator(random).mutateAt(pick(random, Examples.SESSIONS), fields.get(random.nextInt(fields.size())));
    check(random, json.getBytes(StandardCharsets.UTF_8), json);
  }

  @Property(tries = 1600)
  void sessionBytesMutated(@ForAll long seed) {
    Random random = new Random(seed);
    JsonMutator mutator = mutator(random);
    byte[] body;
    switch (random.nextInt(8)) {
      case 0:
        body = mutator.garbage(64);
        break;
      case 1:
        body = mutator.deeplyNested(1 + random.nextInt(2000)).getBytes(StandardCharsets.UTF_8);
        break;
      default:
        body = mutator.mutateBytes(pick(random, Examples.SESSIONS));
    }
    check(random, body, Base64.getEncoder().encodeToString(body));
  }

  /**
   * {@code CreateSessionRequest} is only ever written by the client, but its generated adapter reads too: mutated
   * request bodies give a request or Moshi's JSON exceptions only. The constructor's {@code IllegalArgumentException}
   * for a blank token comes out as a {@code JsonDataException} caused by it, whose message never repeats the
   * token.
   */
  @Property(tries = 1500)
  void createSessionRequestMutated(@ForAll long seed) throws IOException {
    Random random = new Random(seed);
    JsonMutator mutator = mutator(random);
    byte[] body = random.nextInt(3) == 0
        ? mutator.mutateBytes(Examples.CREATE_SESSION_REQUEST)
        : mutator.mutateStructure(Examples.CREATE_SESSION_REQUEST).getBytes(StandardCharsets.UTF_8);
    CreateSessionRequestJsonAdapter adapter = new CreateSessionRequestJsonAdapter(new Moshi.Builder().build());
    Outcome outcome = Outcome.of(() -> adapter.fromJson(JsonReader.of(new Buffer().write(body))));
    if (outcome.succeeded()) {
      CreateSessionRequest request = (CreateSessionRequest) outcome.result();
      assertThat(request.sessionToken()).isNotEmpty();
      // Round trip: what it reads, it writes back the same; except a lone surrogate, which Moshi's writer (okio's
      // UTF-8) turns into '?', whatever the adapter.
      Buffer written = new Buffer();
      adapter.toJson(written, request);
      CreateSessionRequest again = adapter.fromJson(written);
      if (!hasLoneSurrogate(request.sessionToken())) {
        assertThat(again).isEqualTo(request);
      }
      return;
    }
    Throwable failure = outcome.failure();
    // Input that ends early is a JsonEncodingException too (caused by Moshi's EOFException), never the bare one.
    boolean moshi = failure instanceof JsonDataException || failure instanceof JsonEncodingException;
    if (!moshi) {
      throw new AssertionError("unexpected " + failure + " for " + Base64.getEncoder().encodeToString(body), failure);
    }
    if (failure.getCause() instanceof IllegalArgumentException) {
      assertThat(failure.getCause()).hasMessageThat().isEqualTo("sessionToken is blank");
      assertThat(failure).hasMessageThat().startsWith("CreateSessionRequest rejected the JSON object at $: ");
    }
  }

  private static boolean hasLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** One case: the body through one call, the outcome held to the contract. */
  private static void check(Random random, byte[] body, String input) {
    client.answerOk(body);
    Outcome outcome = client.callReturningSession(random);
    assertWithMessage("the asynchronous form wrapped its exception").that(outcome.isWrapped()).isFalse();
    FuzzClient.assertSessionOrDecodingFailure(outcome, input);
  }

  private static String pick(Random random, List<String> examples) {
    return examples.get(random.nextInt(examples.size()));
  }

  /** The shared mutator, renaming and adding Okta's property names. */
  private static JsonMutator mutator(Random random) {
    return new JsonMutator(random, Examples.PROPERTY_NAMES);
  }
}
