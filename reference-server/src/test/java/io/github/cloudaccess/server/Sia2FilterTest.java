package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.corpus.CorpusObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * SIA 2.0 constraints select exactly the records an independent computation over the corpus
 * manifest selects (see {@link IndependentSia2}), for single, OR'ed and AND'ed parameters.
 */
class Sia2FilterTest {

  private static List<IndependentSia2.Rec> records;

  @BeforeAll
  static void load() {
    Votables.Parsed all = Votables.parse(SharedServer.get("/sia2/query?MAXREC=1000").body());
    Map<String, Map<String, String>> derived = new HashMap<>();
    for (Map<String, String> r : all.records()) {
      derived.put(r.get("obs_id"), r);
    }
    records = new ArrayList<>();
    for (CorpusObject o : Corpus.locate().objects()) {
      Map<String, String> d = derived.get(o.id());
      assertThat(d).as("record for %s", o.id()).isNotNull();
      // The response carries the manifest values unchanged.
      assertThat(Double.parseDouble(d.get("s_ra"))).isEqualTo(o.ra());
      assertThat(Double.parseDouble(d.get("em_max"))).isEqualTo(o.emMax());
      assertThat(d.get("target_name")).isEqualTo(o.target());
      String pol = d.get("pol_states");
      records.add(new IndependentSia2.Rec(o.id(), d.get("obs_publisher_did"), o.ra(), o.dec(),
          o.fov(), o.emMin(), o.emMax(), o.tMin(), o.tMax(), o.exptime(), o.collection(),
          o.facility(), o.instrument(), o.target(), o.dataproductType(), o.calibLevel(),
          d.get("access_format"), number(d.get("s_resolution")), number(d.get("em_res_power")),
          number(d.get("t_resolution")),
          pol == null ? List.of() : List.of(pol.replaceAll("^/|/$", "").trim().split("\\s+"))));
    }
    assertThat(records).hasSizeGreaterThanOrEqualTo(100);
  }

