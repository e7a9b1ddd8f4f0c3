/**
 * OpenTelemetry for typedclient clients: {@link io.typedclient.opentelemetry.OpenTelemetryObserver}. Its API
 * names the runtime's {@code CallObserver} and OpenTelemetry's {@code OpenTelemetry}, so both modules are
 * required transitively; OpenTelemetry's jars are automatic modules (their {@code Automatic-Module-Name}s).
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.typedclient.opentelemetry {
  requires transitive io.typedclient.runtime;
  requires transitive io.opentelemetry.api;
  requires transitive io.opentelemetry.context;

  exports io.typedclient.opentelemetry;
}
