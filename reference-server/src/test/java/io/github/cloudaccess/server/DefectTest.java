package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.Problem;
import io.github.cloudaccess.schema.ProblemKind;
import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.s3.S3Clients;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Every defect mode, asked for per request with CA_DEFECT, produces the intended bytes; value
 * defects are also run through the schema parser to show the problem kinds the README promises.
 * The switch over {@link Defect} has no default branch, so a new defect cannot go untested; that
 * one exhaustive switch is why this class is long (one short branch per defect).
 */
class DefectTest {

  /** Open HST rows, restricted Euclid rows, null cells, and more matches than MAXREC. */
  private static final String QUERY = "COLLECTION=hst-sim&COLLECTION=euclid-sim&MAXREC=40";

  private static S3Client anonymous;
  private static S3Client signed;

  @BeforeAll
  static void clients() {
    RunningServer s = SharedServer.get();
    anonymous = S3Clients.anonymous(s.s3Endpoint(), "us-east-1");
    signed = S3Clients.authenticated(s.s3Endpoint(), "us-east-1", s.s3Credentials());
  }

  @AfterAll
  static void close() {
    anonymous.close();
    signed.close();
  }

  private static HttpResponse<String> sia2(Defect d, String extra) {
    return SharedServer.get("/sia2/query?" + QUERY + "&CA_DEFECT=" + d.wireName() + extra);
  }

  private static List<String> cells(Votables.Parsed p) {
    return p.column("cloud_access").stream().filter(Objects::nonNull).toList();
  }

  /** @return the problem-kind codes the schema parser reports for every non-null cell */
  private static Set<String> kinds(List<String> cells) {
    Set<String> codes = new HashSet<>();
    for (String c : cells) {
      for (Problem p : CloudAccessParser.forProfile(Profile.LENIENT).parse(c).problems()) {
        codes.add(p.kind().code());
      }
    }
    return codes;
  }

  private static int s3Status(S3Client client, String bucket, String key) {
    try {
      client.headObject(r -> r.bucket(bucket).key(key));
      return 200;
    } catch (S3Exception e) {
      return e.statusCode();
    }
  }

