package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.server.catalogue.Product;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The encodings (escaped, CDATA, BINARY2), the forms (list, dict) and the placements
 * (discovery, DataLink, both) give the intended bytes and the same values.
 */
class EncodingTest {

  private static final String QUERY = "/sia2/query?COLLECTION=hst-sim&MAXREC=30";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> cloud(String pathAndQuery) {
    return Votables.parse(SharedServer.get(pathAndQuery).body()).column("cloud_access");
  }

  @Test
  void escapedWritesQuotesAsEntities() {
    String raw = SharedServer.get(QUERY + "&CA_ENCODING=escaped").body();
    assertThat(raw).contains("<TD>{&quot;aws&quot;: [{&quot;bucket_name&quot;: &quot;ca-corpus-hst&quot;, ");
    assertThat(raw).doesNotContain("CDATA");
    assertThat(cloud(QUERY)).isEqualTo(cloud(QUERY + "&CA_ENCODING=escaped"));
  }

  @Test
  void cdataWrapsEachValueAndReadsTheSame() {
    String raw = SharedServer.get(QUERY + "&CA_ENCODING=cdata").body();
    assertThat(raw).contains("<TD><![CDATA[{\"aws\": [{\"bucket_name\": \"ca-corpus-hst\", ");
    assertThat(raw).doesNotContain("&quot;aws");
    assertThat(cloud(QUERY + "&CA_ENCODING=cdata")).isEqualTo(cloud(QUERY));
  }

  @Test
  void binary2CarriesTheSameValuesAndNullFlags() {
    HttpResponse<String> r = SharedServer.get(QUERY + "&CA_ENCODING=binary2");
    assertThat(r.body()).contains("<BINARY2><STREAM encoding=\"base64\">").doesNotContain("<TR>");
    Votables.Parsed b2 = Votables.parse(r.body());
    Votables.Parsed td = Votables.parse(SharedServer.get(QUERY).body());
    assertThat(b2.column("cloud_access")).isEqualTo(td.column("cloud_access")).containsNull();
    assertThat(b2.column("obs_id")).isEqualTo(td.column("obs_id"));
    assertThat(b2.column("pol_states")).isEqualTo(td.column("pol_states"));
    assertThat(b2.column("s_ra")).isEqualTo(td.column("s_ra"));
    assertThat(b2.column("calib_level")).isEqualTo(td.column("calib_level"));
  }

  @Test
  void responseformatCanAskForBinary2AndEchoesTheMimeType() {
    String type = "application/x-votable+xml;serialization=BINARY2";
    HttpResponse<String> r = SharedServer.get("/sia2/query?MAXREC=3&RESPONSEFORMAT="
        + SharedServer.enc(type));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue(type);
    assertThat(r.body()).contains("<BINARY2>");
    assertThat(Votables.parse(r.body()).rows()).hasSize(3);
  }

  @Test
  void theCloudFieldIsJsonCharStar() {
    Votables.Parsed p = Votables.parse(SharedServer.get(QUERY).body());
    var f = p.field("cloud_access");
    assertThat(f.getAttribute("datatype")).isEqualTo("char");
    assertThat(f.getAttribute("arraysize")).isEqualTo("*");
    assertThat(f.getAttribute("xtype")).isEqualTo("json");
    assertThat(p.col("cloud_access")).isEqualTo(p.names().size() - 1);
  }

