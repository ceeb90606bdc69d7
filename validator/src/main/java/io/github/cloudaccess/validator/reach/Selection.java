package io.github.cloudaccess.validator.reach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Chooses which references are checked and hands them out in batches: all of them up to
 * {@code --max-objects}, or a uniform random sample of {@code --sample} (reservoir sampling, so
 * only the sample is held in memory), checked in document order. References past the limit are
 * only counted.
 */
final class Selection {

  private record Numbered(long seq, ObjectRef ref) {}

  private final Iterator<ObjectRef> source;
  private final ReachOptions options;
  private List<ObjectRef> sample;
  private int sampleAt;
  private long seen;
  private long handedOut;

  /**
   * @param refs the references, consumed once
   * @param options sample, limit, batch size
   */
  Selection(Stream<ObjectRef> refs, ReachOptions options) {
    this.source = refs.iterator();
    this.options = options;
  }

  /** @return the next batch; empty when done (then {@link #seen()} is final) */
  List<ObjectRef> next() {
    if (options.sample() > 0) {
      if (sample == null) {
        sample = drawSample();
      }
      int end = Math.min(sample.size(), sampleAt + options.batchSize());
      List<ObjectRef> batch = sample.subList(sampleAt, end);
      sampleAt = end;
      return batch;
    }
    List<ObjectRef> batch = new ArrayList<>();
    while (source.hasNext() && handedOut < options.maxObjects()
        && batch.size() < options.batchSize()) {
      batch.add(source.next());
      seen++;
      handedOut++;
    }
    if (batch.isEmpty()) {
      while (source.hasNext()) { // past --max-objects: count, do not keep
        source.next();
        seen++;
      }
    }
    return batch;
  }

  /** @return references received so far */
  long seen() {
    return seen;
  }

  private List<ObjectRef> drawSample() {
    int n = options.sample();
    Random random = new Random(options.seed());
    List<Numbered> reservoir = new ArrayList<>(Math.min(n, 1 << 16));
    while (source.hasNext()) {
      ObjectRef ref = source.next();
      if (reservoir.size() < n) {
        reservoir.add(new Numbered(seen, ref));
      } else {
        long j = (long) (random.nextDouble() * (seen + 1));
        if (j < n) {
          reservoir.set((int) j, new Numbered(seen, ref));
        }
      }
      seen++;
    }
    return reservoir.stream().sorted(Comparator.comparingLong(Numbered::seq))
        .limit(options.maxObjects()).map(Numbered::ref).toList();
  }
}
