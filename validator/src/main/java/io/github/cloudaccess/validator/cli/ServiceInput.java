package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.live.ServiceUrl;
import java.io.IOException;
import java.io.InputStream;

/**
 * A service URL given as an input: the runner validates it live (one report per request), so
 * it is never opened as a stream.
 *
 * @param name the URL as given
 */
public record ServiceInput(String name) implements Input {

  /**
   * @param url the argument
   * @return the input
   * @throws UsageException when the URL is malformed
   */
  public static ServiceInput of(String url) {
    try {
      ServiceUrl.parse(url);
    } catch (IllegalArgumentException e) {
      throw new UsageException("not a usable service URL: " + url + " (" + e.getMessage() + ")");
    }
    return new ServiceInput(url);
  }

  @Override
  public InputStream open() throws IOException {
    throw new IOException("a service URL is validated live, not read as a file");
  }
}
