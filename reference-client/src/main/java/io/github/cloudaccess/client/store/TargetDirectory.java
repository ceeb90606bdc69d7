package io.github.cloudaccess.client.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The directory downloads go into; resolves names so that nothing is ever created outside it.
 *
 * <p>Names are expected to be sanitised already ({@code LocalNames}); this class checks again
 * (defence in depth): a name must be a single path element, not {@code .} or {@code ..}, and the
 * resolved path's parent must be the directory itself.
 */
public final class TargetDirectory {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path dir;

  /**
   * @param dir the target directory; created when missing
   * @throws IOException when it cannot be created or is not a directory
   */
  public TargetDirectory(Path dir) throws IOException {
    Files.createDirectories(dir);
    this.dir = dir.toRealPath();
  }

  /** @return the directory's real path */
  public Path path() {
    return dir;
  }

  /**
   * @param name a file name
   * @return the path of that name inside the directory
   * @throws IllegalArgumentException when the name would leave the directory or is not one element
   */
  public Path resolve(String name) {
    if (name == null || name.isEmpty() || name.equals(".") || name.equals("..")
        || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("unsafe file name");
    }
    Path p;
    try {
      p = dir.resolve(name).normalize();
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException("unsafe file name");
    }
    if (!dir.equals(p.getParent()) || p.getNameCount() != dir.getNameCount() + 1) {
      throw new IllegalArgumentException("unsafe file name");
    }
    return p;
  }

  /**
   * Creates {@code .<name>.part-<random>} next to the target, exclusively, and locks it.
   *
   * @param name the target file name
   * @param digest compute the MD5 of the content
   * @return the open temporary file
   * @throws IOException when it cannot be created
   */
  public TempFile createTemp(String name, boolean digest) throws IOException {
    byte[] r = new byte[6];
    RANDOM.nextBytes(r);
    Path temp = resolve("." + name + StaleTemps.PART + HexFormat.of().formatHex(r));
    return TempFile.create(temp, digest);
  }
}
