package io.github.cloudaccess.validator.report;

import java.io.PrintWriter;

/**
 * GitHub Actions workflow commands ({@code ::error file=..,line=..,col=..,title=..::message}) for
 * the first findings of a run, added to the chosen report when {@code GITHUB_ACTIONS=true}.
 *
 * <p>GitHub shows about ten annotations of each kind per step, so this writes at most
 * {@code limit} errors (E and F) and {@code limit} warnings (W), I and S none, then one notice
 * saying how many findings were left out of the annotations.
 */
public final class GithubAnnotationWriter implements ReportWriter {

  private final PrintWriter out;
  private final int limit;
  private int errors;
  private int warnings;
  private long left;

  /**
   * @param out where the workflow commands go (the step's standard output)
   * @param limit annotations per kind
   */
  public GithubAnnotationWriter(PrintWriter out, int limit) {
    this.out = out;
    this.limit = limit;
  }

  @Override
  public void start(RunInfo info) {}

  @Override
  public void input(InputReport input) {
    for (Finding f : input.findings()) {
      Severity s = f.severity();
      if (s == Severity.ERROR || s == Severity.FAILURE) {
        emit("error", f, input.source(), errors++ < limit);
      } else if (s == Severity.WARNING) {
        emit("warning", f, input.source(), warnings++ < limit);
      }
    }
    input.omitted().forEach(
        (code, n) -> {
          Severity s = code.severity();
          if (s != Severity.INFO && s != Severity.SUMMARY) {
            left += n;
          }
        });
  }

  @Override
  public void end(RunTotals totals) {
    if (left > 0) {
      out.println("::notice title=cloud_access validator::" + data(left
          + " more errors and warnings are not annotated; see the validator report"));
    }
    out.flush();
  }

  private void emit(String kind, Finding f, String source, boolean within) {
    if (!within) {
      left++;
      return;
    }
    Position p = f.position();
    String file = p.source() == null ? source : p.source();
    StringBuilder b = new StringBuilder("::").append(kind).append(' ');
    if (!file.equals("-")) {
      b.append("file=").append(property(file)).append(',');
      if (p.line() > 0) {
        b.append("line=").append(p.line()).append(',');
        if (p.column() > 0) {
          b.append("col=").append(p.column()).append(',');
        }
      }
    }
    b.append("title=").append(property(f.code().token()));
    String where = p.row() > 0 ? "row " + p.row() + (p.pointer() == null ? "" : " " + p.pointer()) + ": " : "";
    b.append("::").append(data(where + f.message()));
    out.println(b);
  }

  /** Escapes a command's message, as the Actions toolkit's escapeData does. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value, as the Actions toolkit's escapeProperty does. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
