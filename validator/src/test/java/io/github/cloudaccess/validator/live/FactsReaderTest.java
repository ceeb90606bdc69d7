package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.validator.Input;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The live side's own reading of a response: status, columns, rows of every serialization. */
class FactsReaderTest {

  private static Input file(String name) {
    Path p = Corpus.locate().responsesDir().resolve(name);
    return new Input() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws java.io.IOException {
        return Files.newInputStream(p);
      }
    };
  }

  private static Input text(String xml) {
    return new Input() {
      @Override
      public String name() {
        return "inline";
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
      }
    };
  }

  /** pyvo's datalink/proc.xml has such a PARAM; reading it used to fail on a null value. */
  @Test
  void aParamWithoutValueIsNoParameterAndNoFault() {
    VotableFacts f = FactsReader.read(text("<VOTABLE version=\"1.4\"><RESOURCE type=\"results\">"
        + "<INFO name=\"QUERY_STATUS\" value=\"OK\"/><PARAM name=\"BAND\" datatype=\"double\""
        + " arraysize=\"2\"/><PARAM name=\"MAXREC\" datatype=\"int\" value=\"10\"/>"
        + "<TABLE><FIELD name=\"a\" datatype=\"int\"/><DATA><TABLEDATA/></DATA></TABLE>"
        + "</RESOURCE></VOTABLE>"), 0, RowSink.NONE);
    assertThat(f.readable()).isTrue();
    assertThat(f.params()).containsOnlyKeys("MAXREC");
    assertThat(f.judgeableAnswer()).isTrue();
  }

  @Test
  void rowsOfEverySerializationAreCountedAndSampled() {
    for (String name : List.of("sia2-tabledata-escaped.xml", "sia2-binary.xml",
        "sia2-binary2.xml")) {
      List<SampleRow> all = new ArrayList<>();
      VotableFacts f = FactsReader.read(file(name), 2, (cols, row) -> all.add(row));
      assertThat(f.readable()).as(name).isTrue();
      assertThat(f.votable()).isTrue();
      assertThat(f.status()).isEqualTo("OK");
      assertThat(f.rows()).as(name).isEqualTo(all.size()).isPositive();
      assertThat(f.sample()).hasSize((int) Math.min(2, f.rows()));
      Column did = f.column("obs_publisher_did").orElseThrow();
      assertThat(f.sample().get(0).text(did)).startsWith("ivo://example.org/corpus?");
      assertThat(f.sample().get(0).number(f.column("s_ra").orElseThrow())).isNotNull();
      assertThat(f.sample().get(0).text(f.column("cloud_access").orElseThrow()))
          .startsWith("{\"aws\"");
    }
  }

  @Test
  void anOverflowAfterTheTableAndAnErrorAnywhereAreTheStatus() {
    assertThat(FactsReader.read(file("sia2-overflow-trailing.xml"), 0, RowSink.NONE).overflow())
        .isTrue();
    VotableFacts e = FactsReader.read(file("sia2-query-status-error.xml"), 0, RowSink.NONE);
    assertThat(e.error()).isTrue();
    assertThat(e.statusMessage()).startsWith("UsageFault");
    assertThat(e.columns()).isEmpty();
  }

  @Test
  void serviceDescriptorsAndParamsAreRead() {
    VotableFacts f = FactsReader.read(file("datalink-service-descriptor.xml"), 0, RowSink.NONE);
    assertThat(f.descriptors()).singleElement().satisfies(d -> {
      assertThat(d.id()).isEqualTo("soda-sync");
      assertThat(d.accessUrl()).isEqualTo("https://data.example.org/soda/sync");
      assertThat(d.isDataLink()).isFalse();
      assertThat(d.inputs()).extracting(ServiceDescriptor.InputParam::name)
          .containsExactly("ID", "CIRCLE");
    });
    VotableFacts meta = FactsReader.read(text("<VOTABLE><RESOURCE type='results'>"
        + "<PARAM name='INPUT:POS' value='1,2'/><TABLE><FIELD name='a'/></TABLE></RESOURCE>"
        + "</VOTABLE>"), 0, RowSink.NONE);
    assertThat(meta.param("input:pos")).isEqualTo("1,2");
    assertThat(meta.status()).isNull();
  }

  @Test
  void whatIsNotAVotableIsUnreadable() {
    assertThat(FactsReader.read(file("html-error-page.xml"), 0, RowSink.NONE).votable())
        .isFalse();
    VotableFacts cut = FactsReader.read(file("sia2-truncated.xml"), 5, RowSink.NONE);
    assertThat(cut.readable()).isFalse();
    assertThat(cut.votable()).isTrue();
    VotableFacts xxe = FactsReader.read(file("sia2-xxe.xml"), 5, RowSink.NONE);
    assertThat(xxe.sample()).allSatisfy(r -> assertThat(r.values().toString())
        .doesNotContain("root:"));
  }
}
