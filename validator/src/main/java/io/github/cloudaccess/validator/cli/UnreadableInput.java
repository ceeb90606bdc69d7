package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import java.io.IOException;
import java.io.InputStream;

/**
 * An argument that could not even be turned into a readable input (a directory that cannot be
 * listed, standard input that could not be spooled); opening it fails with the original problem,
 * which the runner reports as an F finding.
 *
 * @param name the argument as given
 * @param problem what went wrong
 */
public record UnreadableInput(String name, IOException problem) implements Input {

  @Override
  public InputStream open() throws IOException {
    throw problem;
  }
}
