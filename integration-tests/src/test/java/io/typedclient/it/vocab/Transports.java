package io.typedclient.it.vocab;

import io.typedclient.runtime.HttpTransport;
import io.typedclient.runtime.JdkHttpTransport;
import io.typedclient.runtime.UrlConnectionTransport;
import java.time.Duration;

/** The two transports every end-to-end case runs over. */
enum Transports {
  JDK {
    @Override
    HttpTransport create() {
      return JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(5)).build();
    }
  },
  URL_CONNECTION {
    @Override
    HttpTransport create() {
      return UrlConnectionTransport.builder().connectTimeout(Duration.ofSeconds(5)).build();
    }
  };

  abstract HttpTransport create();
}
