package io.github.cloudaccess.validator.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 (OASIS) for GitHub code scanning and other SARIF viewers: one run, the rules of
 * the codes that occur, one result per kept finding.
 *
 * <p>Design limit: the rule table precedes the results and lists only the codes that occur, so
 * this writer buffers the input reports until {@link #end}; each is bounded by maxrepeat per code.
 * Findings without a line are anchored at line 1, because code scanning shows only results with a
 * {@code region.startLine}. F findings are {@code error} results and also make
 * {@code invocations[0].executionSuccessful} false.
 */
public final class SarifReportWriter implements ReportWriter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT = "cloudAccessFinding/v1";
  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final Writer out;
  private final SarifLocations locations;
  private final List<InputReport> inputs = new ArrayList<>();
  private RunInfo info;

  /**
   * @param out where the document goes; flushed at the end, not closed
   * @param locations maps input names to artifact URIs
   */
  public SarifReportWriter(Writer out, SarifLocations locations) {
    this.out = out;
    this.locations = locations;
  }

  @Override
  public void start(RunInfo info) {
    this.info = info;
  }

  @Override
  public void input(InputReport input) {
    inputs.add(input);
  }

  @Override
  public void end(RunTotals totals) {
    TreeSet<Code> seen = new TreeSet<>(FindingOrder.CODES);
    inputs.forEach(i -> seen.addAll(i.counts().keySet()));
    List<Code> rules = List.copyOf(seen);
    JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.writeStartObject();
    g.writeStringProperty("$schema", SCHEMA);
    g.writeStringProperty("version", "2.1.0");
    g.writeArrayPropertyStart("runs");
    g.writeStartObject();
    writeTool(g, rules);
    g.writeArrayPropertyStart("invocations");
    g.writeStartObject();
    g.writeBooleanProperty("executionSuccessful", totals.counts().failures() == 0);
    g.writeEndObject();
    g.writeEndArray();
    g.writeStringProperty("columnKind", "utf16CodeUnits");
    g.writeArrayPropertyStart("results");
    for (InputReport input : inputs) {
      for (Finding f : input.findings()) {
        writeResult(g, input.source(), f, rules.indexOf(f.code()));
      }
    }
    g.writeEndArray();
    writeRunProperties(g);
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.close();
    try {
      out.write(System.lineSeparator());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeTool(JsonGenerator g, List<Code> rules) {
    g.writeObjectPropertyStart("tool");
    g.writeObjectPropertyStart("driver");
    g.writeStringProperty("name", info.tool());
    g.writeStringProperty("version", info.version());
    g.writeArrayPropertyStart("rules");
    for (Code c : rules) {
      g.writeStartObject();
      g.writeStringProperty("id", c.token());
      g.writeStringProperty("name", c.name());
      g.writeObjectPropertyStart("shortDescription");
      g.writeStringProperty("text", c.title());
      g.writeEndObject();
      g.writeObjectPropertyStart("fullDescription");
      g.writeStringProperty("text", c.title() + " (spec: " + c.spec() + ")");
      g.writeEndObject();
      g.writeObjectPropertyStart("defaultConfiguration");
      g.writeStringProperty("level", level(c.severity()));
      g.writeEndObject();
      g.writeObjectPropertyStart("properties");
      g.writeStringProperty("spec", c.spec());
      g.writeStringProperty("severity", c.severity().name().toLowerCase(Locale.ROOT));
      g.writeArrayPropertyStart("tags");
      g.writeString(c.area());
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeResult(JsonGenerator g, String source, Finding f, int ruleIndex) {
    Position p = f.position();
    String src = p.source() == null ? source : p.source();
    g.writeStartObject();
    g.writeStringProperty("ruleId", f.code().token());
    g.writeNumberProperty("ruleIndex", ruleIndex);
    g.writeStringProperty("level", level(f.severity()));
    g.writeObjectPropertyStart("message");
    String hint = f.hint() == null || f.hint().isBlank() ? "" : " Hint: " + f.hint();
    g.writeStringProperty("text", (f.message().isEmpty() ? f.code().title() : f.message()) + hint);
    g.writeEndObject();
    String uri = locations.uri(src);
    if (uri != null) {
      g.writeArrayPropertyStart("locations");
      g.writeStartObject();
      g.writeObjectPropertyStart("physicalLocation");
      g.writeObjectPropertyStart("artifactLocation");
      g.writeStringProperty("uri", uri);
      g.writeEndObject();
      g.writeObjectPropertyStart("region");
      g.writeNumberProperty("startLine", Math.max(1, p.line()));
      if (p.line() > 0 && p.column() > 0) {
        g.writeNumberProperty("startColumn", p.column());
      }
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeObjectPropertyStart("partialFingerprints");
    g.writeStringProperty(FINGERPRINT, fingerprint(f, src));
    g.writeEndObject();
    g.writeObjectPropertyStart("properties");
    g.writeStringProperty("source", src);
    if (p.row() > 0) {
      g.writeNumberProperty("row", p.row());
    }
    if (p.pointer() != null) {
      g.writeStringProperty("pointer", p.pointer());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeRunProperties(JsonGenerator g) {
    g.writeObjectPropertyStart("properties");
    g.writeStringProperty("profile", info.profile());
    g.writeStringProperty("protocol", info.protocol());
    g.writeStringProperty("failOn", info.failOn().name().toLowerCase(Locale.ROOT));
    g.writeNumberProperty("maxrepeat", info.maxRepeat());
    // Findings beyond maxrepeat have no result; say how many, per input and code.
    g.writeObjectPropertyStart("omitted");
    for (InputReport input : inputs) {
      Map<Code, Long> omitted = input.omitted();
      if (!omitted.isEmpty()) {
        g.writeObjectPropertyStart(input.source());
        omitted.forEach((c, n) -> g.writeNumberProperty(c.token(), n));
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * @param severity a severity
   * @return the SARIF level: E and F {@code error}, W {@code warning}, I and S {@code note}
   */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR, FAILURE -> "error";
      case WARNING -> "warning";
      case INFO, SUMMARY -> "note";
    };
  }

  /** Code, input, line, row and pointer: stable across runs while the finding stays put. */
  static String fingerprint(Finding f, String source) {
    Position p = f.position();
    String key = f.code().token() + '\n' + source + '\n' + p.line() + '\n' + p.row() + '\n'
        + (p.pointer() == null ? "" : p.pointer());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
