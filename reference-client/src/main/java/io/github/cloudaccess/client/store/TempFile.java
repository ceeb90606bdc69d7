package io.github.cloudaccess.client.store;

import io.github.cloudaccess.client.transfer.ChunkSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * A download in progress: a locked {@code .<name>.part-<random>} file that receives the body,
 * computes its MD5 on the way, and is either committed (fsync, atomic rename onto the target
 * name, fsync of the directory) or aborted (deleted). The lock tells a later run's
 * {@link StaleTemps} that the file is still in use; the kernel drops it when the process dies.
 */
public final class TempFile implements ChunkSink, AutoCloseable {

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;
  private final MessageDigest md5;
  private long bytes;
  private long declared = -1;
  private LongConsumer progress = b -> {};
  private boolean open = true;

  private TempFile(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
    try {
      this.md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has MD5", e);
    }
  }

  static TempFile create(Path path) throws IOException {
    FileChannel ch = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      FileLock lock = ch.tryLock();
      return new TempFile(path, ch, lock);
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

  /** @return bytes written so far */
  public synchronized long bytes() {
    return bytes;
  }

  /** @return the declared length the transfer announced, -1 when unknown */
  public synchronized long declaredLength() {
    return declared;
  }

  /** @return the MD5 of everything written, in lower-case hex (ends the digest) */
  public synchronized String md5Hex() {
    return HexFormat.of().formatHex(md5.digest());
  }

  @Override
  public synchronized void begin(long declaredLength) {
    declared = declaredLength;
  }

  @Override
  public synchronized void write(ByteBuffer chunk) throws IOException {
    if (!open) {
      throw new IOException("temporary file already closed");
    }
    ByteBuffer dup = chunk.duplicate();
    md5.update(dup);
    while (chunk.hasRemaining()) {
      bytes += channel.write(chunk);
    }
    progress.accept(bytes);
  }

  /**
   * Makes the file durable and gives it the target name atomically.
   *
   * @param target the final path (same directory)
   * @param overwrite replace an existing target; when false an existing target is never touched
   * @throws FileAlreadyExistsException when the target exists and {@code overwrite} is false
   * @throws IOException when the rename fails (the temporary file is then deleted)
   */
  public synchronized void commit(Path target, boolean overwrite) throws IOException {
    try {
      channel.force(true);
      if (overwrite) {
        Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        linkNoReplace(target);
      }
      syncDirectory(target.getParent());
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

  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Some platforms cannot open directories; the rename itself is still atomic.
    }
  }

  /** Deletes the temporary file; safe to call after commit or twice. */
  public synchronized void abort() {
    close();
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // Left for the next run's StaleTemps sweep.
    }
  }

  @Override
  public synchronized void close() {
    if (!open) {
      return;
    }
    open = false;
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
}
