package io.typedclient.consumers.modular;

import com.squareup.moshi.Moshi;
import io.typedclient.runtime.ClientConfig;

/** Calls the bookshop at the base URL given as the only argument and prints what it got, and where it ran. */
public final class Main {
  private Main() {}

  /**
   * Entry point.
   *
   * @param args the bookshop's base URL
   */
  public static void main(String[] args) {
    ClientConfig config = ClientConfig.builder().baseUrl(args[0]).moshi(new Moshi.Builder().build()).build();
    try (BookApiClient books = new BookApiClient(config)) {
      System.out.println("book: " + books.book("42"));
      System.out.println("added: " + books.add(new Book("43", "The Left Hand of Darkness", 304)));
      System.out.println("async: " + books.bookAsync("42").join().title());
    }
    System.out.println("client module: " + describe(BookApiClient.class.getModule()));
    System.out.println("runtime module: " + describe(ClientConfig.class.getModule()));
    System.out.println("java.net.http in the boot layer: " + ModuleLayer.boot().findModule("java.net.http").isPresent());
  }

  private static String describe(Module module) {
    if (!module.isNamed()) {
      return "unnamed";
    }
    return module.getName() + (module.getDescriptor().isAutomatic() ? " (automatic)" : "");
  }
}
