package io.github.cloudaccess.client;

/** Receives download progress; called from download threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores everything. */
  ProgressListener NONE = (name, done, total) -> {};

  /**
   * @param fileName the local file name being written
   * @param done bytes written so far by the current route
   * @param total the declared size, -1 when unknown
   */
  void onBytes(String fileName, long done, long total);
}
