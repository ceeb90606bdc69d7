package io.github.cloudaccess.validator.report;

import io.github.cloudaccess.validator.InputSummary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JUnit XML in the Ant/Jenkins shape that GitLab, Jenkins, Azure and GitHub test-report actions
 * read: one {@code <testsuite>} per input, one {@code <testcase>} per code seen, plus one passing
 * {@code conformance} test case for an input that passes, so CI lists it.
 *
 * <p>E becomes {@code <failure>} (so does W with {@code --fail-on warning}), F becomes
 * {@code <error>}, anything else a passing test case whose {@code <system-out>} lists the findings.
 */
public final class JunitReportWriter implements ReportWriter {

  private final PrintWriter out;
  private RunInfo info;

  /**
   * @param out where the document goes; flushed at the end, not closed
   */
  public JunitReportWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) {
    this.info = info;
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println("<testsuites name=\"" + Xml.attr(info.tool()) + "\">");
  }

  @Override
  public void input(InputReport input) {
    Verdict verdict = input.verdict(info.failOn());
    long failures = input.counts().keySet().stream().filter(this::isFailure).count();
    long errors = input.counts().keySet().stream().filter(c -> c.severity() == Severity.FAILURE).count();
    long tests = input.counts().size() + (verdict == Verdict.PASS ? 1 : 0);
    String src = Xml.attr(input.source());
    out.println("  <testsuite name=\"" + src + "\" tests=\"" + tests + "\" failures=\"" + failures
        + "\" errors=\"" + errors + "\" skipped=\"0\" time=\"" + seconds(input.elapsedMillis()) + "\">");
    writeProperties(input.summary(), input.notVotable());
    input.counts().forEach((code, n) -> writeCase(input, code, n));
    if (verdict == Verdict.PASS) {
      out.println("    <testcase classname=\"" + src + "\" name=\"conformance\" time=\""
          + seconds(input.elapsedMillis()) + "\"/>");
    }
    out.println("  </testsuite>");
  }

  @Override
  public void end(RunTotals totals) {
    out.println("</testsuites>");
    out.flush();
  }

  private boolean isFailure(Code code) {
    return code.severity() != Severity.FAILURE && info.failOn().fails(code.severity());
  }

  private void writeProperties(InputSummary s, String notVotable) {
    List<String[]> props = new ArrayList<>();
    props.add(new String[] {"validator.version", info.version()});
    props.add(new String[] {"profile", info.profile()});
    props.add(new String[] {"protocol.option", info.protocol()});
    props.add(new String[] {"fail-on", info.failOn().name().toLowerCase(Locale.ROOT)});
    if (s != null) {
      props.add(new String[] {"protocol", s.protocol() == null ? null : s.protocol().name()});
      props.add(new String[] {"votable.version", s.votableVersion()});
      props.add(new String[] {"serialization", s.serialization()});
      props.add(new String[] {"rows", Long.toString(s.rows())});
      props.add(new String[] {"rows.cloud_access", Long.toString(s.rowsWithCloudAccess())});
    }
    props.add(new String[] {"not.votable", notVotable});
    out.println("    <properties>");
    for (String[] p : props) {
      if (p[1] == null) {
        continue;
      }
      out.println("      <property name=\"" + Xml.attr(p[0]) + "\" value=\"" + Xml.attr(p[1]) + "\"/>");
    }
    out.println("    </properties>");
  }

  private void writeCase(InputReport input, Code code, long count) {
    List<Finding> kept = input.findings(code);
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < kept.size(); i++) {
      body.append(TextReportWriter.findingLine(kept.get(i), i + 1, input.source())).append('\n');
    }
    if (count > kept.size()) {
      body.append(TextReportWriter.moreLine(code, input.source(), count - kept.size())).append('\n');
    }
    String first = kept.isEmpty() ? code.title() : kept.get(0).message();
    String message = first + " (" + count + (count == 1 ? " finding)" : " findings)");
    out.println("    <testcase classname=\"" + Xml.attr(input.source()) + "\" name=\""
        + Xml.attr(code.token() + " " + code.title()) + "\" time=\"0\">");
    String element = code.severity() == Severity.FAILURE ? "error" : isFailure(code) ? "failure" : null;
    if (element != null) {
      out.println("      <" + element + " type=\"" + code.token() + "\" message=\"" + Xml.attr(message)
          + "\">" + Xml.text(body.toString()) + "</" + element + ">");
    } else {
      out.println("      <system-out>" + Xml.text(body.toString()) + "</system-out>");
    }
    out.println("    </testcase>");
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
  }
}
