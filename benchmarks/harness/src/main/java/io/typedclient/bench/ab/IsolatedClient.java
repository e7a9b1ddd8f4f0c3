package io.typedclient.bench.ab;

import io.typedclient.bench.server.SessionPayload;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * A variant's getSession client in a class loader of its own (its classpath only, over the platform class
 * loader), so that two versions of the same classes can run in one JVM. Every variant is called the same way,
 * through one bound method handle, so the calling costs the same on both sides.
 */
final class IsolatedClient implements AutoCloseable {
  private final URLClassLoader loader;
  private final Object client;
  private final MethodHandle getSession;

  private IsolatedClient(URLClassLoader loader, Object client, MethodHandle getSession) {
    this.loader = loader;
    this.client = client;
    this.getSession = getSession;
  }

  /** Builds {@code variant}'s client for the server at {@code baseUrl} and checks that it decodes the session. */
  static IsolatedClient create(Variant variant, Path benchmarksDir, String baseUrl) throws Exception {
    return create(variant, benchmarksDir, baseUrl, false);
  }

  /** As {@link #create(Variant, Path, String)}; {@code http2} makes the floors ask for h2. */
  static IsolatedClient create(Variant variant, Path benchmarksDir, String baseUrl, boolean http2) throws Exception {
    List<String> classpath = variant.classpath(benchmarksDir);
    URL[] urls = new URL[classpath.size()];
    for (int i = 0; i < urls.length; i++) {
      urls[i] = toUrl(classpath.get(i));
    }
    URLClassLoader loader = new URLClassLoader("ab-" + variant.name(), urls, ClassLoader.getPlatformClassLoader());
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Object client;
    MethodHandle getSession;
    switch (variant.contender()) {
      case "floor":
      case "floor-direct": {
        Class<?> type = loader.loadClass("io.typedclient.bench.floor.FloorClient");
        client = type.getMethod("create", String.class, String.class, boolean.class, boolean.class)
            .invoke(null, baseUrl, SessionPayload.API_TOKEN, http2, variant.contender().equals("floor-direct"));
        getSession = lookup.findVirtual(type, "getSession",
            MethodType.methodType(loader.loadClass("io.typedclient.bench.floor.FloorSession"), String.class));
        break;
      }
      case "floor-urlconnection": {
        Class<?> type = loader.loadClass("io.typedclient.bench.ours.UrlConnectionFloor");
        client = type.getMethod("create", String.class, String.class).invoke(null, baseUrl, SessionPayload.API_TOKEN);
        getSession = lookup.findVirtual(type, "getSession",
            MethodType.methodType(loader.loadClass("io.typedclient.okta.Session"), String.class));
        break;
      }
      case "ours-jdk":
      case "ours-urlconnection": {
        Class<?> factory = loader.loadClass("io.typedclient.bench.ours.OursSessions");
        String transport = variant.contender().substring("ours-".length());
        client = factory.getMethod("create", String.class, String.class, String.class)
            .invoke(null, baseUrl, SessionPayload.API_TOKEN, transport);
        Class<?> api = loader.loadClass("io.typedclient.okta.SessionApi");
        getSession = lookup.findVirtual(api, "getSession",
            MethodType.methodType(loader.loadClass("io.typedclient.okta.Session"), String.class));
        break;
      }
      default:
        loader.close();
        throw new IllegalArgumentException("A/B slices support floor, floor-direct, floor-urlconnection, ours-jdk and "
            + "ours-urlconnection, not " + variant.contender());
    }
    IsolatedClient isolated =
        new IsolatedClient(loader, client, getSession.bindTo(client).asType(MethodType.methodType(Object.class, String.class)));
    try {
      isolated.check(variant);
    } catch (Exception | Error e) {
      isolated.close();
      throw e;
    } catch (Throwable e) {
      isolated.close();
      throw new IllegalStateException(e);
    }
    return isolated;
  }

  /** One getSession call. */
  Object getSession(String id) throws Throwable {
    return (Object) getSession.invokeExact(id);
  }

  private void check(Variant variant) throws Throwable {
    Object session = getSession(SessionPayload.SESSION_ID);
    Object id = session.getClass().getMethod("id").invoke(session);
    Object status = session.getClass().getMethod("status").invoke(session);
    String summary = id + "/" + status;
    if (!summary.equals(SessionPayload.SUMMARY)) {
      throw new IllegalStateException(variant.name() + " decoded " + summary);
    }
  }

  @Override
  public void close() throws Exception {
    if (client instanceof AutoCloseable) {
      ((AutoCloseable) client).close();
    }
    loader.close();
  }

  private static URL toUrl(String entry) {
    try {
      return Path.of(entry).toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(entry, e);
    }
  }
}
