package io.typedclient.it.json;

import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.ServiceLoader;

/**
 * Reflection of every kind {@link BytecodeScanner} looks for, one per method, so {@link BytecodeScanTest} can show
 * that the scan fails on each. Never called.
 */
final class ReflectiveFixture {
  int counter;

  private ReflectiveFixture() {}

  static Object forName(String name) throws ClassNotFoundException {
    return Class.forName(name);
  }

  static Object declaredConstructor(Class<?> type) throws ReflectiveOperationException {
    return type.getDeclaredConstructor().newInstance();
  }

  static void accessibleField() throws NoSuchFieldException {
    Field field = ReflectiveFixture.class.getDeclaredField("counter");
    field.setAccessible(true);
  }

  static Object methods(Class<?> type) {
    return type.getMethods();
  }

  static Object serviceLoader() {
    return ServiceLoader.load(Runnable.class);
  }

  static Object proxy() {
    return Proxy.newProxyInstance(
        ReflectiveFixture.class.getClassLoader(), new Class<?>[] {Runnable.class}, (proxy, method, args) -> null);
  }

  static Object lookup() {
    return MethodHandles.lookup();
  }

  static Thread.State enumByName(String name) {
    return Enum.valueOf(Thread.State.class, name);
  }

  enum Color {
    RED
  }

  static Color enumConstantByName(String name) {
    return Color.valueOf(name);
  }

  static Object annotation(Class<?> type) {
    return type.getAnnotation(Deprecated.class);
  }

  /** Allowed: Moshi's factory signature forces java.lang.reflect.Type; comparing it needs no reflection. */
  static boolean typeOnly(java.lang.reflect.Type type) {
    return String.class.equals(type);
  }
}
