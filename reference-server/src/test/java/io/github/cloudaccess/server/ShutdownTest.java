package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.s3.S3Clients;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Closing a server whose store still has idle keep-alive connections from an in-process SDK
 * client (what the demo leaves behind after its validator run) stops cleanly, promptly, and
 * really closes both ports.
 */
class ShutdownTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void idleKeepAliveClientsDoNotMakeTheStopFail() throws Exception {
    RunningServer server = ReferenceServer.start(ServerConfig.defaults());
    URI s3 = server.s3Endpoint();
    URI http = server.baseUri();
    Product open = server.catalogue().products().stream()
        .filter(p -> p.collection().equals("hst-sim") && !p.copies().isEmpty())
        .findFirst().orElseThrow();
    try (S3Client c = S3Clients.anonymous(s3, "us-east-1")) {
      // The URLConnection transport parks this connection in the JDK's keep-alive cache.
      c.headObject(r -> r.bucket(open.copies().get(0).bucket().name()).key(open.path()));
    }

    long start = System.nanoTime();
    server.close();
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(ms).as("stop time in ms").isLessThan(10_000);
    assertThatThrownBy(() -> connect(s3)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> connect(http)).isInstanceOf(IOException.class);
  }

  private static void connect(URI uri) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 2000);
    }
  }
}