  private static Double number(String s) {
    return s == null ? null : Double.valueOf(s);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        c("cone around M31", "POS", "CIRCLE 10.68 41.27 0.1"),
        c("two cones are OR'ed", "POS", "CIRCLE 10.68 41.27 0.1", "POS", "CIRCLE 202.47 47.2 0.2"),
        c("cone on COSMOS crosses collections", "POS", "CIRCLE 150.12 2.2 0.3"),
        c("RANGE wrapping RA 0", "POS", "RANGE 350 20 -40 50"),
        c("RANGE open to the pole with +Inf", "POS", "RANGE 0 360 60 +Inf"),
        c("RANGE with -Inf latitude", "POS", "RANGE 40 60 -Inf -20"),
        c("POLYGON around COSMOS", "POS", "POLYGON 149.5 1.5 150.7 1.5 150.7 2.9 149.5 2.9"),
        c("POLYGON given clockwise", "POS", "POLYGON 149.5 1.5 149.5 2.9 150.7 2.9 150.7 1.5"),
        c("POLYGON triangle over CDF-S and EDF-Fornax", "POS",
            "POLYGON 52.5 -28.5 53.6 -28.3 53.1 -27.4"),
        c("POLYGON or CIRCLE", "POS", "POLYGON 149.5 1.5 150.7 1.5 150.7 2.9",
            "POS", "CIRCLE 83.63 22.01 0.5"),
        c("BAND scalar", "BAND", "5e-7"),
        c("BAND open below (X-ray)", "BAND", "-Inf 1e-8"),
        c("BAND values are OR'ed", "BAND", "-Inf 1e-8", "BAND", "2.1e-5 2.2e-5"),
        c("BAND open above", "BAND", "1.6e-6 +Inf"),
        c("TIME interval", "TIME", "55000 56000"),
        c("TIME open above", "TIME", "60500 +Inf"),
        c("EXPTIME at least 1000 s", "EXPTIME", "1000 +Inf"),
        c("FOV between 0.5 and 1 deg", "FOV", "0.5 1"),
        c("SPATRES up to 0.15 arcsec", "SPATRES", "0 0.15"),
        c("SPECRP: null metadata never matches", "SPECRP", "0 +Inf"),
        c("TIMERES: null metadata never matches", "TIMERES", "-Inf +Inf"),
        c("POL single", "POL", "Q"),
        c("POL values are OR'ed", "POL", "U", "POL", "I"),
        c("ID is case-insensitive", "ID", "ivo://example.org/corpus?obj-0003",
            "ID", "IVO://EXAMPLE.ORG/corpus?obj-0042"),
        c("COLLECTION values are OR'ed", "COLLECTION", "hst-sim", "COLLECTION", "euclid-sim"),
        c("FACILITY and INSTRUMENT are AND'ed", "FACILITY", "Chandra", "INSTRUMENT", "ACIS-S"),
        c("DPTYPE image", "DPTYPE", "image"),
        c("DPTYPE cube matches nothing", "DPTYPE", "cube"),
        c("CALIB 3", "CALIB", "3"),
        c("TARGET and BAND are AND'ed", "TARGET", "COSMOS", "BAND", "1e-6 +Inf"),
        c("TARGET is case-sensitive", "TARGET", "cosmos"),
        c("FORMAT image/fits", "FORMAT", "image/fits"),
        c("FORMAT application/pdf matches nothing", "FORMAT", "application/pdf"),
        c("POS, BAND and TIME together", "POS", "CIRCLE 150.12 2.2 1", "BAND", "1e-6 5e-6",
            "TIME", "-Inf 59000"),
        c("unknown parameters are ignored", "COLLECTION", "spitzer-sim", "FOO", "bar"));
  }

  private static Arguments c(String description, String... nameValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.computeIfAbsent(nameValues[i], k -> new ArrayList<>()).add(nameValues[i + 1]);
    }
    return Arguments.of(description, params);
  }

  static String query(Map<String, List<String>> params) {
    return params.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + SharedServer.enc(v)))
        .collect(Collectors.joining("&"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void selectsExactlyTheMatchingRecords(String description, Map<String, List<String>> params) {
    HttpResponse<String> r = SharedServer.get("/sia2/query?MAXREC=1000&" + query(params));
    assertThat(r.statusCode()).isEqualTo(200);
    List<String> got = Votables.parse(r.body()).column("obs_id");

    List<String> expected = new ArrayList<>();
    List<String> ambiguous = new ArrayList<>();
    for (IndependentSia2.Rec rec : records) {
      if (IndependentSia2.ambiguous(rec, params)) {
        ambiguous.add(rec.obsId());
      } else if (IndependentSia2.matches(rec, params)) {
        expected.add(rec.obsId());
      }
    }
    List<String> decided = got.stream().filter(id -> !ambiguous.contains(id)).toList();
    assertThat(decided).as(description).containsExactlyElementsOf(expected);
    assertThat(ambiguous).as("records too close to a shape edge to decide").hasSizeLessThan(2);
  }

  @Test
  void theCaseTableSelectsProperSubsetsExceptWhereIntended() {
    // Guard against a vacuous table: only the cases meant to select all or nothing do so.
    List<String> allOrNothing = cases().filter(a -> {
      @SuppressWarnings("unchecked")
      Map<String, List<String>> p = (Map<String, List<String>>) a.get()[1];
      long n = records.stream().filter(r -> IndependentSia2.matches(r, p)).count();
      return n == 0 || n == records.size();
    }).map(a -> (String) a.get()[0]).toList();
    assertThat(allOrNothing).containsExactlyInAnyOrder("DPTYPE image",
        "DPTYPE cube matches nothing", "TARGET is case-sensitive", "FORMAT image/fits",
        "FORMAT application/pdf matches nothing");
  }

  @Test
  void postGivesTheSameRowsAsGet() {
    String q = "POS=" + SharedServer.enc("CIRCLE 150.12 2.2 0.3") + "&BAND="
        + SharedServer.enc("1e-6 +Inf");
    HttpResponse<String> get = SharedServer.get("/sia2/query?" + q);
    HttpResponse<String> post = SharedServer.send(HttpRequest.newBuilder(
            URI.create(SharedServer.get().sia2Uri().toString()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(q)));
    assertThat(post.statusCode()).isEqualTo(200);
    List<String> fromPost = Votables.parse(post.body()).column("obs_id");
    assertThat(fromPost).isNotEmpty().isEqualTo(Votables.parse(get.body()).column("obs_id"));
  }

  @Test
  void maxrecCutsInCatalogueOrderAndFlagsOverflowAfterTheTable() {
    Votables.Parsed p = Votables.parse(SharedServer.get("/sia2/query?MAXREC=5&COLLECTION=hst-sim")
        .body());
    List<String> hst = records.stream().filter(r -> r.collection().equals("hst-sim"))
        .map(IndependentSia2.Rec::obsId).toList();
    assertThat(p.column("obs_id")).containsExactlyElementsOf(hst.subList(0, 5));
    assertThat(p.before()).extracting(Votables.Info::value).containsExactly("OK",
        "ivo://ivoa.net/std/SIA#query-2.0");
    assertThat(p.after()).extracting(Votables.Info::name, Votables.Info::value)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("QUERY_STATUS", "OVERFLOW"));
  }

  @Test
  void maxrecEqualToTheMatchCountIsNotAnOverflow() {
    long n = records.stream().filter(r -> r.collection().equals("euclid-sim")).count();
    Votables.Parsed p = Votables.parse(
        SharedServer.get("/sia2/query?COLLECTION=euclid-sim&MAXREC=" + n).body());
    assertThat(p.rows()).hasSize((int) n);
    assertThat(p.statuses()).containsExactly("OK");
  }

  @Test
  void maxrecZeroGivesMetadataOnlyWithOverflow() {
    Votables.Parsed p = Votables.parse(SharedServer.get("/sia2/query?MAXREC=0").body());
    assertThat(p.rows()).isEmpty();
    assertThat(p.names()).contains("obs_publisher_did", "access_url", "s_region", "cloud_access");
    assertThat(p.statuses()).containsExactly("OK", "OVERFLOW");
    assertThat(p.doc().getElementsByTagNameNS(Votables.NS, "RESOURCE").getLength()).isEqualTo(3);
  }

  @Test
  void maxrecAboveTheLimitIsCappedNotRejected() {
    HttpResponse<String> r = SharedServer.get("/sia2/query?MAXREC=99999999999999999999999");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Votables.parse(r.body()).rows()).hasSize(records.size());
  }

  @Test
  void everyRecordHasTheMandatoryObsCoreColumns() {
    Votables.Parsed p = Votables.parse(SharedServer.get("/sia2/query?MAXREC=1").body());
    assertThat(p.names()).containsSubsequence(Arrays.asList("dataproduct_type", "calib_level",
        "obs_collection", "obs_id", "obs_publisher_did", "access_url", "access_format",
        "access_estsize", "target_name", "s_ra", "s_dec", "s_fov", "s_region", "s_resolution",
        "t_min", "t_max", "t_exptime", "t_resolution", "em_min", "em_max", "em_res_power",
        "o_ucd", "pol_states", "facility_name", "instrument_name"));
    assertThat(p.rows().get(0)).hasSameSizeAs(p.names());
  }
}
