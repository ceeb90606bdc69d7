package io.github.cloudaccess.validator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import org.junit.jupiter.api.Test;

class ServiceDescriptorRulesTest {

  private static String descriptor(String attrs, String params) {
    return "<RESOURCE type=\"meta\" " + attrs + ">" + params + "</RESOURCE>\n";
  }

  private static final String ACCESS = "<PARAM name=\"accessURL\" datatype=\"char\""
      + " arraysize=\"*\" value=\"https://x/links\"/>";

  private static CollectingReporter run(String after) {
    String doc = TestDocs.sia2("<FIELD ID=\"pubdid\" name=\"did\" datatype=\"char\""
        + " arraysize=\"*\"/>", "x").replace("</RESOURCE>", "</RESOURCE>\n" + after);
    return PathInput.validate(PathInput.text(doc));
  }

  @Test
  void aSoundDescriptorPasses() {
    CollectingReporter r = run(descriptor("utype=\"adhoc:service\"", ACCESS
        + "<GROUP name=\"inputParams\"><PARAM name=\"ID\" datatype=\"char\" arraysize=\"*\""
        + " ref=\"pubdid\" value=\"\"/></GROUP>"));
    assertThat(r.verdict()).as(r.describe()).isEqualTo("pass");
  }

  @Test
  void accessUrlTypesAndReferences() {
    CollectingReporter r = run(descriptor("utype=\"adhoc:service\"",
        "<PARAM name=\"accessURL\" datatype=\"int\" value=\"ftp://x\"/>"
            + "<GROUP name=\"inputParams\"><PARAM name=\"ID\" datatype=\"char\""
            + " arraysize=\"*\" ref=\"nowhere\" value=\"\"/></GROUP>"));
    assertThat(r.tokens()).contains("E-DLK-SDAU", "E-DLK-SDPS", "E-DLK-SDRF");
  }

  @Test
  void selfDescriptions() {
    String self = descriptor("utype=\"adhoc:this\"", ACCESS + "<PARAM name=\"standardID\""
        + " datatype=\"char\" arraysize=\"*\" value=\"ivo://ivoa.net/std/SIA#query-2.0\"/>"
        + "<GROUP name=\"inputParams\"><PARAM name=\"POS\" datatype=\"double\""
        + " arraysize=\"*\" value=\"\"/></GROUP>");
    assertThat(run(self).verdict()).isEqualTo("pass");
    assertThat(run(self + self).tokens()).contains("E-DLK-SELF");
    assertThat(run(self.replace("SIA#query-2.0", "DataLink#links-1.1")).tokens())
        .contains("E-SI2-SELF");
  }
}
