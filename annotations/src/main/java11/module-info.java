/**
 * The annotations an application writes on its {@code @HttpApi} interfaces and JSON models. No dependencies:
 * every annotation has {@code CLASS} or {@code SOURCE} retention, and nothing reads them at run time.
 */
module io.typedclient {
  exports io.typedclient;
}
