package io.github.cloudaccess.validator.objects;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.PathInput;
import io.github.cloudaccess.validator.TestDocs;
import io.github.cloudaccess.validator.live.FactsReader;
import io.github.cloudaccess.validator.reach.ObjectRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which on-prem facts each DataLink row's cloud copies are compared with. */
class RowObjectsTest {

  @Test
  void everyDataLinkRowIsComparedWithItsOwnAccessUrlWhateverItsSemantics() {
    String doc = TestDocs.datalink(TestDocs.CLOUD_FIELD,
        TestDocs.link("ivo://x?1", "https://a.invalid/this.fits", "", "", "#this",
            TestDocs.CLOUD)
            + TestDocs.link("ivo://x?1", "https://a.invalid/preview.png", "", "", "#auxiliary",
            TestDocs.CLOUD)
            + TestDocs.link("ivo://x?1", "", "", "NotFoundFault: gone", "#this",
            TestDocs.CLOUD), "");
    List<ObjectRef> refs = new ArrayList<>();
    FactsReader.read(PathInput.text(doc), 0, new RowObjects("links.xml",
        CloudAccessParser.forProfile(Profile.LENIENT), refs::add));
    assertThat(refs).extracting(ObjectRef::row).containsExactly(1L, 2L);
    assertThat(refs).extracting(r -> r.accessUrl().orElse(null))
        .containsExactly("https://a.invalid/this.fits", "https://a.invalid/preview.png");
    assertThat(refs).extracting(r -> r.contentLength().orElse(-1)).containsExactly(100L, 100L);
  }
}
