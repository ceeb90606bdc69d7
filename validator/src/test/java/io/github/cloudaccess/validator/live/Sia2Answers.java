package io.github.cloudaccess.validator.live;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The in-test SIA 2.0 service's answers, from test-corpus/responses/sia2-tabledata-escaped.xml
 * (with a twin of its M31 row, so that a small region holds two rows) and
 * datalink-this-row.xml: POS, FORMAT and MAXREC honoured, OVERFLOW when truncated, error
 * documents with HTTP 400 and a UsageFault message, and DataLink {links} per obs_publisher_did.
 */
final class Sia2Answers {

  static final String FILE = "sia2-tabledata-escaped.xml";

  private Sia2Answers() {}

  /** @return the discovery table as the service holds it (four rows, two near M31) */
  static VotDoc table() {
    VotDoc doc = VotDoc.corpus(FILE).duplicate(0);
    return doc.set(1, "obs_id", "obj-0001b").set(1, "obs_publisher_did",
        "ivo://example.org/corpus?obj-0001b").set(1, "s_ra", "10.64")
        .set(1, "s_region", "CIRCLE ICRS 10.64 41.288386 0.028");
  }

  static void query(SiaService s, HttpExchange ex) throws IOException {
    Map<String, String> p = SiaService.params(ex);
    if (p.containsKey("MAXREC") && s.has(Variant.REJECT_MAXREC)) {
      error(s, ex, "UsageFault: MAXREC is not supported");
      return;
    }
    Cone cone = p.containsKey("POS") ? Cone.ofCircle(p.get("POS")) : null;
    if (p.containsKey("POS") && cone == null && !s.has(Variant.BAD_POS_ACCEPTED)) {
      error(s, ex, "UsageFault: POS must be CIRCLE lon lat radius");
      return;
    }
    String format = p.get("RESPONSEFORMAT");
    if (format != null && !format.equals("votable") && !format.startsWith(SiaService.VOTABLE)) {
      error(s, ex, "UsageFault: RESPONSEFORMAT " + format + " is not supported");
      return;
    }
    VotDoc doc = table();
    List<String> fields = doc.fields();
    if (cone != null && !s.has(Variant.IGNORE_POS)) {
      int ra = fields.indexOf("s_ra");
      int dec = fields.indexOf("s_dec");
      int fov = fields.indexOf("s_fov");
      doc.filter(r -> cone.distanceTo(Double.parseDouble(r.get(ra)), Double.parseDouble(r.get(dec)))
          <= cone.size() / 2 + Double.parseDouble(r.get(fov)) / 2);
    }
    if (p.containsKey("FORMAT")) {
      int af = fields.indexOf("access_format");
      doc.filter(r -> r.get(af).equals(p.get("FORMAT")));
    }
    dataLink(s, doc);
    maxrec(s, doc, p.get("MAXREC"));
    String type = s.has(Variant.WRONG_CONTENT_TYPE) ? "text/html"
        : s.has(Variant.TEXT_XML) ? "text/xml" : SiaService.VOTABLE;
    SiaService.answer(ex, 200, type, doc.bytes());
  }

  private static void dataLink(SiaService s, VotDoc doc) {
    if (s.has(Variant.DATALINK_ACCESS)) {
      List<List<String>> rows = doc.rows();
      int did = doc.fields().indexOf("obs_publisher_did");
      for (int i = 0; i < rows.size(); i++) {
        doc.set(i, "access_format", SiaService.DATALINK).set(i, "access_url",
            s.base() + "/sia2/links?ID=" + rows.get(i).get(did).replace("?", "%3F"));
      }
    }
    if (s.has(Variant.DATALINK_DESCRIPTOR)) {
      doc.fieldId("obs_publisher_did", "did").descriptor("ivo://ivoa.net/std/DataLink#links-1.1",
          s.base() + "/sia2/links", "ID", "did", null);
    }
  }

  private static void maxrec(SiaService s, VotDoc doc, String value) {
    if (value == null || s.has(Variant.IGNORE_MAXREC)) {
      return;
    }
    int n = Integer.parseInt(value.trim());
    int rows = doc.rows().size();
    if (rows > n || n == 0) {
      doc.firstRows(s.has(Variant.OVERFLOW_WITHOUT_ROWS) ? 0 : n);
      if (!s.has(Variant.NO_OVERFLOW)) {
        doc.status("OVERFLOW");
      }
    }
  }

  private static void error(SiaService s, HttpExchange ex, String message) throws IOException {
    if (s.has(Variant.ERROR_AS_TEXT)) {
      SiaService.answer(ex, 400, "text/plain", message.getBytes(StandardCharsets.UTF_8));
      return;
    }
    VotDoc doc = VotDoc.corpus(s.has(Variant.ERROR_WITHOUT_FAULT)
        ? "sia2-query-status-error-no-fault.xml" : "sia2-query-status-error.xml");
    int status = s.has(Variant.ERROR_WITH_200) ? 200 : s.has(Variant.ERROR_WITH_500) ? 500 : 400;
    SiaService.answer(ex, status, SiaService.VOTABLE, doc.bytes());
  }

  static void links(SiaService s, HttpExchange ex) throws IOException {
    String id = SiaService.params(ex).get("ID");
    VotDoc table = table();
    List<String> fields = table.fields();
    List<String> row = table.rows().stream()
        .filter(r -> r.get(fields.indexOf("obs_publisher_did")).equals(id)).findFirst()
        .orElse(null);
    if (row == null) {
      SiaService.answer(ex, 400, SiaService.DATALINK, Sia1Answers.error("NotFoundFault: " + id));
      return;
    }
    String cloud = row.get(fields.indexOf("cloud_access"));
    if (s.has(Variant.LINKS_OTHER_CLOUD)) {
      cloud = cloud.replace(".fits", "-copy.fits");
    }
    VotDoc doc = VotDoc.corpus("datalink-this-row.xml").set(0, "ID", id).set(1, "ID", id)
        .set(0, "access_url", row.get(fields.indexOf("access_url"))).set(0, "cloud_access", cloud);
    String type = s.has(Variant.LINKS_AS_HTML) ? "text/html"
        : s.has(Variant.LINKS_WITHOUT_CONTENT) ? SiaService.VOTABLE : SiaService.DATALINK;
    SiaService.answer(ex, 200, type, doc.bytes());
  }
}
