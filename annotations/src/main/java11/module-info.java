/**
 * The annotations an application writes on its {@code @HttpApi} interfaces and JSON models. No dependencies:
 * every annotation has {@code CLASS} or {@code SOURCE} retention, and nothing reads them at run time. JSpecify's
 * {@code @NullMarked} on the package is for compilers only ({@code requires static}).
 */
module io.typedclient {
  // @NullMarked on the package: read by compilers and nullness checkers, never needed at run time.
  requires static org.jspecify;

  exports io.typedclient;
}
