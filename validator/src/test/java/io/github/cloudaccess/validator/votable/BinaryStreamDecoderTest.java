package io.github.cloudaccess.validator.votable;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BinaryStreamDecoderTest {

  private static String document(String serialization, String stream) {
    return "<?xml version=\"1.0\"?>\n<VOTABLE version=\"1.4\" xmlns=\""
        + "http://www.ivoa.net/xml/VOTable/v1.3\">\n<RESOURCE type=\"results\">\n"
        + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/>\n<TABLE>\n"
        + "<FIELD name=\"n\" datatype=\"int\"/>\n"
        + "<FIELD name=\"tag\" datatype=\"char\" arraysize=\"4\"/>\n"
        + "<FIELD name=\"cloud_access\" datatype=\"char\" arraysize=\"*\" xtype=\"json\"/>\n"
        + "<DATA><" + serialization + "><STREAM encoding=\"base64\">" + stream + "</STREAM></"
        + serialization + "></DATA>\n</TABLE>\n</RESOURCE>\n</VOTABLE>\n";
  }

  private static final String JSON = "{\"aws\": [{\"bucket_name\": \"nasa-irsa-example\","
      + " \"key\": \"a.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}]}";

  private static byte[] binaryRow(int n, String tag, String json) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    out.writeInt(n);
    byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
    out.write(t);
    out.write(new byte[4 - t.length]);
    byte[] j = json.getBytes(StandardCharsets.UTF_8);
    out.writeInt(j.length);
    out.write(j);
    return b.toByteArray();
  }

  private static InputSummary run(String doc, CollectingReporter r) {
    return new Validator(ValidatorOptions.defaults()).validate(PathInput.text(doc), r);
  }

  @Test
  void binaryRowsAreDecodedWithFixedAndVariableCells() throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(binaryRow(1, "ab", JSON));
    all.write(binaryRow(2, "abcd", ""));
    all.write(binaryRow(3, "x", "[1]"));
    CollectingReporter r = new CollectingReporter();
    InputSummary s = run(document("BINARY",
        Base64.getMimeEncoder().encodeToString(all.toByteArray())), r);
    assertThat(s.rows()).isEqualTo(3);
    assertThat(s.rowsWithCloudAccess()).isEqualTo(2);
    assertThat(r.tokens()).contains("E-CLD-ROOT");
  }

  @Test
  void aStreamEndingInsideARowIsAnError() throws IOException {
    byte[] row = binaryRow(1, "ab", JSON);
    byte[] cut = java.util.Arrays.copyOf(row, row.length - 5);
    CollectingReporter r = new CollectingReporter();
    InputSummary s = run(document("BINARY", Base64.getEncoder().encodeToString(cut)), r);
    assertThat(r.tokens()).contains("E-VOT-BSTR");
    assertThat(s.rows()).isZero();
  }

  @Test
  void aHugeDeclaredLengthNeitherAllocatesNorCrashes() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(b);
    out.writeInt(1);
    out.write("abcd".getBytes(StandardCharsets.US_ASCII));
    out.writeInt(Integer.MAX_VALUE);
    out.write("{\"aws\"".getBytes(StandardCharsets.US_ASCII));
    CollectingReporter r = new CollectingReporter();
    run(document("BINARY", Base64.getEncoder().encodeToString(b.toByteArray())), r);
    assertThat(r.tokens()).contains("E-VOT-BSTR").doesNotContain("F-RUN-UNEX");
  }

  @Test
  void nonBase64TextIsAnError() {
    CollectingReporter r = new CollectingReporter();
    run(document("BINARY2", "AAAA*AAA"), r);
    assertThat(r.tokens()).contains("E-VOT-BSTR");
  }

  @Test
  void valuesBecomeTableDataText() {
    byte[] d = {0x3F, (byte) 0xF0, 0, 0, 0, 0, 0, 0};
    assertThat(BinaryValues.text(Datatype.DOUBLE, d, 8)).isEqualTo("1.0");
    assertThat(BinaryValues.text(Datatype.SHORT, new byte[] {0, 7, (byte) 0xFF, (byte) 0xFF}, 4))
        .isEqualTo("7 -1");
    assertThat(BinaryValues.text(Datatype.CHAR, "ab\0\0".getBytes(StandardCharsets.US_ASCII),
        4)).isEqualTo("ab");
    assertThat(BinaryValues.text(Datatype.UNICODE_CHAR, new byte[] {0, (byte) 0xE9, 0, 0x41}, 4))
        .isEqualTo("\u00e9A");
    assertThat(BinaryValues.text(Datatype.BOOLEAN, "T?".getBytes(StandardCharsets.US_ASCII), 2))
        .isEqualTo("T ?");
  }
}
