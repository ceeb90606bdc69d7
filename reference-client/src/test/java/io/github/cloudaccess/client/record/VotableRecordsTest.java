package io.github.cloudaccess.client.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.fixtures.Votables;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Column discovery and row selection on small VOTable documents. */
class VotableRecordsTest {

  private static VotableRecords.Result read(String xml, RowSelection sel) throws IOException {
    return VotableRecords.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sel);
  }

  private static final String CLOUD = "{\"aws\": {\"bucket_name\": \"bkt\", \"key\": \"k/x.fits\"}}";

  @Test
  void obsCoreColumnsAreFoundByName() throws IOException {
    String xml = Votables.discovery()
        .row("ivo://a", "https://h/a.fits", "application/fits", "12", CLOUD)
        .row("ivo://b", "https://h/b.fits", "application/fits", "7", null)
        .xml();
    VotableRecords.Result r = read(xml, RowSelection.all());
    assertThat(r.dataLink()).isFalse();
    assertThat(r.records()).hasSize(2);
    ProductRecord a = r.records().get(0);
    assertThat(a.cloudAccess()).contains(CLOUD);
    assertThat(a.accessUrl()).contains("https://h/a.fits");
    assertThat(a.estimatedSize().getAsLong()).isEqualTo(12 * 1024);
    assertThat(r.records().get(1).cloudAccess()).isEmpty();
  }

  @Test
  void selectedRowIsReturnedAndReadingStopsThere() throws IOException {
    Votables v = Votables.discovery();
    for (int i = 0; i < 50; i++) {
      v.row("ivo://" + i, "https://h/" + i + ".fits", "application/fits", "1", null);
    }
    VotableRecords.Result r = read(v.xml(), RowSelection.only(3));
    assertThat(r.records()).hasSize(1);
    assertThat(r.records().get(0).index()).isEqualTo(3);
    assertThat(r.records().get(0).accessUrl()).contains("https://h/3.fits");
    assertThat(read(v.xml(), RowSelection.only(99)).records()).isEmpty();
  }

  @Test
  void cloudColumnIsFoundByUtypeOrUcd() throws IOException {
    String byUtype = new Votables()
        .field("name=\"links\" datatype=\"char\" arraysize=\"*\" utype=\"adhoc:cloudstorage\"")
        .field("name=\"access_url\" datatype=\"char\" arraysize=\"*\"")
        .row(CLOUD, "https://h/x.fits").xml();
    assertThat(read(byUtype, RowSelection.all()).records().get(0).cloudAccess()).contains(CLOUD);
    String byUcd = new Votables()
        .field("name=\"where\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.ref.cloudstorage\"")
        .row(CLOUD).xml();
    assertThat(read(byUcd, RowSelection.all()).records().get(0).cloudAccess()).contains(CLOUD);
  }

  @Test
  void sia1AccessReferenceIsFoundByUcdAndNeverByFirstUrlColumn() throws IOException {
    String xml = new Votables()
        .field("name=\"preview\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.ref.url\"")
        .field("name=\"fsize\" datatype=\"long\" ucd=\"VOX:Image_FileSize\"")
        .field("name=\"acref\" datatype=\"char\" arraysize=\"*\" ucd=\"VOX:Image_AccessReference\"")
        .field("name=\"cloud_access\" datatype=\"char\" arraysize=\"*\"")
        .row("https://h/preview.jpg", "5000", "https://h/data.fits", CLOUD).xml();
    ProductRecord r = read(xml, RowSelection.all()).records().get(0);
    assertThat(r.accessUrl()).contains("https://h/data.fits");
    assertThat(r.estimatedSize().getAsLong()).isEqualTo(5000);
    String onlyPreview = new Votables()
        .field("name=\"preview\" datatype=\"char\" arraysize=\"*\" ucd=\"meta.ref.url\"")
        .row("https://h/preview.jpg").xml();
    assertThat(read(onlyPreview, RowSelection.all()).records().get(0).accessUrl()).isEmpty();
  }

  @Test
  void cloudColumnCarryingAnAccessReferenceUtypeIsNotTakenForAccessUrl() throws IOException {
    // pyvo #445: IRSA once put the access-reference utype on the cloud column itself.
    String xml = new Votables()
        .field("name=\"cloud_access\" datatype=\"char\" arraysize=\"*\" utype=\"obscore:Access.Reference\"")
        .field("name=\"url\" datatype=\"char\" arraysize=\"*\" ucd=\"VOX:Image_AccessReference\"")
        .row(CLOUD, "https://h/real.fits").xml();
    ProductRecord r = read(xml, RowSelection.all()).records().get(0);
    assertThat(r.cloudAccess()).contains(CLOUD);
    assertThat(r.accessUrl()).contains("https://h/real.fits");
  }

  @Test
  void dataLinkResponsesYieldTheirThisRows() throws IOException {
    String xml = new Votables()
        .field("name=\"ID\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"access_url\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"service_def\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"error_message\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"semantics\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"content_type\" datatype=\"char\" arraysize=\"*\"")
        .field("name=\"content_length\" datatype=\"long\" unit=\"byte\"")
        .field("name=\"cloud_access\" datatype=\"char\" arraysize=\"*\"")
        .row("ivo://a", "https://h/a-preview.jpg", null, null, "#preview", "image/jpeg", "100", null)
        .row("ivo://a", null, null, "NotFoundFault: gone", "#this", null, null, null)
        .row("ivo://a", "https://h/a.fits", null, null, "#this", "application/fits", "2880", CLOUD)
        .xml();
    VotableRecords.Result r = read(xml, RowSelection.all());
    assertThat(r.dataLink()).isTrue();
    assertThat(r.records()).hasSize(1);
    ProductRecord rec = r.records().get(0);
    assertThat(rec.accessUrl()).contains("https://h/a.fits");
    assertThat(rec.exactSize().getAsLong()).isEqualTo(2880);
    assertThat(rec.cloudAccess()).contains(CLOUD);
    assertThat(rec.accessFormat()).contains("application/fits");
  }

  @Test
  void dataLinkFormatIsRecognised() {
    ProductRecord r = new ProductRecord(0, java.util.Optional.empty(), java.util.Optional.of("https://h/dl?ID=1"),
        java.util.Optional.of("application/x-votable+xml; content=datalink"), java.util.OptionalLong.empty(),
        java.util.OptionalLong.empty());
    assertThat(r.accessUrlIsDataLink()).isTrue();
  }

  @Test
  void somethingThatIsNotAVotableIsRejected() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("<html><body>no</body></html>", RowSelection.all()))
        .isInstanceOf(IOException.class);
  }
}
