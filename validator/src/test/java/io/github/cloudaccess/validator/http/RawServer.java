package io.github.cloudaccess.validator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server speaking raw bytes, for faults no HTTP library will produce (lying
 * Content-Length, stalls mid-body); each connection runs a scripted behaviour on its own daemon
 * thread after the request head has been read.
 */
public final class RawServer implements AutoCloseable {

  /** What to do with one connection. */
  public interface Behaviour {
    /**
     * @param socket the connection
     * @param out its output
     * @throws Exception anything; the connection just ends
     */
    void serve(Socket socket, OutputStream out) throws Exception;
  }

  private final ServerSocket server;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final List<String> heads = new CopyOnWriteArrayList<>();

  /**
   * @param behaviour what each connection gets
   * @throws IOException when no loopback port is free
   */
  public RawServer(Behaviour behaviour) throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          open.add(s);
          Thread t = new Thread(() -> handle(s, behaviour), "raw-server-conn");
          t.setDaemon(true);
          t.start();
        } catch (IOException e) {
          return; // closed
        }
      }
    }, "raw-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void handle(Socket s, Behaviour behaviour) {
    try (s) {
      heads.add(readHead(s.getInputStream()));
      behaviour.serve(s, s.getOutputStream());
    } catch (Exception e) {
      // The client hung up or the test closed the server: both expected in fault tests.
    }
  }

  /** Reads up to the blank line ending the request head (bounded to 64 KiB). */
  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4 && head.size() < 65_536) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
      state = b == '\r' && state % 2 == 0 || b == '\n' && state % 2 == 1 ? state + 1
          : b == '\r' ? 1 : 0;
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  /** @return a URL on this server */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getLocalPort() + path);
  }

  /** @return the request heads received, in order */
  public List<String> heads() {
    return heads;
  }

  /** Writes ISO-8859-1 text and flushes. */
  public static void write(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Sleeps without propagating interruption (the connection thread just ends). */
  public static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