  @Test
  void listAndDictFormsNameTheSameCopies() throws Exception {
    List<String> list = cloud(QUERY + "&CA_FORM=list");
    List<String> dict = cloud(QUERY + "&CA_FORM=dict");
    List<Product> hst = SharedServer.get().catalogue().products().stream()
        .filter(p -> p.collection().equals("hst-sim")).toList();
    boolean sawTwoCopies = false;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        assertThat(dict.get(i)).isNull();
        assertThat(hst.get(i).copies()).isEmpty();
        continue;
      }
      JsonNode l = JSON.readTree(list.get(i)).get("aws");
      JsonNode d = JSON.readTree(dict.get(i)).get("aws");
      assertThat(l.isArray()).isTrue();
      assertThat(d.isObject()).isTrue();
      assertThat(l.get(0)).isEqualTo(d);
      assertThat(l.size()).isEqualTo(hst.get(i).copies().size());
      for (int k = 0; k < l.size(); k++) {
        var copy = hst.get(i).copies().get(k);
        assertThat(l.get(k).get("bucket_name").asString()).isEqualTo(copy.bucket().name());
        assertThat(l.get(k).get("key").asString()).isEqualTo(copy.key());
        assertThat(l.get(k).get("region").asString()).isEqualTo(copy.bucket().region());
        assertThat(l.get(k).get("access").asString()).isEqualTo(copy.bucket().access().wireName());
      }
      sawTwoCopies |= l.size() == 2;
    }
    assertThat(sawTwoCopies).as("some record lists an open and a cold copy").isTrue();
  }

  @Test
  void discoveryPlacementLinksProductsDirectly() {
    Votables.Parsed p = Votables.parse(SharedServer.get(QUERY + "&CA_PLACEMENT=discovery").body());
    assertThat(p.names()).contains("cloud_access");
    assertThat(p.column("access_format")).containsOnly("image/fits");
    assertThat(p.column("access_url")).allSatisfy(u -> assertThat(u).contains("/data/hst-sim/"));
  }

  @Test
  void datalinkPlacementMovesTheColumnIntoDataLink() throws Exception {
    Votables.Parsed p = Votables.parse(SharedServer.get(QUERY + "&CA_PLACEMENT=datalink&CA_FORM=dict")
        .body());
    assertThat(p.names()).doesNotContain("cloud_access");
    assertThat(p.column("access_format"))
        .containsOnly("application/x-votable+xml;content=datalink");
    String url = p.column("access_url").get(0);
    assertThat(url).contains("/datalink/links?ID=").contains("CA_PLACEMENT=datalink")
        .contains("CA_FORM=dict");
    HttpResponse<String> links = SharedServer.send(HttpRequest.newBuilder(URI.create(url)).GET());
    Votables.Parsed l = Votables.parse(links.body());
    Map<String, String> self = l.records().get(0);
    assertThat(self.get("semantics")).isEqualTo("#this");
    assertThat(JSON.readTree(self.get("cloud_access")).get("aws").isObject()).isTrue();
    // The descriptor carries the overrides as fixed-value inputs.
    assertThat(SharedServer.get(QUERY + "&CA_PLACEMENT=datalink").body())
        .contains("<PARAM name=\"CA_PLACEMENT\" datatype=\"char\" arraysize=\"*\" value=\"datalink\"/>");
  }

  @Test
  void bothPlacementHasTheColumnInBothTables() {
    Votables.Parsed p = Votables.parse(SharedServer.get(QUERY + "&CA_PLACEMENT=both").body());
    String first = p.column("cloud_access").stream().filter(Objects::nonNull).findFirst()
        .orElseThrow();
    String did = p.records().stream().filter(m -> first.equals(m.get("cloud_access")))
        .findFirst().orElseThrow().get("obs_publisher_did");
    Votables.Parsed l = Votables.parse(SharedServer.get("/datalink/links?CA_PLACEMENT=both&ID="
        + SharedServer.enc(did)).body());
    assertThat(l.column("cloud_access").get(0)).isEqualTo(first);
    assertThat(p.column("access_format")).containsOnly("image/fits");
  }

  @Test
  void sia1CarriesTheColumnUnlessPlacementIsDatalink() {
    String q = "/sia1/query?POS=10.68,41.27&SIZE=0.5";
    assertThat(Votables.parse(SharedServer.get(q).body()).names()).contains("cloud_access");
    assertThat(Votables.parse(SharedServer.get(q + "&CA_PLACEMENT=datalink").body()).names())
        .doesNotContain("cloud_access");
    assertThat(SharedServer.get(q + "&CA_ENCODING=cdata").body()).contains("<![CDATA[{\"aws\"");
  }
}
