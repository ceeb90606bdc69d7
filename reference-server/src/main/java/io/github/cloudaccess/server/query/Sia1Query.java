package io.github.cloudaccess.server.query;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.geometry.Cap;
import io.github.cloudaccess.server.geometry.SearchBox;
import java.util.List;
import java.util.Locale;

/**
 * A SIA 1.0 image query: the region of interest POS ± SIZE/2, how an image must relate to it
 * (INTERSECT), and which formats are wanted.
 *
 * @param box the region of interest
 * @param intersect the relation an image footprint must have with the region
 * @param formats MIME types wanted (lower case); empty = ALL
 * @param graphicOnly FORMAT=GRAPHIC...: only browser-displayable images (this service has none)
 */
public record Sia1Query(SearchBox box, Intersect intersect, List<String> formats,
    boolean graphicOnly) {

  /** The four SIA 1.0 INTERSECT values. */
  public enum Intersect {
    /** The image covers the whole region. */
    COVERS,
    /** The image lies entirely inside the region. */
    ENCLOSED,
    /** The image contains the centre of the region. */
    CENTER,
    /** The image overlaps the region (the default). */
    OVERLAPS
  }

  /** @return true when the record satisfies the query */
  public boolean matches(Product p) {
    if (graphicOnly) {
      return false;
    }
    if (!formats.isEmpty() && !formats.contains(Product.FORMAT.toLowerCase(Locale.ROOT))) {
      return false;
    }
    Cap image = Cap.of(p.ra(), p.dec(), p.fov() / 2);
    return switch (intersect) {
      case COVERS -> box.coveredBy(image);
      case ENCLOSED -> box.encloses(image);
      case CENTER -> box.centerIn(image);
      case OVERLAPS -> box.overlaps(image);
    };
  }
}