  private static Map<String, Object> firstLocation(String cell) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> root = new tools.jackson.databind.ObjectMapper().readValue(cell, Map.class);
      Object aws = root.get("aws");
      @SuppressWarnings("unchecked")
      Map<String, Object> loc = (Map<String, Object>) (aws instanceof List<?> l ? l.get(0) : aws);
      return loc;
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + cell, e);
    }
  }

  @ParameterizedTest
  @EnumSource(Defect.class)
  void producesTheIntendedBytes(Defect d) throws Exception {
    HttpResponse<String> r = sia2(d, "");
    String raw = r.body();
    switch (d) {
      case NONE -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(cells(p)).isNotEmpty().allSatisfy(c -> assertThat(
            CloudAccessParser.forProfile(Profile.STRICT).parse(c).isValid()).as(c).isTrue());
        // The cold-archive copies have access "none" by design: a warning, never an error.
        assertThat(kinds(cells(p))).containsExactly("W-CLD-ANON");
        assertThat(p.column("cloud_access")).containsNull();
      }
      case RAW_AMPERSAND -> {
        assertThat(Votables.wellFormed(raw)).isFalse();
        assertThat(raw).contains("R&D mirror").contains("&quot;bucket_name&quot;");
      }
      case DOUBLE_ESCAPE -> {
        assertThat(raw).contains("{&amp;quot;aws&amp;quot;: ");
        Votables.Parsed p = Votables.parse(raw);
        assertThat(cells(p)).allSatisfy(c -> assertThat(c).startsWith("{&quot;aws&quot;"));
        assertThat(kinds(cells(p))).contains("W-CLD-ESCX", "E-CLD-JSON");
      }
      case CDATA_UNSPLIT -> {
        assertThat(Votables.wellFormed(raw)).isFalse();
        assertThat(raw).contains("<TD><![CDATA[{\"aws\": [{").contains("\"mirror ]]> archive\"");
      }
      case PYTHON_LITERAL -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c).allSatisfy(s -> assertThat(s).startsWith("{'aws': [{'bucket_name': '"));
        assertThat(kinds(c)).contains("E-CLD-PYLT");
      }
      case INVALID_JSON -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c).allSatisfy(s -> assertThat(s).contains("\" \"key\": "));
        assertThat(kinds(c)).contains("E-CLD-JSON");
      }
      case EMPTY_OBJECT -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.column("cloud_access")).containsOnly("{}");
        assertThat(kinds(cells(p))).contains("W-CLD-EMTY");
      }
      case WHITESPACE -> assertThat(cells(Votables.parse(raw)))
          .allSatisfy(s -> assertThat(s).startsWith("  {\"aws\"").endsWith("}  "));
      case NON_ASCII -> {
        assertThat(raw.getBytes(StandardCharsets.UTF_8)).containsSequence(
            "s\u00e9curit\u00e9".getBytes(StandardCharsets.UTF_8));
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.doc().getDocumentElement().getAttribute("version")).isEqualTo("1.4");
        assertThat(kinds(cells(p))).contains("W-CLD-XMEM");
      }
      case LEGACY_NAMES -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c).allSatisfy(s -> assertThat(s).contains("\"bucket\": ", "\"path\": ")
            .doesNotContain("bucket_name"));
        assertThat(kinds(c)).contains("W-CLD-LEGF");
      }
      case LEADING_SLASH, DOUBLE_SLASH, MISSING_OBJECT -> {
        List<String> c = cells(Votables.parse(raw));
        Map<String, Object> loc = firstLocation(c.get(0));
        String key = (String) loc.get("key");
        assertThat(key).matches(switch (d) {
          case LEADING_SLASH -> "/hst-sim/.*";
          case DOUBLE_SLASH -> "hst-sim//.*";
          default -> "missing/hst-sim/.*";
        });
        int status = s3Status(signed, (String) loc.get("bucket_name"), key);
        switch (d) {
          case MISSING_OBJECT -> assertThat(status).isEqualTo(404);
          case LEADING_SLASH -> {
            // Jetty under s3proxy refuses the empty path segment; AWS would answer 404.
            assertThat(status).isEqualTo(400);
            assertThat(kinds(c)).contains("W-CLD-KLSL");
          }
          default -> {
            // s3proxy collapses "//" and finds the real object; AWS keys are literal (404).
            assertThat(status).isEqualTo(200);
            assertThat(kinds(c)).contains("W-CLD-KDSL");
          }
        }
      }
      case REGION_TYPO -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c).allSatisfy(s -> assertThat(s).containsPattern("\"region\": \"us-(east|west)[12]\""));
        assertThat(kinds(c)).contains("E-CLD-REGN");
      }
      case WRONG_REGION -> {
        for (String c : cells(Votables.parse(raw))) {
          Map<String, Object> loc = firstLocation(c);
          String actual = signed.headBucket(b -> b.bucket((String) loc.get("bucket_name")))
              .bucketRegion();
          assertThat(loc.get("region")).as(c).isNotEqualTo(actual);
        }
      }
      case NO_REGION -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c).allSatisfy(s -> assertThat(s).doesNotContain("region"));
        assertThat(kinds(c)).contains("W-CLD-NREG");
      }
      case BAD_ACCESS -> assertThat(kinds(cells(Votables.parse(raw)))).contains("E-CLD-ACCV");
      case BAD_BUCKET -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c.get(0)).contains("\"bucket_name\": \"CA_CORPUS_HST\"");
        assertThat(kinds(c)).contains("E-CLD-BKNM");
      }
      case URI_CONFLICT -> {
        List<String> c = cells(Votables.parse(raw));
        assertThat(c.get(0)).contains("\"uri\": \"s3://ca-corpus-hst/other/hst-sim/");
        assertThat(kinds(c)).contains("W-CLD-URIM", "E-CLD-URIX");
      }
      case DIFFERING_BYTES, DIFFERING_SIZE -> {
        Votables.Parsed p = Votables.parse(raw);
        Map<String, String> row = p.records().get(0);
        byte[] http = SharedServer.HTTP.send(HttpRequest.newBuilder(
            java.net.URI.create(row.get("access_url"))).build(),
            HttpResponse.BodyHandlers.ofByteArray()).body();
        Map<String, Object> loc = firstLocation(row.get("cloud_access"));
        byte[] s3 = anonymous.getObjectAsBytes(b -> b.bucket((String) loc.get("bucket_name"))
            .key((String) loc.get("key"))).asByteArray();
        if (d == Defect.DIFFERING_BYTES) {
          assertThat(s3).hasSameSizeAs(http);
          assertThat(Arrays.copyOf(s3, 2880)).isNotEqualTo(Arrays.copyOf(http, 2880));
        } else {
          assertThat(s3.length).isEqualTo(http.length + 2880);
        }
      }
      case OPEN_PRIVATE -> {
        Votables.Parsed p = Votables.parse(raw);
        Map<String, String> euclid = p.records().stream()
            .filter(m -> "euclid-sim".equals(m.get("obs_collection")) && m.get("cloud_access") != null)
            .findFirst().orElseThrow();
        Map<String, Object> loc = firstLocation(euclid.get("cloud_access"));
        assertThat(loc.get("access")).isEqualTo("open");
        assertThat(s3Status(anonymous, (String) loc.get("bucket_name"), (String) loc.get("key")))
            .isEqualTo(403);
      }
      case SHORT_ARRAYSIZE -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.field("cloud_access").getAttribute("arraysize")).isEqualTo("32");
        assertThat(cells(p)).allSatisfy(s -> assertThat(s.length()).isGreaterThan(32));
        Votables.Parsed b2 = Votables.parse(sia2(d, "&CA_ENCODING=binary2").body());
        assertThat(cells(b2)).allSatisfy(s -> assertThat(s).hasSize(32));
        assertThat(kinds(cells(b2))).contains("E-CLD-JSON");
      }
      case NO_ARRAYSIZE -> assertThat(Votables.parse(raw).field("cloud_access")
          .hasAttribute("arraysize")).isFalse();
      case NO_XTYPE -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.field("cloud_access").hasAttribute("xtype")).isFalse();
        assertThat(p.field("cloud_access").getAttribute("arraysize")).isEqualTo("*");
      }
      case HIJACK -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.col("cloud_access")).isEqualTo(p.col("access_url") - 1);
        assertThat(p.field("cloud_access").getAttribute("utype"))
            .isEqualTo("obscore:access.reference");
        assertThat(p.field("cloud_access").getAttribute("ucd")).isEqualTo("meta.ref.url");
        assertThat(cells(p)).isNotEmpty();
      }
      case NO_QUERY_STATUS -> assertThat(Votables.parse(raw).statuses()).isEmpty();
      case STATUS_AFTER_TABLE -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.before()).extracting(Votables.Info::name).doesNotContain("QUERY_STATUS");
        assertThat(p.after()).extracting(Votables.Info::name).containsExactly("QUERY_STATUS");
      }
      case UNFLAGGED_TRUNCATION -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.rows()).hasSize(40);
        assertThat(p.statuses()).containsExactly("OK");
      }
      case TRUNCATED_STREAM -> {
        assertThat(Votables.wellFormed(raw)).isFalse();
        assertThat(raw).contains("<TR>").doesNotContain("</TABLEDATA>").doesNotContain("</VOTABLE>");
        assertThat(raw.split("<TR>", -1)).hasSize(21);
      }
      case NO_STANDARD_ID -> {
        assertThat(Votables.parse(raw).before()).extracting(Votables.Info::name)
            .containsExactly("QUERY_STATUS");
        String links = SharedServer.get("/datalink/links?CA_DEFECT=no-standardid&ID="
            + SharedServer.enc("ivo://example.org/corpus?obj-0001")).body();
        assertThat(Votables.parse(links).before()).extracting(Votables.Info::name)
            .containsExactly("QUERY_STATUS");
      }
      case ERROR_200 -> {
        assertThat(r.statusCode()).isEqualTo(200);
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.statuses()).containsExactly("ERROR");
        assertThat(p.before().get(0).text()).startsWith("FatalFault:");
        HttpResponse<String> bad = sia2(d, "&POS=" + SharedServer.enc("CIRCLE 400 0 1"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(Votables.parse(bad.body()).before().get(0).text()).startsWith("UsageFault:");
      }
      case EMPTY_STRING, NULL_LITERAL, BLANK -> {
        Votables.Parsed p = Votables.parse(raw);
        String text = d == Defect.EMPTY_STRING ? "\"\"" : d == Defect.NULL_LITERAL ? "null" : "   ";
        assertThat(p.column("cloud_access")).containsOnly(text);
        assertThat(kinds(cells(p))).contains(d.codes().get(0));
      }
      case RAW_LESS_THAN, UNDECLARED_ENTITY, CONTROL_CHARACTER, CONTROL_REFERENCE -> {
        assertThat(Votables.wellFormed(raw)).isFalse();
        assertThat(raw).contains("&quot;note&quot;: &quot;" + switch (d) {
          case RAW_LESS_THAN -> "a<b";
          case UNDECLARED_ENTITY -> "x&nbsp;y";
          case CONTROL_CHARACTER -> "bell\u0001";
          default -> "bell&#1;";
        } + "&quot;");
      }
      case INVALID_UTF8 -> {
        byte[] bytes = SharedServer.HTTP.send(HttpRequest.newBuilder(java.net.URI.create(
            SharedServer.get().baseUri() + "/sia2/query?" + QUERY + "&CA_DEFECT=invalid-utf8"))
            .build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        assertThat(bytes).containsSequence("&quot;caf".getBytes(StandardCharsets.US_ASCII))
            .containsSequence(new byte[] {'f', (byte) 0xE9, '&'});
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("\u00ee\u0080\u0080");
        assertThatThrownBy(() -> StandardCharsets.UTF_8.newDecoder()
            .decode(java.nio.ByteBuffer.wrap(bytes)))
            .isInstanceOf(java.nio.charset.CharacterCodingException.class);
      }
      case BOUNDED_ARRAYSIZE, UNICODE_CHAR -> {
        Votables.Parsed p = Votables.parse(raw);
        Votables.Parsed b2 = Votables.parse(sia2(d, "&CA_ENCODING=binary2").body());
        assertThat(b2.column("cloud_access")).isEqualTo(p.column("cloud_access"));
        if (d == Defect.BOUNDED_ARRAYSIZE) {
          assertThat(p.field("cloud_access").getAttribute("arraysize")).isEqualTo("2048*");
        } else {
          assertThat(b2.field("cloud_access").getAttribute("datatype")).isEqualTo("unicodeChar");
        }
        assertThat(kinds(cells(p))).containsExactly("W-CLD-ANON");
      }
      case INT_DATATYPE -> {
        String b2 = sia2(d, "&CA_ENCODING=binary2").body();
        assertThat(b2).contains("<TR>").doesNotContain("<BINARY2>");
        Votables.Parsed p = Votables.parse(b2);
        assertThat(p.field("cloud_access").getAttribute("datatype")).isEqualTo("int");
        assertThat(cells(p)).allSatisfy(c -> assertThat(c).startsWith("{\"aws\""));
      }
      case ADHOC_MARKER -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.names()).contains("cloud_storage").doesNotContain("cloud_access");
        assertThat(p.field("cloud_storage").getAttribute("utype")).isEqualTo("adhoc:cloudstorage");
        assertThat(p.field("cloud_storage").getAttribute("ucd")).isEqualTo("meta.ref.cloudstorage");
        assertThat(p.column("cloud_storage")).filteredOn(Objects::nonNull).isNotEmpty();
      }
      case STATUS_BAD_VALUE -> assertThat(Votables.parse(raw).statuses()).contains("SUCCESS")
          .doesNotContain("OK");
      case MISSING_COLUMN -> {
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.names()).doesNotContain("t_exptime").contains("t_min", "t_resolution");
        assertThat(p.rows().get(0)).hasSameSizeAs(p.names());
        Votables.Parsed s1 = Votables.parse(SharedServer.get(
            "/sia1/query?POS=10.68,41.27&SIZE=1&CA_DEFECT=missing-column").body());
        assertThat(s1.fields()).extracting(f -> f.getAttribute("ucd"))
            .doesNotContain("VOX:Image_Naxis").contains("VOX:Image_Naxes");
        assertThat(s1.rows().get(0)).hasSameSizeAs(s1.names());
      }
      case XXE -> assertThat(raw).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<!DOCTYPE VOTABLE [\n  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n")
          .contains(">&xxe;</INFO>");
      case ENTITY_BOMB -> assertThat(raw).contains("<!ENTITY lol0 \"lol\">")
          .contains("<!ENTITY lol9 \"" + "&lol8;".repeat(10) + "\">").contains(">&lol9;</INFO>");
      case CLOUD_ON_AUXILIARY, TWO_LINK_COLUMNS, DANGLING_SERVICE_DEF, NON_CONTIGUOUS_IDS -> {
        String a = "ivo://example.org/corpus?obj-0001";
        String b = "ivo://example.org/corpus?obj-0002";
        String links = SharedServer.get("/datalink/links?CA_DEFECT=" + d.wireName() + "&ID="
            + SharedServer.enc(a) + "&ID=" + SharedServer.enc(b)).body();
        Votables.Parsed p = Votables.parse(links);
        List<Map<String, String>> rows = p.records();
        switch (d) {
          case CLOUD_ON_AUXILIARY -> {
            assertThat(rows.get(1).get("semantics")).isEqualTo("#auxiliary");
            assertThat(rows.get(1).get("cloud_access")).isNotNull()
                .isEqualTo(rows.get(0).get("cloud_access"));
          }
          case TWO_LINK_COLUMNS -> {
            assertThat(rows.get(0).get("access_url")).isNotNull();
            assertThat(rows.get(0).get("error_message")).startsWith("DefaultFault:");
          }
          case DANGLING_SERVICE_DEF -> {
            assertThat(rows).extracting(m -> m.get("service_def")).contains("soda_sync");
            assertThat(links).doesNotContain("ID=\"soda_sync\"");
          }
          default -> assertThat(p.column("ID")).containsExactly(a, b, a, b);
        }
      }
      case EMPTY_BODY -> {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(raw).isEmpty();
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/x-votable+xml");
      }
      case HTML_ERROR_PAGE -> {
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(raw).startsWith("<!DOCTYPE html>").contains("Service Unavailable");
      }
      case ERROR_NO_FAULT -> {
        assertThat(r.statusCode()).isEqualTo(500);
        Votables.Parsed p = Votables.parse(raw);
        assertThat(p.statuses()).containsExactly("ERROR");
        assertThat(p.before().get(0).text()).doesNotContain("Fault").isNotBlank();
        HttpResponse<String> bad = sia2(d, "&BAND=x");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Votables.parse(bad.body()).before().get(0).text()).doesNotContain("Fault");
      }
      case WRONG_CONTENT_TYPE -> {
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
        assertThat(Votables.parse(raw).rows()).hasSize(40);
        HttpResponse<String> links = SharedServer.get("/datalink/links?CA_DEFECT="
            + d.wireName() + "&ID=x");
        assertThat(links.headers().firstValue("Content-Type")).hasValue("text/html; charset=UTF-8");
      }
    }
  }

  @Test
  void everyCodeNamedByADefectExists() throws IOException {
    Set<String> known = new HashSet<>();
    for (ProblemKind k : ProblemKind.values()) {
      known.add(k.code());
    }
    // The validator registry is a sibling module's source, read as text (not a dependency).
    Path code = Path.of("..", "validator", "src", "main", "java", "io", "github", "cloudaccess",
        "validator", "report", "Code.java");
    Matcher m = Pattern.compile("([EWISF])_([A-Z0-9]{3})_([A-Z0-9]{4})\\(")
        .matcher(Files.readString(code));
    while (m.find()) {
      known.add(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
    for (Defect d : Defect.values()) {
      assertThat(known).as("codes of %s", d.wireName()).containsAll(d.codes());
      assertThat(d.codes().isEmpty()).isEqualTo(d == Defect.NONE);
    }
  }

  @Test
  void theReadmeListsEveryDefectWithItsCodes() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    for (Defect d : Defect.values()) {
      if (d == Defect.NONE) {
        continue;
      }
      String row = lines.stream().filter(l -> l.startsWith("| `" + d.wireName() + "` |"))
          .findFirst().orElseThrow(() -> new AssertionError("README lacks " + d.wireName()));
      d.codes().forEach(c -> assertThat(row).as(d.wireName()).contains("`" + c + "`"));
    }
  }

  @Test
  void aServerWideDefectIsOverriddenPerRequestWithNone() {
    HttpResponse<String> r = SharedServer.get("/sia2/query?" + QUERY + "&CA_DEFECT=none");
    assertThat(Votables.parse(r.body()).statuses()).containsExactly("OK", "OVERFLOW");
  }

  @Test
  void anUnknownDefectIsAUsageFault() {
    HttpResponse<String> r = SharedServer.get("/sia2/query?CA_DEFECT=bogus");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(Votables.parse(r.body()).before().get(0).text()).startsWith("UsageFault:");
  }

  @Test
  void anonymousReadOfAnOpenObjectStillWorksUnderObjectDefects() {
    // The defects point at other keys; the real objects stay where the correct values say.
    assertThatThrownBy(() -> anonymous.headObject(r -> r.bucket("ca-corpus-euclid")
        .key("euclid-sim/none.fits"))).isInstanceOf(S3Exception.class);
  }
}
