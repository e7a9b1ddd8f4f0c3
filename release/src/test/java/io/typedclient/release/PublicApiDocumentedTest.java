package io.typedclient.release;

import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No public type or member of the published API goes without a Javadoc comment. Javadoc itself runs with doclint's
 * other groups on and fails on any warning (typedclient-parent); its "missing" group is off because it also asks
 * for an {@code @param} and {@code @return} on every method, which this project's prose comments do not use. This
 * test is the "missing comment" half of that group: it parses each published -sources.jar, takes the packages the
 * jar's module exports (every package, for the automatic-module conformance suite), and lists every public type,
 * and every public or protected constructor, method, field, enum constant and annotation element in them, that
 * has no comment. Members that override (with {@code @Override}) inherit their documentation.
 */
class PublicApiDocumentedTest {
  private final Bundle bundle = Bundle.read();

  @TempDir Path temp;

  @Test
  void everyPublicTypeAndMemberOfEveryExportedPackageIsDocumented() throws IOException {
    List<String> undocumented = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, String> artifact : Bundle.PUBLISHED.entrySet()) {
      if (!artifact.getValue().equals("jar")) {
        continue;
      }
      String id = artifact.getKey();
      Set<String> exported = exportedPackages(id);
      if (exported.isEmpty()) {
        // The processor: javac finds it as a service; it has no API to document.
        continue;
      }
      List<JavaFileObject> sources = new ArrayList<>();
      for (Map.Entry<String, byte[]> entry : Jars.entries(bundle.file(Bundle.path(id, "sources", "jar"))).entrySet()) {
        String name = entry.getKey();
        int slash = name.lastIndexOf('/');
        if (name.endsWith(".java") && slash > 0 && exported.contains(name.substring(0, slash).replace('/', '.'))) {
          sources.add(new Source(id + "/" + name, new String(entry.getValue(), StandardCharsets.UTF_8)));
        }
      }
      assertWithMessage("%s has sources in its exported packages %s", id, exported).that(sources).isNotEmpty();
      checked += check(sources, undocumented);
    }
    assertWithMessage("elements checked").that(checked).isGreaterThan(100);
    assertWithMessage("public API without a Javadoc comment").that(undocumented).isEmpty();
  }

  private Set<String> exportedPackages(String artifactId) throws IOException {
    Path jar = temp.resolve(artifactId + ".jar");
    Files.write(jar, bundle.file(Bundle.path(artifactId, null, "jar")));
    ModuleDescriptor module = java.lang.module.ModuleFinder.of(jar).findAll().iterator().next().descriptor();
    if (module.isAutomatic()) {
      return module.packages();
    }
    return module.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }

  /** Parses {@code sources} and adds each undocumented API element to {@code undocumented}; returns how many it saw. */
  private static int check(List<JavaFileObject> sources, List<String> undocumented) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    JavacTask task = (JavacTask) javac.getTask(null, null, diagnostic -> {}, List.of("-proc:none"), null, sources);
    DocTrees docs = DocTrees.instance(task);
    int checked = 0;
    for (CompilationUnitTree unit : task.parse()) {
      for (Tree type : unit.getTypeDecls()) {
        if (type instanceof ClassTree) {
          checked += checkType(docs, new TreePath(new TreePath(unit), type), undocumented);
        }
      }
    }
    return checked;
  }

  private static int checkType(DocTrees docs, TreePath path, List<String> undocumented) {
    ClassTree type = (ClassTree) path.getLeaf();
    boolean isInterface =
        type.getKind() == Tree.Kind.INTERFACE || type.getKind() == Tree.Kind.ANNOTATION_TYPE;
    if (!type.getModifiers().getFlags().contains(Modifier.PUBLIC) && !isNestedInInterface(path)) {
      return 0;
    }
    int checked = 1;
    String where = path.getCompilationUnit().getSourceFile().getName() + ": ";
    require(docs, path, where + "type " + type.getSimpleName(), undocumented);
    boolean extensible =
        !type.getModifiers().getFlags().contains(Modifier.FINAL) && type.getKind() == Tree.Kind.CLASS;
    for (Tree member : type.getMembers()) {
      TreePath memberPath = new TreePath(path, member);
      if (member instanceof ClassTree) {
        checked += checkType(docs, memberPath, undocumented);
      } else if (member instanceof MethodTree) {
        MethodTree method = (MethodTree) member;
        if (isApi(method.getModifiers(), isInterface, extensible) && !overrides(method.getModifiers())
            && !isImplicitRecordConstructor(type, method)) {
          checked++;
          String name = method.getName().contentEquals("<init>") ? "constructor" : "method " + method.getName();
          require(docs, memberPath, where + type.getSimpleName() + " " + name, undocumented);
        }
      } else if (member instanceof VariableTree) {
        VariableTree field = (VariableTree) member;
        boolean enumConstant = type.getKind() == Tree.Kind.ENUM && isEnumConstant(type, field);
        if (enumConstant || isApi(field.getModifiers(), isInterface, extensible)) {
          checked++;
          require(docs, memberPath, where + type.getSimpleName() + " field " + field.getName(), undocumented);
        }
      }
    }
    return checked;
  }

  private static boolean isApi(ModifiersTree modifiers, boolean inInterface, boolean extensible) {
    Set<Modifier> flags = modifiers.getFlags();
    if (inInterface) {
      return !flags.contains(Modifier.PRIVATE);
    }
    return flags.contains(Modifier.PUBLIC) || (extensible && flags.contains(Modifier.PROTECTED));
  }

  private static boolean overrides(ModifiersTree modifiers) {
    return modifiers.getAnnotations().stream()
        .anyMatch(annotation -> annotation.getAnnotationType().toString().matches("(java\\.lang\\.)?Override"));
  }

  /** javac parses an enum constant as a field initialised with {@code new <EnumName>(...)}. */
  private static boolean isEnumConstant(ClassTree type, VariableTree field) {
    return field.getInitializer() instanceof NewClassTree
        && ((NewClassTree) field.getInitializer()).getIdentifier().toString().equals(type.getSimpleName().toString());
  }

  /** A record's compact or implicit canonical constructor is documented by the record's own comment. */
  private static boolean isImplicitRecordConstructor(ClassTree type, MethodTree method) {
    return type.getKind().name().equals("RECORD") && method.getName().contentEquals("<init>")
        && method.getParameters().isEmpty() && method.getReturnType() == null;
  }

  private static boolean isNestedInInterface(TreePath path) {
    Tree parent = path.getParentPath().getLeaf();
    return parent instanceof ClassTree
        && (parent.getKind() == Tree.Kind.INTERFACE || parent.getKind() == Tree.Kind.ANNOTATION_TYPE);
  }

  private static void require(DocTrees docs, TreePath path, String what, List<String> undocumented) {
    String comment = docs.getDocComment(path);
    if (comment == null || comment.isBlank()) {
      undocumented.add(what);
    }
  }

  /** A source file held in memory, named after its place in the sources jar. */
  private static final class Source extends SimpleJavaFileObject {
    private final String content;

    Source(String name, String content) {
      super(URI.create("string:///" + name), Kind.SOURCE);
      this.content = content;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return content;
    }
  }
}
