package io.github.cloudaccess.validator.live;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The in-test SIA 1.0 service's answers, from test-corpus/responses/sia1-cloud-access.xml:
 * FORMAT=METADATA (no rows, INPUT PARAMs), a POS/SIZE query (rows whose image can touch the
 * box), and an error document (HTTP 200, QUERY_STATUS=ERROR) for a malformed POS or SIZE.
 */
final class Sia1Answers {

  static final String FILE = "sia1-cloud-access.xml";
  /** The example position the metadata advertises: the ELAIS-N1 rows of the corpus file. */
  static final String EXAMPLE_POS = "242.68,54.98";

  private Sia1Answers() {}

  static void answer(SiaService s, HttpExchange ex) throws IOException {
    Map<String, String> p = SiaService.params(ex);
    String type = s.has(Variant.WRONG_CONTENT_TYPE) ? "text/html" : SiaService.SIA1_TYPE;
    if ("METADATA".equalsIgnoreCase(p.get("FORMAT"))) {
      if (s.has(Variant.METADATA_ERROR)) {
        SiaService.answer(ex, 200, type, error("metadata is not available"));
        return;
      }
      VotDoc doc = VotDoc.corpus(FILE).param("INPUT:POS", EXAMPLE_POS)
          .param("INPUT:FORMAT", "ALL");
      if (!s.has(Variant.METADATA_WITHOUT_SIZE)) {
        doc.param("INPUT:SIZE", "0.5");
      }
      if (!s.has(Variant.METADATA_ROWS)) {
        doc.firstRows(0);
      }
      SiaService.answer(ex, 200, type, doc.bytes());
      return;
    }
    Cone cone = cone(p.get("POS"), p.get("SIZE"));
    if (cone == null && !s.has(Variant.BAD_POS_ACCEPTED)) {
      if (s.has(Variant.ERROR_AS_TEXT)) {
        SiaService.answer(ex, 400, "text/plain",
            "UsageFault: POS must be RA,DEC".getBytes(StandardCharsets.UTF_8));
      } else {
        SiaService.answer(ex, 200, type, error("POS must be RA,DEC in degrees"));
      }
      return;
    }
    VotDoc doc = VotDoc.corpus(FILE);
    List<String> fields = doc.fields();
    int ra = fields.indexOf("ra");
    int dec = fields.indexOf("dec");
    if (cone != null && !s.has(Variant.IGNORE_POS)) {
      // Images are 256 pixels of 0.00034 deg: 0.07 deg covers their half-diagonal.
      doc.filter(row -> cone.distanceTo(Double.parseDouble(row.get(ra)),
          Double.parseDouble(row.get(dec))) <= cone.size() / Math.sqrt(2) + 0.07);
    }
    SiaService.answer(ex, 200, type, doc.bytes());
  }

  private static Cone cone(String pos, String size) {
    if (pos == null || size == null) {
      return null;
    }
    try {
      return Cone.parse(pos, Double.parseDouble(size));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static byte[] error(String message) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<VOTABLE version=\"1.4\" xmlns=\"http://www.ivoa.net/xml/VOTable/v1.3\">\n"
        + "  <RESOURCE type=\"results\">\n"
        + "    <INFO name=\"QUERY_STATUS\" value=\"ERROR\">" + message + "</INFO>\n"
        + "  </RESOURCE>\n</VOTABLE>\n").getBytes(StandardCharsets.UTF_8);
  }
}
