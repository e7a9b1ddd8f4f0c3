package golden.users;

public final class User {
  public final String name;

  public User(String name) {
    this.name = name;
  }
}
