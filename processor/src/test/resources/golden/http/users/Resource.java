package golden.users;

import io.typedclient.DELETE;
import io.typedclient.GET;
import io.typedclient.Headers;
import io.typedclient.Path;

/** Not an @HttpApi itself: a generic base whose methods an @HttpApi interface inherits. */
@Headers("X-Resource: shared")
public interface Resource<T> {
  @GET("/{id}")
  T get(@Path("id") String id);

  @DELETE("/{id}")
  void delete(@Path("id") String id);
}
