/**
 * The runtime that generated clients call: configuration, transports, interceptors, requests and responses,
 * errors, and JSON support.
 *
 * <p>Both packages are exported: generated code lives in the application's own module and calls
 * {@code io.typedclient.runtime.internal} as well as the API package. The internal package is not API (see its
 * package documentation); it is exported only because Java has no way to export a package to modules whose names
 * are not known in advance.
 *
 * <p>{@code java.net.http} is optional: an application that wants the default {@link
 * io.typedclient.runtime.JdkHttpTransport} on the module path requires {@code java.net.http} itself (or runs with
 * {@code --add-modules java.net.http}); without it the runtime takes {@link
 * io.typedclient.runtime.UrlConnectionTransport}, as on Android. {@code java.logging} is optional too: debug logs
 * go through {@code System.Logger}, and {@code java.util.logging} only where that does not exist.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.typedclient.runtime {
  // Interfaces are written with the annotations; models and adapters with Moshi's types.
  requires transitive io.typedclient;
  requires transitive com.squareup.moshi;
  requires okio;
  // Moshi and okio are written in Kotlin, but as automatic modules they cannot say that they need its standard
  // library, and an explicit module that nothing requires is not resolved: without this line a modular
  // application fails at its first call with NoClassDefFoundError: kotlin/jvm/internal/Intrinsics. (OkHttp's
  // descriptor requires kotlin.stdlib for the same reason.)
  requires kotlin.stdlib;
  // JSpecify's @NullMarked and @Nullable: transitive, so that an application's compiler (Kotlin's, a nullness
  // checker) reads them on this API; static, since nothing needs them at run time.
  requires static transitive org.jspecify;
  requires static java.net.http;
  requires static java.logging;

  exports io.typedclient.runtime;
  exports io.typedclient.runtime.internal;
}
