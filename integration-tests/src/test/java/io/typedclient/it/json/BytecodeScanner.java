package io.typedclient.it.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Finds reflection in compiled classes: any reference to {@code java.lang.reflect} but {@code Type}, to
 * {@code ServiceLoader} or {@code MethodHandles.Lookup}, and calls that look classes, members, enum constants or
 * annotations up at run time ({@code Class.forName}, {@code getDeclared*}, {@code getMethod(s)},
 * {@code getField(s)}, {@code getConstructor(s)}, {@code newInstance}, {@code setAccessible},
 * {@code MethodHandles.lookup}, {@code Enum.valueOf}, {@code getAnnotation}...).
 *
 * <p>Every enum declares {@code valueOf(String)}, which javac implements with {@code Enum.valueOf}, a lookup by
 * name through the enum's constants; the declaration is not flagged (it costs nothing unless called), calls to
 * it from application classes are.
 *
 * <p>{@code java.lang.reflect.Type} is allowed because Moshi's {@code JsonAdapter.Factory.create(Type, Set, Moshi)}
 * forces it on every {@code FACTORY}: the generated factory only compares it with a class literal, which needs no
 * reflection. Invokedynamic is allowed with the JDK's lambda, string-concatenation and record bootstraps, which
 * javac emits and R8 and GraalVM handle without configuration.
 */
final class BytecodeScanner {
  private static final Pattern REFLECT = Pattern.compile("java/lang/reflect/[A-Za-z0-9_$]+");
  private static final Set<String> ALLOWED_REFLECT = Set.of("java/lang/reflect/Type");
  private static final Set<String> FORBIDDEN_TYPES =
      Set.of("java/util/ServiceLoader", "java/lang/invoke/MethodHandles$Lookup");
  private static final Set<String> CLASS_LOOKUPS = Set.of(
      "forName", "newInstance", "getDeclaredConstructor", "getDeclaredConstructors", "getDeclaredMethod",
      "getDeclaredMethods", "getDeclaredField", "getDeclaredFields", "getDeclaredClasses", "getMethod", "getMethods",
      "getField", "getFields", "getConstructor", "getConstructors", "getEnumConstants", "getRecordComponents",
      "getAnnotation", "getAnnotations", "getAnnotationsByType", "getDeclaredAnnotation", "getDeclaredAnnotations",
      "getDeclaredAnnotationsByType", "isAnnotationPresent");
  private static final Map<String, Set<String>> FORBIDDEN_CALLS = Map.of(
      "java/lang/Class", CLASS_LOOKUPS,
      "java/lang/invoke/MethodHandles", Set.of("lookup", "privateLookupIn", "publicLookup"),
      "java/lang/Enum", Set.of("valueOf"),
      "java/lang/ClassLoader", Set.of("loadClass"));
  private static final Set<String> ALLOWED_BOOTSTRAPS = Set.of(
      "java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods");

  private BytecodeScanner() {}

