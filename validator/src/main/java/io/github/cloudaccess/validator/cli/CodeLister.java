package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.CodeCatalogue;
import io.github.cloudaccess.validator.report.ReportFormat;
import java.io.PrintWriter;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code --list-codes}: the registry as tab-separated lines, or as a JSON array. */
final class CodeLister {

  private static final JsonMapper MAPPER =
      JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private CodeLister() {}

  static int list(ReportFormat format, PrintWriter out, Main cmd) {
    switch (format) {
      case TEXT -> {
        out.println(CodeCatalogue.announcement());
        for (Code c : Code.values()) {
          out.println(CodeCatalogue.listLine(c));
        }
      }
      case JSON -> json(out);
      default -> throw cmd.usage("--list-codes writes text or json, not " + format.name().toLowerCase(Locale.ROOT));
    }
    out.flush();
    return ExitStatus.OK;
  }

  private static void json(PrintWriter out) {
    JsonGenerator g = MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.writeStartArray();
    for (Code c : Code.values()) {
      g.writeStartObject();
      g.writeStringProperty("code", c.token());
      g.writeStringProperty("severity", c.severity().name().toLowerCase(Locale.ROOT));
      g.writeStringProperty("area", c.area());
      g.writeStringProperty("label", c.label());
      g.writeStringProperty("title", c.title());
      g.writeStringProperty("spec", c.spec());
      g.writeBooleanProperty("reserved", c.reserved());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.close();
    out.println();
  }
}
