package io.github.cloudaccess.validator.report;

import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.reach.ReachSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole-document JSON report, streamed input by input:
 * {@code {tool, profile, protocol, failOn, maxrepeat, inputs:[...], totals, result}}.
 *
 * <p>Unknown positions are {@code null}, never 0, so consumers need not know the convention.
 */
public final class JsonReportWriter implements ReportWriter {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Writer out;
  private JsonGenerator g;
  private FailOn failOn = FailOn.ERROR;

  /**
   * @param out where the document goes; flushed at the end, not closed
   */
  public JsonReportWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(RunInfo info) {
    failOn = info.failOn();
    g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.writeStartObject();
    g.writeObjectPropertyStart("tool");
    g.writeStringProperty("name", info.tool());
    g.writeStringProperty("version", info.version());
    g.writeEndObject();
    g.writeStringProperty("profile", info.profile());
    g.writeStringProperty("protocol", info.protocol());
    g.writeStringProperty("failOn", lower(info.failOn()));
    g.writeNumberProperty("maxrepeat", info.maxRepeat());
    g.writeArrayPropertyStart("inputs");
  }

  @Override
  public void input(InputReport input) {
    g.writeStartObject();
    g.writeStringProperty("source", input.source());
    g.writeStringProperty("result", lower(input.verdict(failOn)));
    writeSummary(input.summary());
    g.writeStringProperty("notVotable", input.notVotable());
    g.writeArrayPropertyStart("findings");
    for (Finding f : input.findings()) {
      writeFinding(f);
    }
    g.writeEndArray();
    writeCodeCounts("omitted", input.omitted());
    writeCodeCounts("counts", input.counts());
    writeSeverities("severities", input.severityCounts());
    g.writeEndObject();
  }

  @Override
  public void end(RunTotals totals) {
    g.writeEndArray();
    g.writeName("totals");
    g.writeStartObject();
    writeSeverityMembers(totals.counts());
    g.writeNumberProperty("passed", totals.passed());
    g.writeNumberProperty("failed", totals.failed());
    g.writeEndObject();
    g.writeStringProperty("result", lower(totals.verdict()));
    g.writeEndObject();
    g.close();
    try {
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeSummary(InputSummary s) {
    if (s == null) {
      g.writeNullProperty("summary");
      return;
    }
    g.writeObjectPropertyStart("summary");
    g.writeStringProperty("protocol", s.protocol() == null ? null : s.protocol().name());
    g.writeStringProperty("votableVersion", s.votableVersion());
    g.writeStringProperty("serialization", s.serialization());
    g.writeNumberProperty("rows", s.rows());
    g.writeNumberProperty("rowsWithCloudAccess", s.rowsWithCloudAccess());
    writeCounts("providers", s.providers());
    writeCounts("accessClasses", s.accessClasses());
    g.writeNumberProperty("cdataSections", s.cdataSections());
    writeObjects(s.objects());
    g.writeEndObject();
  }

  /** The S-OBJ-SUMM figures, so that tools need not parse the finding's message. */
  private void writeObjects(ReachSummary o) {
    if (o == null) {
      g.writeNullProperty("objects");
      return;
    }
    g.writeObjectPropertyStart("objects");
    g.writeNumberProperty("seen", o.seen());
    g.writeNumberProperty("selected", o.selected());
    g.writeNumberProperty("checked", o.checked());
    g.writeNumberProperty("found", o.found());
    g.writeNumberProperty("denied", o.denied());
    g.writeNumberProperty("missing", o.missing());
    g.writeNumberProperty("missingBuckets", o.missingBuckets());
    g.writeNumberProperty("inconsistent", o.inconsistent());
    g.writeNumberProperty("notTestable", o.failed());
    g.writeNumberProperty("skipped", o.skipped());
    g.writeNumberProperty("listed", o.listed());
    g.writeNumberProperty("compared", o.compared());
    writeCounts("requests", o.requests());
    g.writeNumberProperty("latencyP50Ms", millis(o.p50()));
    g.writeNumberProperty("latencyP90Ms", millis(o.p90()));
    g.writeNumberProperty("latencyP99Ms", millis(o.p99()));
    g.writeNumberProperty("elapsedMs", millis(o.elapsed()));
    g.writeEndObject();
  }

  private static double millis(Duration d) {
    return d.toNanos() / 1e6;
  }

  private void writeFinding(Finding f) {
    Position p = f.position();
    g.writeStartObject();
    g.writeStringProperty("code", f.code().token());
    g.writeStringProperty("severity", lower(f.severity()));
    g.writeStringProperty("area", f.code().area());
    g.writeStringProperty("label", f.code().label());
    g.writeStringProperty("message", f.message());
    g.writeStringProperty("hint", f.hint());
    writePositive("line", p.line());
    writePositive("column", p.column());
    writePositive("row", p.row());
    g.writeStringProperty("pointer", p.pointer());
    g.writeEndObject();
  }

  private void writePositive(String name, long value) {
    if (value > 0) {
      g.writeNumberProperty(name, value);
    } else {
      g.writeNullProperty(name);
    }
  }

  private void writeCodeCounts(String name, Map<Code, Long> counts) {
    g.writeObjectPropertyStart(name);
    counts.forEach((code, n) -> g.writeNumberProperty(code.token(), n));
    g.writeEndObject();
  }

  private void writeCounts(String name, Map<String, Long> counts) {
    g.writeObjectPropertyStart(name);
    new TreeMap<>(counts).forEach((k, n) -> g.writeNumberProperty(k, n));
    g.writeEndObject();
  }

  private void writeSeverities(String name, SeverityCounts c) {
    g.writeObjectPropertyStart(name);
    writeSeverityMembers(c);
    g.writeEndObject();
  }

  private void writeSeverityMembers(SeverityCounts c) {
    g.writeNumberProperty("errors", c.errors());
    g.writeNumberProperty("warnings", c.warnings());
    g.writeNumberProperty("infos", c.infos());
    g.writeNumberProperty("summaries", c.summaries());
    g.writeNumberProperty("failures", c.failures());
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