  /** The directory or jar that {@code type} was loaded from. */
  static Path locationOf(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    try {
      return Paths.get(source.getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Findings for every class file in a directory or jar, and how many classes were scanned. */
  static Report scan(Path root) throws IOException {
    if (Files.isDirectory(root)) {
      return scanTree(root);
    }
    try (FileSystem jar = FileSystems.newFileSystem(root, (ClassLoader) null)) {
      return scanTree(jar.getPath("/"));
    }
  }

  private static Report scanTree(Path root) throws IOException {
    List<String> findings = new ArrayList<>();
    List<Path> classes;
    try (Stream<Path> files = Files.walk(root)) {
      classes = files.filter(file -> file.toString().endsWith(".class")).collect(Collectors.toList());
    }
    List<String> names = new ArrayList<>();
    for (Path file : classes) {
      String name = root.relativize(file).toString().replace('\\', '/');
      names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
      try (InputStream in = Files.newInputStream(file)) {
        findings.addAll(scan(in));
      }
    }
    return new Report(names, findings);
  }

  /** Findings for one class file, each naming the class, the member and what it references. */
  static List<String> scan(InputStream classFile) {
    try {
      List<String> findings = new ArrayList<>();
      new ClassReader(classFile).accept(new Scanner(findings), 0);
      return findings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a scan found in how many classes. */
  static final class Report {
    final int classes;
    /** The binary names of the classes scanned, such as {@code io.typedclient.okta.Session$Builder}. */
    final List<String> classNames;
    final List<String> findings;

    Report(List<String> classNames, List<String> findings) {
      this.classes = classNames.size();
      this.classNames = classNames;
      this.findings = findings;
    }
  }

  private static final class Scanner extends ClassVisitor {
    private final List<String> findings;
    private String className;
    private boolean isEnum;

    Scanner(List<String> findings) {
      super(Opcodes.ASM9);
      this.findings = findings;
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
      className = name;
      isEnum = (access & Opcodes.ACC_ENUM) != 0;
      String where = name + " (declaration)";
      checkText(where, signature);
      checkType(where, superName);
      if (interfaces != null) {
        for (String type : interfaces) {
          checkType(where, type);
        }
      }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
      checkText(className + "." + name, descriptor);
      checkText(className + "." + name, signature);
      return null;
    }

    @Override
    public MethodVisitor visitMethod(
        int access, String name, String descriptor, String signature, String[] exceptions) {
      String where = className + "." + name + descriptor;
      if (isEnum && name.equals("valueOf") && descriptor.equals("(Ljava/lang/String;)L" + className + ";")) {
        return null;
      }
      checkText(where, descriptor);
      checkText(where, signature);
      if (exceptions != null) {
        for (String type : exceptions) {
          checkType(where, type);
        }
      }
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean isInterface) {
          checkType(where, owner);
          checkText(where, desc);
          Set<String> forbidden = FORBIDDEN_CALLS.get(owner);
          if (forbidden != null && forbidden.contains(method)) {
            findings.add(where + " calls " + owner.replace('/', '.') + "." + method);
          }
          if (method.equals("valueOf") && desc.equals("(Ljava/lang/String;)L" + owner + ";")
              && !owner.startsWith("java/")) {
            findings.add(where + " calls " + owner.replace('/', '.') + ".valueOf(String), an enum lookup by name");
          }
          if (method.equals("setAccessible")) {
            findings.add(where + " calls " + owner.replace('/', '.') + ".setAccessible");
          }
        }

        @Override
        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
          checkType(where, owner);
          checkText(where, desc);
        }

        @Override
        public void visitTypeInsn(int opcode, String type) {
          checkType(where, type);
        }

        @Override
        public void visitLdcInsn(Object value) {
          if (value instanceof Type) {
            checkText(where, ((Type) value).getDescriptor());
          }
        }

        @Override
        public void visitInvokeDynamicInsn(String method, String desc, Handle bootstrap, Object... arguments) {
          checkText(where, desc);
          if (!ALLOWED_BOOTSTRAPS.contains(bootstrap.getOwner())) {
            findings.add(where + " uses invokedynamic bootstrap " + bootstrap.getOwner().replace('/', '.'));
          }
        }

        @Override
        public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
          checkType(where, type);
        }

        @Override
        public void visitLocalVariable(
            String variable, String desc, String sig, Label start, Label end, int index) {
          checkText(where, desc);
          checkText(where, sig);
        }
      };
    }

    private void checkType(String where, String internalName) {
      if (internalName == null) {
        return;
      }
      String name = internalName.startsWith("[") ? Type.getType(internalName).getElementType().getInternalName()
          : internalName;
      if (FORBIDDEN_TYPES.contains(name)) {
        findings.add(where + " references " + name.replace('/', '.'));
      } else {
        checkText(where, "L" + name + ";");
      }
    }

    /** Checks every class named in a descriptor or generic signature. */
    private void checkText(String where, String text) {
      if (text == null) {
        return;
      }
      Matcher matcher = REFLECT.matcher(text);
      while (matcher.find()) {
        if (!ALLOWED_REFLECT.contains(matcher.group())) {
          findings.add(where + " references " + matcher.group().replace('/', '.'));
        }
      }
      for (String type : FORBIDDEN_TYPES) {
        if (text.contains("L" + type + ";")) {
          findings.add(where + " references " + type.replace('/', '.'));
        }
      }
    }
  }
}
