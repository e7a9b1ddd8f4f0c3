package golden.sessions;

public final class Session {
  public final String id;

  public Session(String id) {
    this.id = id;
  }
}
