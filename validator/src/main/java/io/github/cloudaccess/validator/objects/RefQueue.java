package io.github.cloudaccess.validator.objects;

import io.github.cloudaccess.validator.reach.ObjectRef;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Hands references from the thread that reads the document to the thread that checks them,
 * through a bounded queue, so a response of a million rows never sits in memory: the reader
 * waits while the checker works through a batch.
 *
 * <p>Either side may stop early: {@link #abandon} makes a waiting reader give up (its
 * {@link #put} throws), and {@link #end} tells the checker that nothing more will come.
 */
final class RefQueue {

  /** Marks the end of the references. */
  private static final Object END = new Object();

  private final BlockingQueue<Object> queue;
  private volatile boolean abandoned;

  /** @param capacity references held at most */
  RefQueue(int capacity) {
    queue = new ArrayBlockingQueue<>(capacity);
  }

  /**
   * Called by the reader; waits while the queue is full.
   *
   * @param ref the next reference
   * @throws CancellationException when the checker has abandoned the queue
   */
  void put(ObjectRef ref) {
    offer(ref);
  }

  /** Called by the reader when the document is read (or could not be read further). */
  void end() {
    try {
      offer(END);
    } catch (CancellationException e) {
      // nobody is listening any more
    }
  }

  /** Called by the checker when it will take no more; a waiting reader gives up. */
  void abandon() {
    abandoned = true;
    queue.clear();
  }

  /** @return the references, in order, until the reader ends; consumed once */
  Stream<ObjectRef> stream() {
    Iterator<ObjectRef> it = new Iterator<>() {
      private Object next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = take();
        }
        return next != END;
      }

      @Override
      public ObjectRef next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ObjectRef ref = (ObjectRef) next;
        next = null;
        return ref;
      }
    };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  private Object take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while waiting for rows");
    }
  }

  private void offer(Object item) {
    try {
      // Poll the flag so that a reader never waits forever on a checker that has gone.
      while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
        if (abandoned) {
          throw new CancellationException("the object check stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while handing over rows");
    }
  }
}
