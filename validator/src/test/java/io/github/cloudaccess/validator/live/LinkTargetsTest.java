package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the {links} of a discovery row are: its access URL, or the service descriptor. */
class LinkTargetsTest {

  private static final List<Column> COLUMNS = List.of(
      new Column(0, "obs_publisher_did", "did", null, null),
      new Column(1, "access_url", null, null, null),
      new Column(2, "access_format", null, null, null));

  private static VotableFacts facts(List<ServiceDescriptor> descriptors, Object[]... rows) {
    List<SampleRow> sample = new java.util.ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      sample.add(new SampleRow(i + 1, Arrays.asList(rows[i])));
    }
    return new VotableFacts(true, true, "OK", null, COLUMNS, rows.length, sample, Map.of(),
        descriptors);
  }

  @Test
  void theDataLinkMediaTypeMakesTheAccessUrlTheLinks() {
    VotableFacts f = facts(List.of(),
        new Object[] {"ivo://x?1", "https://h/links?ID=1",
            "application/x-votable+xml; content=\"datalink\""},
        new Object[] {"ivo://x?2", "https://h/2.fits", "image/fits"},
        new Object[] {"ivo://x?3", "s3://bucket/key", "application/x-votable+xml;content=datalink"});
    assertThat(LinkTargets.of(f)).singleElement()
        .satisfies(t -> assertThat(t.links()).hasToString("https://h/links?ID=1"));
  }

  @Test
  void aDescriptorFillsItsRefParameterFromTheRow() {
    ServiceDescriptor d = new ServiceDescriptor("dl", "ivo://ivoa.net/std/DataLink#links-1.1",
        "https://h/dl?lang=en", List.of(new ServiceDescriptor.InputParam("ID", "", "did"),
            new ServiceDescriptor.InputParam("RESPONSEFORMAT", "votable", null),
            new ServiceDescriptor.InputParam("CIRCLE", "", null)));
    VotableFacts f = facts(List.of(d), new Object[] {"ivo://x?1", "https://h/1.fits", "image/fits"},
        new Object[] {null, "https://h/2.fits", "image/fits"});
    assertThat(LinkTargets.of(f)).singleElement().satisfies(t -> {
      assertThat(t.viaDescriptor()).isTrue();
      assertThat(t.links()).hasToString(
          "https://h/dl?lang=en&ID=ivo%3A%2F%2Fx%3F1&RESPONSEFORMAT=votable");
    });
  }

  @Test
  void aSodaDescriptorIsNotDataLink() {
    ServiceDescriptor soda = new ServiceDescriptor("s", "ivo://ivoa.net/std/SODA#sync-1.0",
        "https://h/soda", List.of(new ServiceDescriptor.InputParam("ID", "", "did")));
    assertThat(LinkTargets.of(facts(List.of(soda),
        new Object[] {"ivo://x?1", "https://h/1.fits", "image/fits"}))).isEmpty();
  }
}
