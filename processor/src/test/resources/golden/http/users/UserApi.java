package golden.users;

import io.typedclient.GET;
import io.typedclient.Headers;
import io.typedclient.HttpApi;

/**
 * Inherits endpoints from a generic base; its default, static and Object methods are left alone; a deprecated
 * endpoint stays deprecated in the client. User has its adapter in the application's Moshi, which fromMoshi says.
 */
@HttpApi(fromMoshi = User.class)
@Headers("Accept: application/json")
public interface UserApi extends Resource<User> {
  @GET("/users/me")
  User me();

  /** Deprecated: use {@link #me()}. */
  @Deprecated
  @GET("/users/current")
  User current();

  default String myName() {
    return me().name;
  }

  static String path() {
    return "/users";
  }

  @Override
  String toString();
}
