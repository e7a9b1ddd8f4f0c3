package golden.health;

import io.typedclient.GET;
import io.typedclient.HEAD;
import io.typedclient.HttpApi;
import io.typedclient.POST;
import io.typedclient.Query;
import java.util.concurrent.CompletableFuture;

/** No JSON at all: the client holds no adapters and needs no Moshi. */
@HttpApi
interface HealthApi {
  @HEAD("/")
  void ping();

  @GET("/health/live")
  CompletableFuture<Void> live(@Query("verbose") Boolean verbose);

  @POST("/health/drain")
  void drain();
}
