package io.github.cloudaccess.validator.report;

import java.io.PrintWriter;
import java.nio.file.Path;

/** The report formats of {@code --format}, each with its writer (after Checkstyle's OutputFormat). */
public enum ReportFormat {
  /** Greppable taplint-style lines for people and grep. */
  TEXT,
  /** One JSON document for dashboards and jq. */
  JSON,
  /** JUnit XML for CI test-report views. */
  JUNIT,
  /** SARIF 2.1.0 for code scanning. */
  SARIF;

  /**
   * @param out where the report goes
   * @param workingDir the directory SARIF artifact URIs are relative to
   * @return a writer of this format
   */
  public ReportWriter writer(PrintWriter out, Path workingDir) {
    return switch (this) {
      case TEXT -> new TextReportWriter(out);
      case JSON -> new JsonReportWriter(out);
      case JUNIT -> new JunitReportWriter(out);
      case SARIF -> new SarifReportWriter(out, new SarifLocations(workingDir));
    };
  }
}
