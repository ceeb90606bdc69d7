package io.github.cloudaccess.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Sends bytes no well-behaved client would send (malformed escapes, huge request lines, bodies
 * beyond the cap) over a plain socket with hard time limits, and reads the status line.
 */
final class RawHttp {

  /** What came back. */
  record Answer(int status, String head, String body, long millis) {}

  private RawHttp() {}

  /**
   * @param request the raw request bytes
   * @param timeoutMs bound on the whole exchange
   * @return the status (-1 when the server closed without answering)
   */
  static Answer send(byte[] request, int timeoutMs) throws IOException {
    long t0 = System.nanoTime();
    int port = SharedServer.get().baseUri().getPort();
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.setSoTimeout(timeoutMs);
      OutputStream out = s.getOutputStream();
      try {
        for (int off = 0; off < request.length; off += 65536) {
          out.write(request, off, Math.min(65536, request.length - off));
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before reading everything (413/414): read anyway.
      }
      String text = read(s.getInputStream());
      long ms = (System.nanoTime() - t0) / 1_000_000;
      if (text.isEmpty()) {
        return new Answer(-1, "", "", ms);
      }
      int end = text.indexOf("\r\n\r\n");
      String head = end < 0 ? text : text.substring(0, end);
      String body = end < 0 ? "" : text.substring(end + 4);
      return new Answer(Integer.parseInt(head.split(" ")[1]), head, body, ms);
    }
  }

  /** @return a GET request for a raw request target */
  static byte[] get(String target) {
    return ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String read(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] b = new byte[8192];
    try {
      int n;
      while ((n = in.read(b)) > 0) {
        buf.write(b, 0, n);
        if (buf.size() > 4 << 20) {
          break;
        }
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("the server did not finish answering in time", e);
    } catch (IOException e) {
      // A reset after the answer was sent is fine; what was read counts.
    }
    return buf.toString(StandardCharsets.ISO_8859_1);
  }
}
