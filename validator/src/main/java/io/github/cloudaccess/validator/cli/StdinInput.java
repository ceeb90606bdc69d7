package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Standard input ({@code -}), spooled to a temporary file so that it can be opened more than once
 * (the validator may rescan after a fatal XML error); {@link #close()} deletes the file.
 */
public final class StdinInput implements Input, AutoCloseable {

  private final Path spool;

  private StdinInput(Path spool) {
    this.spool = spool;
  }

  /**
   * Copies the stream to a temporary file, streaming, in constant memory.
   *
   * @param in standard input
   * @return the spooled input
   * @throws IOException when the stream cannot be read or the file cannot be written
   */
  public static StdinInput spool(InputStream in) throws IOException {
    Path file = Files.createTempFile("validator-stdin-", ".xml");
    try {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return new StdinInput(file);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(file);
      throw e;
    }
  }

  @Override
  public String name() {
    return "-";
  }

  @Override
  public InputStream open() throws IOException {
    return Files.newInputStream(spool);
  }

  /** @return the temporary file (for tests) */
  Path spoolFile() {
    return spool;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(spool);
  }
}
