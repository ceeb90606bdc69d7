package io.github.cloudaccess.validator;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.report.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Keeps every finding, for tests; thread-safe. */
public final class CollectingReporter implements Reporter {

  private final List<Finding> findings = new ArrayList<>();

  @Override
  public synchronized void report(Finding finding) {
    findings.add(finding);
  }

  /** @return a copy of the findings in arrival order */
  public synchronized List<Finding> findings() {
    return List.copyOf(findings);
  }

  /** @return the distinct code tokens reported */
  public synchronized Set<String> tokens() {
    return findings.stream().map(f -> f.code().token())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * @param code a code
   * @return the findings with that code
   */
  public synchronized List<Finding> withCode(Code code) {
    return findings.stream().filter(f -> f.code() == code).toList();
  }

  /** @return {@code pass}, {@code fail} or {@code untestable}, as the corpus spells verdicts */
  public synchronized String verdict() {
    boolean error = findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    boolean failure = findings.stream().anyMatch(f -> f.severity() == Severity.FAILURE);
    return error ? "fail" : failure ? "untestable" : "pass";
  }

  /** @return one line per finding, for failure messages */
  public synchronized String describe() {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append("  ").append(f.code().token()).append(" line ").append(f.position().line())
          .append(" row ").append(f.position().row()).append(": ").append(f.message())
          .append('\n');
    }
    return sb.toString();
  }
}
