package io.github.cloudaccess.client.store;

import io.github.cloudaccess.client.transfer.ChunkSink;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * A download in progress: a locked {@code .<name>.part-<random>} file that receives the body,
 * has its MD5 computed on the way, and is either committed (fsync, atomic rename onto the target
 * name, fsync of the directory) or aborted (deleted). The lock tells a later run's
 * {@link StaleTemps} that the file is still in use; the kernel drops it when the process dies.
 *
 * <p>Hashing and writing run on a {@link DigestWriter} thread so they overlap with the network
 * transfer; {@link #write} only copies the chunk into a bounded queue (back-pressure included).
 */
public final class TempFile implements ChunkSink, AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final DigestWriter writer;
  private long received;
  private long declared = -1;
  private LongConsumer progress = b -> {};
  private Written written;
  private boolean open = true;

  private TempFile(Path path, FileChannel channel, FileLock lock, boolean digest) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    this.writer = new DigestWriter(channel, digest);
  }

  static TempFile create(Path path, boolean digest) throws IOException {
    FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      FileLock lock = ch.tryLock();
      return new TempFile(path, ch, lock, digest);
    } catch (IOException | RuntimeException e) {
      ch.close();
      Files.deleteIfExists(path);
      throw e;
    }
  }

  /** @param listener called with the byte count after every chunk */
  public void onProgress(LongConsumer listener) {
    this.progress = listener;
  }

  /** @return the temporary file's path */
  public Path path() {
    return path;
  }

  /** @return the declared length the transfer announced, -1 when unknown */
  public synchronized long declaredLength() {
    return declared;
  }

  @Override
  public synchronized void begin(long declaredLength) {
    declared = declaredLength;
  }

  @Override
  public synchronized void write(ByteBuffer chunk) throws IOException {
    if (!open || written != null) {
      throw new IOException("temporary file no longer accepts data");
    }
    int n = chunk.remaining();
    writer.submit(chunk);
    received += n;
    progress.accept(received);
  }

  /**
   * Waits until every byte is hashed and written.
   *
   * @return the byte count and MD5 of the file
   * @throws IOException when writing failed or the wait was interrupted
   */
  public synchronized Written finish() throws IOException {
    if (written == null) {
      written = writer.finish();
    }
    return written;
  }

  /**
   * Makes the file durable and gives it the target name atomically.
   *
   * @param target the final path (same directory)
   * @param overwrite replace an existing target; when false an existing target is never touched
   * @param syncDirectory fsync the directory after the rename (batch callers do it once at the end)
   * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
   * @throws IOException when the rename fails (the caller then aborts)
   */
  public synchronized void commit(Path target, boolean overwrite, boolean syncDirectory) throws IOException {
    finish();
    try {
      channel.force(true);
      if (overwrite) {
        Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        linkNoReplace(target);
      }
      if (syncDirectory) {
        syncDirectory(target.getParent());
      }
    } finally {
      close();
    }
  }

  // rename(2) replaces silently; link(2) fails when the name exists, so it is the no-clobber rename.
  private void linkNoReplace(Path target) throws IOException {
    try {
      Files.createLink(target, path);
      Files.delete(path);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | IOException noHardLinks) {
      if (Files.exists(target)) {
        throw new FileAlreadyExistsException(target.getFileName().toString());
      }
      Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  /**
   * Makes renames in a directory durable.
   *
   * @param dir the directory
   */
  public static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open directories; the rename itself is still atomic.
    }
  }

  /** Stops the writer and deletes the temporary file; safe to call after commit or twice. */
  public void abort() {
    // Not synchronized on this: a network thread may be blocked in write() on a full queue.
    writer.cancel();
    synchronized (this) {
      close();
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // Left for the next run's StaleTemps sweep.
      }
    }
  }

  @Override
  public synchronized void close() {
    if (!open) {
      return;
    }
    open = false;
    writer.cancel();
    try {
      if (lock != null && lock.isValid()) {
        lock.release();
      }
    } catch (IOException e) {
      // closing the channel releases it anyway
    }
    try {
      channel.close();
    } catch (IOException e) {
      // nothing more to do
    }
  }

  /** Thrown when a write is refused because the transfer was cancelled. */
  static final class Cancelled extends InterruptedIOException {
    Cancelled() {
      super("cancelled");
    }
  }
}
