package golden.retries;

import io.typedclient.Header;
import io.typedclient.HttpApi;
import io.typedclient.Idempotent;
import io.typedclient.POST;
import io.typedclient.Path;
import io.typedclient.Query;
import java.util.concurrent.CompletableFuture;

/** {@code @Idempotent} POSTs, in place and through a shared request method, next to a POST without it. */
@HttpApi
public interface PaymentsApi {
  /** The server deduplicates by the key: safe to send again. */
  @Idempotent
  @POST("/payments")
  void pay(@Header("Idempotency-Key") String key, @Query("amount") long amount);

  @Idempotent
  @POST("/payments")
  CompletableFuture<Void> payAsync(@Header("Idempotency-Key") String key, @Query("amount") long amount);

  @Idempotent
  @POST("/payments/{id}/capture")
  void capture(@Path("id") String id, @Header("Idempotency-Key") String key);

  /** Not marked: sent once, whatever the retry policy. */
  @POST("/payments/{id}/refund")
  void refund(@Path("id") String id);
}
