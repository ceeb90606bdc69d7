package io.github.cloudaccess.client.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Removes temporary files left by interrupted or killed runs.
 *
 * <p>A file is stale when its name matches {@code .<name>.part-<hex>}, it was last modified
 * before the current run started, and nobody holds its lock (a live download in another process
 * or thread keeps it locked; the kernel releases locks of dead processes).
 */
public final class StaleTemps {

  /** The infix of temporary file names. */
  public static final String PART = ".part-";

  private static final Pattern TEMP = Pattern.compile("\\..+\\.part-[0-9a-f]{8,}");

  private StaleTemps() {}

  /**
   * @param name a file name
   * @return true when it follows the temporary-file convention
   */
  public static boolean isTempName(String name) {
    return TEMP.matcher(name).matches();
  }

  /**
   * @param dir the target directory
   * @param runStart when the current run started
   * @return how many files were deleted
   * @throws IOException when the directory cannot be listed
   */
  public static int clean(Path dir, Instant runStart) throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*" + PART + "*")) {
      for (Path p : ds) {
        if (isTempName(p.getFileName().toString()) && Files.isRegularFile(p) && olderThan(p, runStart)
            && deleteIfUnlocked(p)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static boolean olderThan(Path p, Instant t) throws IOException {
    FileTime m = Files.getLastModifiedTime(p);
    return m.toInstant().isBefore(t);
  }

  private static boolean deleteIfUnlocked(Path p) {
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.WRITE)) {
      FileLock lock = ch.tryLock();
      if (lock == null) {
        return false;
      }
      try {
        Files.delete(p);
        return true;
      } finally {
        lock.release();
      }
    } catch (OverlappingFileLockException inThisJvm) {
      return false;
    } catch (IOException gone) {
      return false;
    }
  }
}
