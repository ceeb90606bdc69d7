package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.corpus.CorpusObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * SIA 1.0 POS/SIZE/INTERSECT select exactly what an independent computation selects: the region
 * of interest is the tangent-plane rectangle of the SIZE about POS (|x| ≤ tan(w/2),
 * |y| ≤ tan(h/2)); images are circles of diameter s_fov; the relations are tested by sampling.
 */
class Sia1QueryTest {

  private static List<CorpusObject> objects;

  @BeforeAll
  static void load() {
    SharedServer.get();
    objects = Corpus.locate().objects();
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("10.68,41.27", "0.2", null),
        Arguments.of("10.68,41.27", "0.2,0.05", null),
        Arguments.of("10.68,41.27", "0.1", "CENTER"),
        Arguments.of("150.12,2.2", "0.01", "COVERS"),
        Arguments.of("150.12,2.2", "1", "COVERS"),
        Arguments.of("150.12,2.2", "0.8", "ENCLOSED"),
        Arguments.of("150.12,2.2", "1.0,0.4", "overlaps"),
        Arguments.of("53.1,-27.9", "0", null),
        Arguments.of("3.58,-30.4", "1", "OVERLAPS"),
        Arguments.of("266.4,-29.0", "0.5", "CENTER"));
  }

  @ParameterizedTest(name = "POS={0} SIZE={1} INTERSECT={2}")
  @MethodSource("cases")
  void selectsExactlyTheMatchingImages(String pos, String size, String intersect) {
    String q = "POS=" + pos + "&SIZE=" + size + (intersect == null ? "" : "&INTERSECT=" + intersect);
    HttpResponse<String> r = SharedServer.get("/sia1/query?" + q);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("text/xml;content=x-votable");
    Votables.Parsed p = Votables.parse(r.body());

    String[] radec = pos.split(",");
    String[] wh = size.split(",");
    double ra0 = Double.parseDouble(radec[0]);
    double dec0 = Double.parseDouble(radec[1]);
    double w = Double.parseDouble(wh[0]);
    double h = wh.length > 1 ? Double.parseDouble(wh[1]) : w;
    String mode = intersect == null ? "OVERLAPS" : intersect.toUpperCase();
    List<String> expected = new ArrayList<>();
    int ambiguous = 0;
    for (CorpusObject o : objects) {
      boolean in = relation(o, ra0, dec0, w, h, mode, 0);
      if (in != relation(o, ra0, dec0, w, h, mode, 2e-4)
          || in != relation(o, ra0, dec0, w, h, mode, -2e-4)) {
        ambiguous++;
        continue;
      }
      if (in) {
        expected.add(o.id());
      }
    }
    assertThat(ambiguous).isZero();
    // The access URL ends with the corpus path, whose file name starts with the object id.
    List<String> got = p.column("access_url").stream()
        .map(u -> u.substring(u.lastIndexOf('/') + 1, u.indexOf('_', u.lastIndexOf('/'))))
        .toList();
    assertThat(got).containsExactlyElementsOf(expected);
  }

  /** The test's own reading of SIA 1.0 4.1 INTERSECT for a circular image. */
  private static boolean relation(CorpusObject o, double ra0, double dec0, double w, double h,
      String mode, double grow) {
    double r = o.fov() / 2 + grow;
    double tx = Math.tan(Math.toRadians(w / 2));
    double ty = Math.tan(Math.toRadians(h / 2));
    boolean point = w == 0 || h == 0;
    if (mode.equals("CENTER") || point) {
      boolean contains = Sky.dist(o.ra(), o.dec(), ra0, dec0) <= r;
      return !(point && mode.equals("ENCLOSED")) && contains;
    }
    double[][] samples = Sky.circleSamples(o.ra(), o.dec(), r, 720);
    List<double[]> roiEdge = new ArrayList<>();
    for (int i = 0; i <= 400; i++) {
      double f = -1 + 2.0 * i / 400;
      roiEdge.add(new double[] {f * tx, -ty});
      roiEdge.add(new double[] {f * tx, ty});
      roiEdge.add(new double[] {-tx, f * ty});
      roiEdge.add(new double[] {tx, f * ty});
    }
    switch (mode) {
      case "ENCLOSED":
        for (double[] s : samples) {
          if (!inRoi(s, ra0, dec0, tx, ty)) {
            return false;
          }
        }
        return true;
      case "COVERS":
        for (double[] e : roiEdge) {
          double[] sky = deproject(ra0, dec0, e[0], e[1]);
          if (Sky.dist(o.ra(), o.dec(), sky[0], sky[1]) > r) {
            return false;
          }
        }
        return true;
      default:
        for (double[] s : samples) {
          if (inRoi(s, ra0, dec0, tx, ty)) {
            return true;
          }
        }
        for (double[] e : roiEdge) {
          double[] sky = deproject(ra0, dec0, e[0], e[1]);
          if (Sky.dist(o.ra(), o.dec(), sky[0], sky[1]) <= r) {
            return true;
          }
        }
        return false;
    }
  }

  private static boolean inRoi(double[] s, double ra0, double dec0, double tx, double ty) {
    double[] xy = Sky.gnomonic(ra0, dec0, s[0], s[1]);
    return xy != null && Math.abs(xy[0]) <= tx && Math.abs(xy[1]) <= ty;
  }

  private static double[] deproject(double ra0, double dec0, double x, double y) {
    // Direction = centre + x * east + y * north, normalised.
    double a = Math.toRadians(ra0);
    double d = Math.toRadians(dec0);
    double[] c = {Math.cos(d) * Math.cos(a), Math.cos(d) * Math.sin(a), Math.sin(d)};
    double[] east = {-Math.sin(a), Math.cos(a), 0};
    double[] north = {-Math.sin(d) * Math.cos(a), -Math.sin(d) * Math.sin(a), Math.cos(d)};
    double[] v = new double[3];
    for (int k = 0; k < 3; k++) {
      v[k] = c[k] + x * east[k] + y * north[k];
    }
    double n = Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
    double ra = Math.toDegrees(Math.atan2(v[1], v[0]));
    return new double[] {ra < 0 ? ra + 360 : ra, Math.toDegrees(Math.asin(v[2] / n))};
  }

  @Test
  void theCasesSelectSomething() {
    long nonEmpty = cases().filter(a -> {
      Object[] v = a.get();
      String q = "POS=" + v[0] + "&SIZE=" + v[1] + (v[2] == null ? "" : "&INTERSECT=" + v[2]);
      return !Votables.parse(SharedServer.get("/sia1/query?" + q).body()).rows().isEmpty();
    }).count();
    assertThat(nonEmpty).isGreaterThanOrEqualTo(cases().count() - 1);
  }

  @Test
  void formatSelectsByMimeTypeAndGraphicSelectsNothing() {
    String base = "/sia1/query?POS=150.12,2.2&SIZE=1";
    int all = Votables.parse(SharedServer.get(base).body()).rows().size();
    assertThat(all).isPositive();
    assertThat(Votables.parse(SharedServer.get(base + "&FORMAT=image/fits").body()).rows())
        .hasSize(all);
    assertThat(Votables.parse(SharedServer.get(base + "&FORMAT=image/jpeg,text/html").body())
        .rows()).isEmpty();
    assertThat(Votables.parse(SharedServer.get(base + "&FORMAT=GRAPHIC").body()).rows()).isEmpty();
  }

  @Test
  void metadataQueryDescribesInputsAndColumnsWithoutRows() {
    HttpResponse<String> r = SharedServer.get("/sia1/query?FORMAT=METADATA");
    assertThat(r.statusCode()).isEqualTo(200);
    Votables.Parsed p = Votables.parse(r.body());
    assertThat(p.rows()).isEmpty();
    assertThat(p.statuses()).containsExactly("OK");
    NodeList params = p.doc().getElementsByTagNameNS(Votables.NS, "PARAM");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < params.getLength(); i++) {
      Element e = (Element) params.item(i);
      names.add(e.getAttribute("name"));
      assertThat(e.getElementsByTagNameNS(Votables.NS, "DESCRIPTION").getLength())
          .as("DESCRIPTION of %s", e.getAttribute("name")).isEqualTo(1);
    }
    assertThat(names).contains("INPUT:POS", "INPUT:SIZE", "INPUT:FORMAT", "INPUT:INTERSECT");
    List<String> ucds = p.fields().stream().map(f -> f.getAttribute("ucd")).toList();
    assertThat(ucds).contains("VOX:Image_Title", "POS_EQ_RA_MAIN", "POS_EQ_DEC_MAIN",
        "VOX:Image_Naxes", "VOX:Image_Naxis", "VOX:Image_Scale", "VOX:Image_Format",
        "VOX:Image_AccessReference");
  }

  @Test
  void rowsCarryConsistentImageGeometry() {
    Votables.Parsed p = Votables.parse(SharedServer.get("/sia1/query?POS=10.68,41.27&SIZE=1")
        .body());
    assertThat(p.rows()).isNotEmpty();
    for (var rec : p.records()) {
      int naxes = Integer.parseInt(rec.get("naxes"));
      assertThat(rec.get("naxis").split(" ")).hasSize(naxes);
      assertThat(rec.get("scale").split(" ")).hasSize(naxes);
      assertThat(rec.get("access_url")).startsWith("http://127.0.0.1:");
    }
    assertThat(p.column("cloud_access")).filteredOn(java.util.Objects::nonNull).isNotEmpty();
  }

  @Test
  void optionalParametersAreIgnored() {
    HttpResponse<String> r = SharedServer.get(
        "/sia1/query?POS=10.68,41.27&SIZE=0.2&VERB=3&NAXIS=100,100&PROJ=TAN&CFRAME=ICRS");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(Votables.parse(r.body()).rows()).isNotEmpty();
  }
}
