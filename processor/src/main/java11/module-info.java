/**
 * The typedclient annotation processor. It exports nothing: javac finds it through the service it provides, on
 * the processor path or on the processor module path.
 */
@SuppressWarnings("requires-automatic")
module io.typedclient.processor {
  requires java.compiler;
  requires io.typedclient;
  requires com.palantir.javapoet;

  provides javax.annotation.processing.Processor with io.typedclient.processor.TypedClientProcessor;
}
