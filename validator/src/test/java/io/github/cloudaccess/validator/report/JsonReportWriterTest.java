package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON report parses back into the documented shape. */
class JsonReportWriterTest {

  @Test
  void documentHasToolInputsAndTotals() {
    StringWriter s = new StringWriter();
    JsonReportWriter w = new JsonReportWriter(s);
    w.start(Sample.INFO);
    InputReport mixed = Sample.mixed("r.xml", 1);
    InputReport crashed = new InputCollector("c.xml", 9).finish(null, 0);
    InputReport caps = new InputCollector("http://h/capabilities", 9)
        .finish(null, "VOSI capabilities", 0);
    w.input(mixed);
    w.input(crashed);
    w.input(caps);
    w.end(RunTotals.EMPTY.plus(mixed, FailOn.ERROR).plus(crashed, FailOn.ERROR)
        .plus(caps, FailOn.ERROR));

    JsonNode doc = JsonMapper.shared().readTree(s.toString());
    assertThat(doc.get("tool").get("name").asString()).isEqualTo("cloud_access validator");
    assertThat(doc.get("tool").get("version").asString()).isEqualTo("9.9.9");
    assertThat(doc.get("profile").asString()).isEqualTo("lenient");
    assertThat(doc.get("inputs")).hasSize(3);
    assertThat(doc.get("inputs").get(1).get("summary").isNull()).isTrue();
    assertThat(doc.get("inputs").get(1).get("notVotable").isNull()).as("crashed").isTrue();
    assertThat(doc.get("inputs").get(2).get("summary").isNull()).isTrue();
    assertThat(doc.get("inputs").get(2).get("notVotable").asString())
        .isEqualTo("VOSI capabilities");

    JsonNode in = doc.get("inputs").get(0);
    assertThat(in.get("source").asString()).isEqualTo("r.xml");
    assertThat(in.get("result").asString()).isEqualTo("fail");
    assertThat(in.get("summary").get("protocol").asString()).isEqualTo("SIA2");
    assertThat(in.get("summary").get("providers").get("aws").asLong()).isEqualTo(2);
    assertThat(in.get("findings")).hasSize(4);
    JsonNode w1 = in.get("findings").get(3);
    assertThat(w1.get("code").asString()).isEqualTo("W-CLD-KLSL");
    assertThat(w1.get("severity").asString()).isEqualTo("warning");
    assertThat(w1.get("area").asString()).isEqualTo("CLD");
    assertThat(w1.get("label").asString()).isEqualTo("KLSL");
    assertThat(w1.get("line").asLong()).isEqualTo(40);
    assertThat(w1.get("column").asLong()).isEqualTo(7);
    assertThat(w1.get("row").asLong()).isEqualTo(3);
    assertThat(w1.get("pointer").asString()).isEqualTo("/aws/0/key");
    assertThat(w1.get("hint").isNull()).isTrue();
    JsonNode f1 = in.get("findings").get(0);
    assertThat(f1.get("code").asString()).isEqualTo("F-RUN-TOUT");
    assertThat(f1.get("line").isNull()).isTrue();
    assertThat(in.get("omitted").get("W-CLD-KLSL").asLong()).isEqualTo(1);
    assertThat(in.get("counts").get("W-CLD-KLSL").asLong()).isEqualTo(2);
    assertThat(in.get("severities").get("failures").asLong()).isEqualTo(1);

    JsonNode c = doc.get("inputs").get(1);
    assertThat(c.get("summary").isNull()).isTrue();
    assertThat(c.get("result").asString()).isEqualTo("pass");

    assertThat(doc.get("totals").get("errors").asLong()).isEqualTo(1);
    assertThat(doc.get("totals").get("passed").asLong()).isEqualTo(2);
    assertThat(doc.get("totals").get("failed").asLong()).isEqualTo(1);
    assertThat(doc.get("result").asString()).isEqualTo("fail");
  }
}
