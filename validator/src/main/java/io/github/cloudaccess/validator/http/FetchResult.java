package io.github.cloudaccess.validator.http;

import io.github.cloudaccess.validator.Input;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The outcome of one logical fetch; owns the decoded body file, deleted by {@link #close()}.
 *
 * @param request what the caller asked for
 * @param hops every exchange in order (at least one, unless the budget was spent before)
 * @param status the last status received, 0 when none
 * @param headers the last response headers, empty when none
 * @param contentType the last response's Content-Type, typed
 * @param encodings the content codings of the last response, in the order the server applied them
 * @param body the decoded body file, {@code null} when {@link #failure} is set
 * @param bodyBytes size of {@code body}
 * @param wireBytes bytes received for the last response before decoding
 * @param observations questionable things that did not stop the fetch
 * @param timings how long it took
 * @param failure why there is no body, {@code null} on success (whatever the status)
 */
public record FetchResult(Request request, List<Hop> hops, int status, HttpHeaders headers,
    ContentTypeHeader contentType, List<String> encodings, Path body, long bodyBytes,
    long wireBytes, Set<Observation> observations, Timings timings, Failure failure)
    implements AutoCloseable {

  /** Freezes the lists. */
  public FetchResult {
    hops = List.copyOf(hops);
    encodings = List.copyOf(encodings);
    observations = Set.copyOf(observations);
  }

  /** @return true when a body was obtained (any status) */
  public boolean ok() {
    return failure == null;
  }

  /** @return the URL of the last exchange: the final URL after redirects */
  public URI finalUri() {
    return hops.isEmpty() ? request.uri() : hops.get(hops.size() - 1).uri();
  }

  /**
   * @return the body as a validator {@link Input} named by the requested URL; valid until
   *     {@link #close()}
   * @throws IllegalStateException when the fetch failed
   */
  public Input asInput() {
    if (body == null) {
      throw new IllegalStateException("no body: " + failure);
    }
    String name = request.uri().toString();
    Path file = body;
    return new Input() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(file);
      }
    };
  }

  /** Deletes the body file. */
  @Override
  public void close() {
    if (body != null) {
      try {
        Files.deleteIfExists(body);
      } catch (IOException e) {
        // Left to the OS's temp cleaning.
      }
    }
  }
}
