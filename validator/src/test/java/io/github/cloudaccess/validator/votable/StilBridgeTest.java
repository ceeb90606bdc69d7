package io.github.cloudaccess.validator.votable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.report.Code;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class StilBridgeTest {

  @Test
  void charBytesDecodedAsLatin1AreRedecodedAsUtf8() {
    String mojibake = new String("donn\u00e9es".getBytes(StandardCharsets.UTF_8),
        StandardCharsets.ISO_8859_1);
    assertThat(StilBridge.toText(mojibake, Datatype.CHAR)).isEqualTo("donn\u00e9es");
    assertThat(StilBridge.toText("donn\u00e9es", Datatype.UNICODE_CHAR)).isEqualTo("donn\u00e9es");
    assertThat(StilBridge.toText(42, Datatype.INT)).isEqualTo("42");
    assertThat(StilBridge.toText(Boolean.TRUE, Datatype.BOOLEAN)).isEqualTo("T");
    assertThat(StilBridge.toText(new int[] {3, 4}, Datatype.INT)).isEqualTo("3 4");
    assertThat(StilBridge.toText(null, Datatype.CHAR)).isNull();
  }

  /** BINARY2: per row, null flags then each cell; char * as a 4-byte count and the bytes. */
  private static String binary2(String... cells) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    for (String cell : cells) {
      out.writeByte(cell == null ? 0x40 : 0x00);
      out.writeInt(1);
      out.writeBytes("x");
      byte[] b = cell == null ? new byte[0] : cell.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
    return Base64.getMimeEncoder().encodeToString(bytes.toByteArray());
  }

  private static String document(String version, String stream) {
    return "<?xml version=\"1.0\"?>\n<VOTABLE version=\"" + version + "\" xmlns=\""
        + "http://www.ivoa.net/xml/VOTable/v1.3\">\n<RESOURCE type=\"results\">\n"
        + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n<TABLE>\n"
        + "<FIELD name=\"name\" datatype=\"char\" arraysize=\"*\"/>\n"
        + "<FIELD name=\"cloud_access\" datatype=\"char\" arraysize=\"*\" xtype=\"json\"/>\n"
        + "<DATA><BINARY2><STREAM encoding=\"base64\">\n" + stream
        + "\n</STREAM></BINARY2></DATA>\n</TABLE>\n</RESOURCE>\n</VOTABLE>\n";
  }

  @Test
  void binary2RowsReachTheCloudChecksWithUtf8TextAndNulls() throws IOException {
    String json = "{\"aws\": [{\"bucket_name\": \"nasa-irsa-example\", \"key\": "
        + "\"donn\u00e9es/\u00e9t\u00e9.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}]}";
    CollectingReporter r = new CollectingReporter();
    InputSummary s = new Validator(ValidatorOptions.defaults()).validate(
        PathInput.text(document("1.5", binary2(json, null, "{broken"))), r);
    assertThat(s.serialization()).isEqualTo("BINARY2");
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.rowsWithCloudAccess()).isEqualTo(2);
    assertThat(s.providers()).containsEntry("aws", 1L);
    assertThat(r.tokens()).contains("I-VOT-SERZ", "W-CLD-NASC", "E-CLD-JSON");
    assertThat(r.withCode(Code.W_CLD_NASC)).singleElement()
        .satisfies(f -> assertThat(f.position().row()).isEqualTo(1));
    assertThat(r.withCode(Code.E_CLD_JSON)).singleElement()
        .satisfies(f -> assertThat(f.position().row()).isEqualTo(3));
  }

  @Test
  void nonAsciiIsLegalInCharFromVotable16() throws IOException {
    String json = "{\"aws\": [{\"bucket_name\": \"nasa-irsa-example\", \"key\": \"\u00e9.fits\","
        + " \"region\": \"us-east-1\", \"access\": \"open\"}]}";
    CollectingReporter r = new CollectingReporter();
    new Validator(ValidatorOptions.defaults()).validate(
        PathInput.text(document("1.6", binary2(json))), r);
    assertThat(r.tokens()).doesNotContain("W-CLD-NASC");
    assertThat(r.verdict()).isEqualTo("pass");
  }

  @Test
  void aCorruptStreamIsAnErrorNotACrash() {
    CollectingReporter r = new CollectingReporter();
    new Validator(ValidatorOptions.defaults()).validate(
        PathInput.text(document("1.5", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/////w==")), r);
    assertThat(r.tokens()).contains("E-VOT-BSTR");
  }
}
