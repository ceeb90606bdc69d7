package io.github.cloudaccess.validator.http;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: the codes a fetch maps to, and what a spool directory still holds. */
final class Codes {

  private Codes() {}

  /** @return every finding's code, in order, for a VOTable expectation */
  static List<Code> of(FetchResult result) {
    return of(result, HttpFindings.Expectation.votable());
  }

  /** @return every finding's code, in order */
  static List<Code> of(FetchResult result, HttpFindings.Expectation expect) {
    return findings(result, expect).stream().map(Finding::code).toList();
  }

  /** @return every finding, in order */
  static List<Finding> findings(FetchResult result, HttpFindings.Expectation expect) {
    List<Finding> out = new ArrayList<>();
    HttpFindings.report(result, expect, out::add);
    return out;
  }

  /** @return the files left in a directory */
  static List<Path> files(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.toList();
    }
  }
}
