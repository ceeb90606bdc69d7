package io.github.cloudaccess.client.transfer;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Pushes a response body into a {@link ChunkSink} one batch at a time (back-pressure: the next
 * batch is requested only after the previous one is stored), counting bytes, enforcing the cap,
 * and recording activity so a stalled body can be detected by the waiting thread.
 */
final class SinkSubscriber implements HttpResponse.BodySubscriber<Long> {

  /** Signals that the body exceeded the cap. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("body exceeds the size cap", null);
    }
  }

  private final ChunkSink sink;
  private final Activity activity;
  private final long cap;
  private final CompletableFuture<Long> result = new CompletableFuture<>();
  private volatile Flow.Subscription subscription;
  private long count;

  SinkSubscriber(ChunkSink sink, Activity activity, long cap) {
    this.sink = sink;
    this.activity = activity;
    this.cap = cap;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    activity.attach(s);
    s.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    try {
      for (ByteBuffer b : items) {
        count += b.remaining();
        if (count > cap) {
          throw new TooLarge();
        }
        sink.write(b);
      }
      activity.touch();
      subscription.request(1);
    } catch (IOException | RuntimeException e) {
      subscription.cancel();
      result.completeExceptionally(e);
    }
  }

  @Override
  public void onError(Throwable t) {
    result.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    result.complete(count);
  }

  @Override
  public CompletionStage<Long> getBody() {
    return result;
  }
}
