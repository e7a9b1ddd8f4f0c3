package golden.sessions;

public final class CreateSessionRequest {
  public final String sessionToken;

  public CreateSessionRequest(String sessionToken) {
    this.sessionToken = sessionToken;
  }
}
