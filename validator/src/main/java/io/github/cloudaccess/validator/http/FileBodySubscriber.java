package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Streams a response body to a file, never holding more than the client's current buffers, and
 * stops at the byte cap.
 *
 * <p>Every byte received is reported to an {@link Activity} so the {@link Watchdog} can tell a
 * stalled server from a slow one. All methods are synchronized: the client calls them serially,
 * but {@link #abort} comes from the watchdog's thread.
 */
final class FileBodySubscriber implements BodySubscriber<Path> {

  private final Path file;
  private final long cap;
  private final long declared;
  private final Activity activity;
  private final CompletableFuture<Path> result = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private FileChannel channel;
  private long count;
  private boolean done;

  /**
   * @param file where to write (created already, truncated here)
   * @param cap most bytes accepted
   * @param declared the Content-Length, or -1 when absent
   * @param activity told about every byte
   */
  FileBodySubscriber(Path file, long cap, long declared, Activity activity) {
    this.file = file;
    this.cap = cap;
    this.declared = declared;
    this.activity = activity;
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (done) {
      s.cancel();
      return;
    }
    /* Refuse a declared length over the cap before reading a byte of it. */
    if (declared > cap) {
      fail(Failure.of(FailureKind.BODY_TOO_LARGE,
          "Content-Length " + declared + " exceeds the cap of " + cap + " bytes"));
      return;
    }
    try {
      channel = FileChannel.open(file, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
    } catch (IOException e) {
      fail(Failure.of(FailureKind.LOCAL_IO, "cannot write body file: " + e.getMessage()));
      return;
    }
    s.request(1);
  }

  @Override
  public synchronized void onNext(List<ByteBuffer> items) {
    if (done) {
      return;
    }
    activity.touch();
    long n = 0;
    for (ByteBuffer b : items) {
      n += b.remaining();
    }
    if (count + n > cap) {
      fail(Failure.of(FailureKind.BODY_TOO_LARGE,
          "body exceeds the cap of " + cap + " bytes"));
      return;
    }
    try {
      for (ByteBuffer b : items) {
        while (b.hasRemaining()) {
          channel.write(b);
        }
      }
    } catch (IOException e) {
      fail(Failure.of(FailureKind.LOCAL_IO, "cannot write body file: " + e.getMessage()));
      return;
    }
    count += n;
    subscription.request(1);
  }

  @Override
  public synchronized void onError(Throwable t) {
    if (done) {
      return;
    }
    done = true;
    closeChannel();
    result.completeExceptionally(t);
  }

  @Override
  public synchronized void onComplete() {
    if (done) {
      return;
    }
    done = true;
    closeChannel();
    result.complete(file);
  }

  @Override
  public CompletionStage<Path> getBody() {
    return result;
  }

  /**
   * Stops the transfer with a failure unless it has already ended.
   *
   * @param failure why
   * @return true when this call ended the transfer
   */
  synchronized boolean abort(Failure failure) {
    if (done) {
      return false;
    }
    fail(failure);
    return true;
  }

  /** @return the declared Content-Length, -1 when absent */
  long declared() {
    return declared;
  }

  /** @return bytes written so far */
  synchronized long count() {
    return count;
  }

  /** Closes the file; called before the file is deleted, whatever happened. */
  synchronized void close() {
    done = true;
    closeChannel();
  }

  private void fail(Failure failure) {
    done = true;
    if (subscription != null) {
      subscription.cancel();
    }
    closeChannel();
    result.completeExceptionally(new FailureException(failure));
  }

  private void closeChannel() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing after a failed write; the file is deleted by the caller anyway.
      }
      channel = null;
    }
  }
}
