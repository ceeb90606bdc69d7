package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.server.catalogue.Product;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DataLink {links}: rows per ID, #this and #auxiliary links, errors, DataLink 1.1 metadata. */
class DataLinkTest {

  private static Product first() {
    return SharedServer.get().catalogue().products().get(0);
  }

  @Test
  void knownIdGivesThisAndAuxiliaryRows() {
    Product p = first();
    HttpResponse<String> r = SharedServer.get("/datalink/links?ID="
        + SharedServer.enc(p.publisherDid()));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValue("application/x-votable+xml;content=datalink");
    Votables.Parsed v = Votables.parse(r.body());
    assertThat(v.before()).extracting(Votables.Info::name, Votables.Info::value).contains(
        org.assertj.core.groups.Tuple.tuple("QUERY_STATUS", "OK"),
        org.assertj.core.groups.Tuple.tuple("standardID",
            "ivo://ivoa.net/std/DataLink#links-1.1"));
    assertThat(v.names()).startsWith("ID", "access_url", "service_def", "error_message",
        "description", "semantics", "content_type", "content_length")
        .contains("content_qualifier", "local_semantics", "link_auth", "link_authorized");
    List<Map<String, String>> rows = v.records();
    assertThat(rows).extracting(m -> m.get("semantics")).containsExactly("#this", "#auxiliary");
    Map<String, String> self = rows.get(0);
    assertThat(self.get("ID")).isEqualTo(p.publisherDid());
    assertThat(self.get("access_url")).isEqualTo(SharedServer.get().productUri(p).toString());
    assertThat(self.get("content_length")).isEqualTo(Long.toString(p.size()));
    assertThat(self.get("error_message")).isNull();
    assertThat(self.get("link_authorized")).isEqualTo("T");
    // Default placement is the discovery table only.
    assertThat(v.names()).doesNotContain("cloud_access");
    HttpResponse<String> aux = SharedServer.send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(rows.get(1).get("access_url"))).GET());
    assertThat(aux.statusCode()).isEqualTo(200);
    assertThat(aux.body()).hasSize(2880).startsWith("SIMPLE  =");
  }

  @Test
  void idIsMultiValuedAndRowsOfOneIdAreContiguous() {
    List<Product> ps = SharedServer.get().catalogue().products();
    String q = "ID=" + SharedServer.enc(ps.get(3).publisherDid()) + "&ID="
        + SharedServer.enc("ivo://example.org/corpus?nothing") + "&ID="
        + SharedServer.enc(ps.get(7).publisherDid().toUpperCase());
    Votables.Parsed v = Votables.parse(SharedServer.get("/datalink/links?" + q).body());
    assertThat(v.column("ID")).containsExactly(ps.get(3).publisherDid(),
        ps.get(3).publisherDid(), "ivo://example.org/corpus?nothing",
        ps.get(7).publisherDid().toUpperCase(), ps.get(7).publisherDid().toUpperCase());
    Map<String, String> error = v.records().get(2);
    assertThat(error.get("error_message")).startsWith("NotFoundFault:");
    assertThat(error.get("access_url")).isNull();
    assertThat(error.get("semantics")).isEqualTo("#this");
  }

  @Test
  void noIdGivesANormalEmptyResponse() {
    HttpResponse<String> r = SharedServer.get("/datalink/links");
    assertThat(r.statusCode()).isEqualTo(200);
    Votables.Parsed v = Votables.parse(r.body());
    assertThat(v.rows()).isEmpty();
    assertThat(v.statuses()).containsExactly("OK");
  }

  @Test
  void moreIdsThanTheLimitAreCutBetweenIdsWithOverflow() {
    StringBuilder q = new StringBuilder();
    List<Product> ps = SharedServer.get().catalogue().products();
    for (int i = 0; i < 101; i++) {
      q.append(i == 0 ? "" : "&").append("ID=").append(SharedServer.enc(ps.get(i).publisherDid()));
    }
    Votables.Parsed v = Votables.parse(SharedServer.get("/datalink/links?" + q).body());
    assertThat(v.rows()).hasSize(200);
    assertThat(v.statuses()).containsExactly("OK", "OVERFLOW");
  }

  @Test
  void placementDatalinkPutsCloudAccessOnThisRowsOnly() {
    Product p = first();
    Votables.Parsed v = Votables.parse(SharedServer.get("/datalink/links?CA_PLACEMENT=datalink&ID="
        + SharedServer.enc(p.publisherDid())).body());
    assertThat(v.names()).endsWith("cloud_access");
    assertThat(v.field("cloud_access").getAttribute("xtype")).isEqualTo("json");
    assertThat(v.column("cloud_access").get(0)).contains("\"bucket_name\": \"ca-corpus-hst\"");
    assertThat(v.column("cloud_access").get(1)).isNull();
  }

  @Test
  void responseformatVotableIsAcceptedAndOthersAreRefused() {
    String id = "ID=" + SharedServer.enc(first().publisherDid());
    assertThat(SharedServer.get("/datalink/links?RESPONSEFORMAT=votable&" + id).statusCode())
        .isEqualTo(200);
    HttpResponse<String> mime = SharedServer.get("/datalink/links?RESPONSEFORMAT="
        + SharedServer.enc("application/x-votable+xml") + "&" + id);
    assertThat(mime.headers().firstValue("Content-Type")).hasValue("application/x-votable+xml");
    HttpResponse<String> csv = SharedServer.get("/datalink/links?RESPONSEFORMAT=csv&" + id);
    assertThat(csv.statusCode()).isEqualTo(400);
    assertThat(csv.body()).startsWith("UsageFault:");
  }
}
