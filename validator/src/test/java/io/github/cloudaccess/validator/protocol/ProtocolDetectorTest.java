package io.github.cloudaccess.validator.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.schema.Profile;
import org.junit.jupiter.api.Test;

class ProtocolDetectorTest {

  private static Protocol detect(String doc, Protocol forced) {
    return new Validator(new ValidatorOptions(Profile.LENIENT, forced, false))
        .validate(PathInput.text(doc), new CollectingReporter()).protocol();
  }

  private static String table(String info, String fields) {
    return TestDocs.votable("1.4", "<RESOURCE type=\"results\">" + info
        + "<TABLE>" + fields + "<DATA><TABLEDATA/></DATA></TABLE></RESOURCE>");
  }

  @Test
  void standardIdWins() {
    String info = "<INFO name=\"standardID\" value=\"ivo://ivoa.net/std/DataLink#links-1.0\"/>";
    assertThat(detect(table(info, TestDocs.obscoreFields()), null))
        .isEqualTo(Protocol.DATALINK);
    assertThat(detect(table("<INFO name=\"standardID\" value=\"IVO://ivoa.net/std/SIA\"/>", ""),
        null)).isEqualTo(Protocol.SIA1);
  }

  @Test
  void columnsDecideWithoutStandardId() {
    assertThat(detect(table("", TestDocs.obscoreFields()), null)).isEqualTo(Protocol.SIA2);
    assertThat(detect(table("", TestDocs.DATALINK_FIELDS), null)).isEqualTo(Protocol.DATALINK);
    assertThat(detect(table("", "<FIELD name=\"u\" datatype=\"char\" arraysize=\"*\""
        + " ucd=\"VOX:Image_AccessReference\"/>"), null)).isEqualTo(Protocol.SIA1);
    assertThat(detect(table("", "<FIELD name=\"x\" datatype=\"int\"/>"), null))
        .isEqualTo(Protocol.UNKNOWN);
  }

  @Test
  void theOptionOverridesDetection() {
    assertThat(detect(table("", TestDocs.obscoreFields()), Protocol.DATALINK))
        .isEqualTo(Protocol.DATALINK);
  }

  @Test
  void aServiceDescriptorStandardIdDoesNotNameTheResponse() {
    String doc = TestDocs.votable("1.4", "<RESOURCE type=\"results\"><TABLE>"
        + "<FIELD name=\"x\" datatype=\"int\"/><DATA><TABLEDATA/></DATA></TABLE></RESOURCE>"
        + "<RESOURCE type=\"meta\" utype=\"adhoc:service\"><PARAM name=\"standardID\""
        + " datatype=\"char\" arraysize=\"*\" value=\"ivo://ivoa.net/std/DataLink#links-1.1\"/>"
        + "</RESOURCE>");
    InputSummary s = new Validator(ValidatorOptions.defaults()).validate(PathInput.text(doc),
        new CollectingReporter());
    assertThat(s.protocol()).isEqualTo(Protocol.UNKNOWN);
  }
}
