package io.typedclient.okta.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The fault actions behind {@link FaultBuilder}. Two kinds: those that stand in for the org (the request never
 * reaches it: no state change, no rate-limit budget spent) and those that let the org answer and then damage
 * the answer on its way back.
 */
final class FaultActions {
  private static final byte[] NO_BODY = new byte[0];

  private FaultActions() {}

  // The org answers; the answer is late or damaged.

  static FaultAction delay(Duration delay) {
    return routed -> {
      Response response = routed.process();
      TimeUnit.NANOSECONDS.sleep(delay.toNanos());
      return Replies.complete(response);
    };
  }

  static FaultAction closeMidBody() {
    return routed -> Replies.closeMidBody(routed.process());
  }

  static FaultAction truncatedJson() {
    return routed -> {
      Response response = withJsonBody(routed.process(), "{\"id\":\"102");
      return Replies.complete(response.withBody(Arrays.copyOf(response.body, response.body.length / 2)));
    };
  }

  static FaultAction malformedJson() {
    return routed -> {
      Response response = withJsonBody(routed.process(), "{\"id\":\"102\"}");
      String body = new String(response.body, StandardCharsets.UTF_8);
      int colon = body.indexOf(':');
      // A missing name separator: every byte is there, the length is right, and no JSON parser accepts it.
      String broken = colon < 0 ? "{\"id\" \"102\"}" : body.substring(0, colon) + " " + body.substring(colon + 1);
      return Replies.complete(response.withBody(broken.getBytes(StandardCharsets.UTF_8)));
    };
  }

  static FaultAction emptyBody() {
    return routed -> Replies.complete(asJson200(routed.process()).withBody(NO_BODY));
  }

  static FaultAction oversizedBody(long bytes) {
    return routed -> Replies.padded(withJsonBody(routed.process(), "{}"), bytes);
  }

  static FaultAction withoutHeaders(List<String> names) {
    Set<String> lowerCase = lowerCase(names);
    return routed -> Replies.complete(routed.process().without(lowerCase));
  }

  static FaultAction withHeader(String name, String value) {
    return routed -> Replies.complete(routed.process().withHeader(name, value));
  }

  // The org never sees the request.

  static FaultAction respond(OktaError error) {
    return routed -> Replies.complete(routed.error(error));
  }

  static FaultAction respondOAuthError(int status, String error, String description) {
    return exchange -> Replies.complete(exchange.api.json(
        exchange, status, OAuthServer.errorBody(error, description), exchange.api.peekWindow(exchange.now)));
  }

  static FaultAction challenge(OktaError error, String wwwAuthenticate, List<String> headerNamesAndValues) {
    return exchange -> {
      Response response = exchange.error(error).withHeader("WWW-Authenticate", wwwAuthenticate);
      for (int i = 0; i + 1 < headerNamesAndValues.size(); i += 2) {
        response = response.withHeader(headerNamesAndValues.get(i), headerNamesAndValues.get(i + 1));
      }
      return Replies.complete(response);
    };
  }

  static FaultAction respondWith(int status, String contentType, byte[] body) {
    return routed -> {
      List<String[]> headers = new ArrayList<>();
      headers.add(new String[] {"Date", Timestamps.httpDate(routed.now)});
      headers.add(new String[] {"Content-Type", contentType});
      return Replies.complete(new Response(status, headers, body));
    };
  }

  static FaultAction tooManyRequests(TooManyRequests shape) {
    return routed -> Replies.complete(shape.toResponse(routed));
  }

  static FaultAction redirect(int status, String location) {
    return routed -> {
      List<String[]> headers = new ArrayList<>();
      headers.add(new String[] {"Date", Timestamps.httpDate(routed.now)});
      headers.add(new String[] {"Location", location});
      return Replies.complete(new Response(status, headers, NO_BODY));
    };
  }

  static FaultAction closeConnection() {
    return routed -> Replies.closeBeforeResponse();
  }

  /** A proxy's error page: what an edge server in front of Okta answers when the org is out of reach. */
  static byte[] htmlPage(int status) {
    String title = status + " " + reason(status);
    String page = "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title
        + "</h1></center>\r\n</body>\r\n</html>\r\n";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  private static String reason(int status) {
    switch (status) {
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Temporarily Unavailable";
      case 504:
        return "Gateway Time-out";
      default:
        return status >= 500 ? "Internal Server Error" : "Error";
    }
  }

  /** The response, or for one without content (a 204) a 200 carrying {@code fallback}. */
  private static Response withJsonBody(Response response, String fallback) {
    if (response.mayHaveBody() && response.body.length > 0) {
      return response;
    }
    return asJson200(response).withBody(fallback.getBytes(StandardCharsets.UTF_8));
  }

  private static Response asJson200(Response response) {
    Response ok = response.withStatus(200);
    return ok.header("Content-Type") == null ? ok.withHeader("Content-Type", "application/json") : ok;
  }

  private static Set<String> lowerCase(List<String> names) {
    List<String> lower = new ArrayList<>();
    for (String name : names) {
      lower.add(name.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lower);
  }
}
