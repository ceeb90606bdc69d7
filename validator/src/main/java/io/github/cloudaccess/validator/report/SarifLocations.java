package io.github.cloudaccess.validator.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Turns an input's name into the SARIF {@code artifactLocation.uri}: a path relative to the
 * working directory (GitHub resolves it against the repository root), or a {@code file:} URI for
 * a file outside it; {@code null} for standard input and URLs, which are not repository files.
 */
public final class SarifLocations {

  private final Path workingDir;

  /**
   * @param workingDir the directory relative URIs are resolved against
   */
  public SarifLocations(Path workingDir) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
  }

  /**
   * @param source an input's name as given on the command line
   * @return the URI reference, or {@code null} when the input is not a local file
   */
  public String uri(String source) {
    if (source == null || source.equals("-") || source.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
      return null;
    }
    Path abs;
    try {
      abs = workingDir.resolve(source).normalize();
    } catch (InvalidPathException e) {
      return null;
    }
    if (!abs.startsWith(workingDir)) {
      return abs.toUri().toASCIIString();
    }
    String rel = workingDir.relativize(abs).toString().replace('\\', '/');
    if (rel.isEmpty()) {
      return null;
    }
    String first = rel.split("/", 2)[0];
    try {
      // A colon in the first segment would read as a scheme: "./" keeps it a relative reference.
      return new URI(null, null, first.contains(":") ? "./" + rel : rel, null).toASCIIString();
    } catch (URISyntaxException e) {
      return abs.toUri().toASCIIString();
    }
  }
}
