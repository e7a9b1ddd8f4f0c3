package io.typedclient.processor.json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs a processor with a {@link Filer} that records the originating elements of each source file it creates,
 * which is what Gradle's incremental compilation relies on for an isolating processor.
 */
final class OriginRecordingProcessor implements Processor {
  private final Processor delegate;
  private final List<String> origins = new ArrayList<>();

  OriginRecordingProcessor(Processor delegate) {
    this.delegate = delegate;
  }

  /** {@code "p.SessionJsonAdapter <- [p.Session]"} per generated source file, in order. */
  List<String> origins() {
    return List.copyOf(origins);
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer filer = env.getFiler();
    Filer recording = new Filer() {
      @Override
      public JavaFileObject createSourceFile(CharSequence name, Element... originating) throws IOException {
        List<String> names = new ArrayList<>();
        for (Element element : originating) {
          names.add(((TypeElement) element).getQualifiedName().toString());
        }
        origins.add(name + " <- " + names);
        return filer.createSourceFile(name, originating);
      }

      @Override
      public JavaFileObject createClassFile(CharSequence name, Element... originating) throws IOException {
        return filer.createClassFile(name, originating);
      }

      @Override
      public FileObject createResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName,
          Element... originating) throws IOException {
        return filer.createResource(location, pkg, relativeName, originating);
      }

      @Override
      public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence relativeName)
          throws IOException {
        return filer.getResource(location, pkg, relativeName);
      }
    };
    delegate.init(new ProcessingEnvironment() {
      @Override
      public Map<String, String> getOptions() {
        return env.getOptions();
      }

      @Override
      public Messager getMessager() {
        return env.getMessager();
      }

      @Override
      public Filer getFiler() {
        return recording;
      }

      @Override
      public Elements getElementUtils() {
        return env.getElementUtils();
      }

      @Override
      public Types getTypeUtils() {
        return env.getTypeUtils();
      }

      @Override
      public SourceVersion getSourceVersion() {
        return env.getSourceVersion();
      }

      @Override
      public Locale getLocale() {
        return env.getLocale();
      }
    });
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }
}
