package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A response recorded in a file.
 *
 * @param name the path as given on the command line (or found under a given directory)
 * @param path the file, resolved against the working directory
 */
public record FileInput(String name, Path path) implements Input {

  @Override
  public InputStream open() throws IOException {
    if (Files.isDirectory(path)) {
      throw new IOException("is a directory");
    }
    return Files.newInputStream(path);
  }
}
