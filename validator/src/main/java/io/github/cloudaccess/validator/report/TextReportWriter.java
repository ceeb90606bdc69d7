package io.github.cloudaccess.validator.report;

import io.github.cloudaccess.validator.InputSummary;
import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The human, greppable report: one finding per line, taplint style.
 *
 * <p>Line shapes (every line that concerns an input names it, so {@code grep file.xml} works):
 *
 * <pre>
 * Validator cloud_access validator 0.1.0; profile lenient; protocol auto; fail-on error; maxrepeat 9
 * Codes 212: E 140; W 55; I 12; S 3; F 2
 *
 * Input responses/x.xml
 * E-XML-AMPR-1 responses/x.xml:12:34: message (hint: how to fix)
 * W-CLD-KLSL-1 responses/x.xml:40:7 row 3 /aws/0/key: message
 * E-XML-AMPR-x responses/x.xml (3 more)
 * Summary responses/x.xml: protocol SIA2; VOTable 1.4; serialization TABLEDATA; rows 10; ...
 * (Summary URL: VOSI capabilities, not a VOTable (no table summary))
 * Providers responses/x.xml: aws 8; google 2
 * Access responses/x.xml: open 6; restricted 4
 * Counts responses/x.xml: E-XML-AMPR 12; W-CLD-KLSL 1
 * Result responses/x.xml: fail; errors: 12; warnings: 1; infos: 0; summaries: 0; failures: 0
 *
 * Totals: errors: 12; warnings: 1; infos: 0; summaries: 0; failures: 0
 * Checks: 0 passed, 1 failed
 * </pre>
 */
public final class TextReportWriter implements ReportWriter {

  private final PrintWriter out;
  private FailOn failOn = FailOn.ERROR;

  /**
   * @param out where the report goes; flushed at the end, not closed
   */
  public TextReportWriter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) {
    failOn = info.failOn();
    out.println("Validator " + info.tool() + " " + info.version() + "; profile " + info.profile()
        + "; protocol " + info.protocol() + "; fail-on " + lower(info.failOn())
        + "; maxrepeat " + info.maxRepeat());
    out.println(CodeCatalogue.announcement());
  }

  @Override
  public void input(InputReport input) {
    String src = OneLine.of(input.source());
    out.println();
    out.println("Input " + src);
    Map<Code, Integer> seq = new EnumMap<>(Code.class);
    for (Finding f : input.findings()) {
      out.println(findingLine(f, seq.merge(f.code(), 1, Integer::sum), input.source()));
    }
    input.omitted().forEach((code, more) -> out.println(moreLine(code, input.source(), more)));
    summaryLines(input);
    out.println("Counts " + src + ": " + join(input.counts()));
    out.println("Result " + src + ": " + lower(input.verdict(failOn)) + "; "
        + input.severityCounts().describe());
  }

  @Override
  public void end(RunTotals totals) {
    out.println();
    out.println("Totals: " + totals.counts().describe());
    out.println("Checks: " + totals.passed() + " passed, " + totals.failed() + " failed");
    out.flush();
  }

  /**
   * @param f a finding
   * @param n its 1-based rank among the kept findings of its code
   * @param source the input's name, used when the finding names none
   * @return the finding's report line, e.g. {@code E-XML-AMPR-1 x.xml:12:34 row 3 /aws/0: msg}
   */
  public static String findingLine(Finding f, int n, String source) {
    Position p = f.position();
    StringBuilder b = new StringBuilder(f.code().token()).append('-').append(n).append(' ');
    b.append(OneLine.of(p.source() == null ? source : p.source()));
    if (p.line() > 0) {
      b.append(':').append(p.line());
      if (p.column() > 0) {
        b.append(':').append(p.column());
      }
    }
    if (p.row() > 0) {
      b.append(" row ").append(p.row());
    }
    if (p.pointer() != null) {
      b.append(' ').append(p.pointer().isEmpty() ? "\"\"" : OneLine.of(p.pointer()));
    }
    b.append(": ").append(OneLine.of(f.message()));
    if (f.hint() != null && !f.hint().isBlank()) {
      b.append(" (hint: ").append(OneLine.of(f.hint())).append(')');
    }
    return b.toString();
  }

  /**
   * @param code a code with findings beyond maxrepeat
   * @param source the input's name
   * @param more how many were not kept
   * @return the line, e.g. {@code E-XML-AMPR-x x.xml (3 more)}
   */
  public static String moreLine(Code code, String source, long more) {
    return code.token() + "-x " + OneLine.of(source) + " (" + more + " more)";
  }

  private void summaryLines(InputReport input) {
    String src = OneLine.of(input.source());
    InputSummary s = input.summary();
    if (s == null && input.notVotable() != null) {
      // Nothing failed: a VOSI document has no table to summarise.
      out.println("Summary " + src + ": " + OneLine.of(input.notVotable())
          + ", not a VOTable (no table summary)");
      return;
    }
    if (s == null) {
      out.println("Summary " + src + ": not available (validation did not complete)");
      return;
    }
    out.println("Summary " + src + ": protocol " + s.protocol()
        + "; VOTable " + orDash(s.votableVersion())
        + "; serialization " + orDash(s.serialization())
        + "; rows " + s.rows()
        + "; rows with cloud_access " + s.rowsWithCloudAccess()
        + "; CDATA sections " + s.cdataSections());
    out.println("Providers " + src + ": " + join(new TreeMap<>(s.providers())));
    out.println("Access " + src + ": " + join(new TreeMap<>(s.accessClasses())));
  }

  private static String join(Map<?, Long> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    StringJoiner j = new StringJoiner("; ");
    counts.forEach((k, n) -> j.add((k instanceof Code c ? c.token() : OneLine.of(k.toString())) + " " + n));
    return j.toString();
  }

  private static String orDash(String s) {
    return s == null ? "-" : OneLine.of(s);
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
