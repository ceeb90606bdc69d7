package io.github.cloudaccess.validator;

import java.io.IOException;
import java.io.InputStream;

/**
 * One response to validate: a recorded file, standard input, or (later) a live HTTP body.
 *
 * <p>{@link #open()} may be called more than once (for example for a recovery scan after a fatal
 * XML error) except for standard input, whose implementation spools to a temporary file first.
 */
public interface Input {

  /** @return the name used in reports: the path as given, a URL, or {@code -} */
  String name();

  /**
   * @return a fresh stream over the raw bytes, positioned at the start
   * @throws IOException when the bytes cannot be read (reported as an F finding by the caller)
   */
  InputStream open() throws IOException;
}
