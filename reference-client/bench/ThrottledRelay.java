import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP relay that paces the server-to-client direction of all its connections to one
 * shared byte rate: a stand-in for a network link, so that the benchmark can compare the client
 * with a plain GET where the link, not the two shared CPU cores, is the limit.
 *
 * <p>Rationale: on loopback the plain baseline alone keeps both cores busy (s3proxy sending, the
 * SDK reading), so every byte the client hashes or writes is taken from the transfer itself. A
 * real client downloads over a link of a few hundred MB/s at most per connection; the relay
 * shows what the client costs there. Requests (client to server) are not paced. Pacing is a
 * token bucket two milliseconds deep over chunks of at most 64 KiB: the link may catch up after
 * a short pause of its reader, never burst after idling.
 */
final class ThrottledRelay implements AutoCloseable {

  private static final int CHUNK = 64 * 1024;
  /** Credit an idle link keeps: what it could send in this time. */
  private static final long BURST_NANOS = 2_000_000;

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final double bytesPerNano;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "relay");
    t.setDaemon(true);
    return t;
  });
  private final Object pace = new Object();
  private long nextFree = Long.MIN_VALUE / 2;

  /**
   * @param upstream the server behind the relay (loopback)
   * @param mbPerSecond the link rate in MiB/s, shared by all connections
   */
  ThrottledRelay(URI upstream, double mbPerSecond) throws IOException {
    this.upstream = new InetSocketAddress(upstream.getHost(), upstream.getPort());
    this.bytesPerNano = mbPerSecond * 1048576.0 / 1e9;
    this.listener = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  /** @return the relay's address, with the scheme of {@code like} */
  URI uri(URI like) {
    return URI.create(like.getScheme() + "://127.0.0.1:" + listener.getLocalPort());
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket down = listener.accept();
        Socket up = new Socket();
        up.connect(upstream, 5000);
        down.setTcpNoDelay(true);
        up.setTcpNoDelay(true);
        threads.execute(() -> pump(down, up, false));
        threads.execute(() -> pump(up, down, true));
      } catch (IOException e) {
        // listener closed, or the upstream refused one connection: the client sees a reset
      }
    }
  }

  private void pump(Socket from, Socket to, boolean paced) {
    byte[] buf = new byte[CHUNK];
    try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
      for (int n; (n = in.read(buf)) >= 0; ) {
        if (paced) {
          await(n);
        }
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // one side closed: close both below
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  /**
   * Blocks until {@code n} more bytes fit the link rate: a token bucket two milliseconds deep, so
   * a short pause of the reader is made up but an idle link banks no more credit than that.
   */
  private void await(int n) {
    long due;
    synchronized (pace) {
      long now = System.nanoTime();
      nextFree = Math.max(nextFree, now - BURST_NANOS) + (long) (n / bytesPerNano);
      due = nextFree;
    }
    for (long wait; (wait = due - System.nanoTime()) > 0; ) {
      LockSupport.parkNanos(wait);
    }
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
  }
}
