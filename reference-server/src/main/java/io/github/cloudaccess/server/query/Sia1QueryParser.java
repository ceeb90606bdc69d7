package io.github.cloudaccess.server.query;

import io.github.cloudaccess.server.geometry.SearchBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds a {@link Sia1Query} from POS, SIZE, INTERSECT and FORMAT; other parameters (VERB,
 * NAXIS, PROJ, ...) are ignored as SIA 1.0 requires of unsupported optional parameters.
 */
public final class Sia1QueryParser {

  private Sia1QueryParser() {}

  /**
   * @param params the request parameters
   * @return true when FORMAT=METADATA asks for the metadata document
   * @throws Fault UsageFault when FORMAT is repeated
   */
  public static boolean isMetadata(Params params) throws Fault {
    return params.single("FORMAT").map(f -> f.trim().equalsIgnoreCase("METADATA"))
        .orElse(false);
  }

  /**
   * @param params the request parameters
   * @return the query
   * @throws Fault UsageFault for a missing or malformed POS/SIZE, or a bad INTERSECT
   */
  public static Sia1Query parse(Params params) throws Fault {
    String pos = params.single("POS").orElseThrow(() -> Fault.usage("POS is required"));
    String[] radec = pos.split(",", -1);
    if (radec.length != 2) {
      throw Fault.usage("POS must be 'ra,dec' in decimal degrees: " + Numbers.clip(pos));
    }
    double ra = Numbers.decimal(radec[0].trim(), "POS ra", false);
    double dec = Numbers.decimal(radec[1].trim(), "POS dec", false);
    if (ra < 0 || ra > 360 || dec < -90 || dec > 90) {
      throw Fault.usage("POS out of range (ra in [0, 360], dec in [-90, 90]): "
          + Numbers.clip(pos));
    }
    String size = params.single("SIZE").orElseThrow(() -> Fault.usage("SIZE is required"));
    String[] wh = size.split(",", -1);
    if (wh.length < 1 || wh.length > 2) {
      throw Fault.usage("SIZE must be one or two values in degrees: " + Numbers.clip(size));
    }
    double width = sizeValue(wh[0]);
    double height = wh.length == 2 ? sizeValue(wh[1]) : width;

    Sia1Query.Intersect intersect = Sia1Query.Intersect.OVERLAPS;
    var given = params.single("INTERSECT");
    if (given.isPresent()) {
      try {
        intersect = Sia1Query.Intersect.valueOf(given.get().trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw Fault.usage("INTERSECT must be COVERS, ENCLOSED, CENTER or OVERLAPS: "
            + Numbers.clip(given.get()));
      }
    }

    List<String> formats = new ArrayList<>();
    boolean graphic = false;
    String format = params.single("FORMAT").orElse("ALL").trim();
    String upper = format.toUpperCase(Locale.ROOT);
    if (upper.startsWith("GRAPHIC")) {
      graphic = true;
    } else if (!upper.equals("ALL") && !upper.isEmpty()) {
      for (String f : format.split(",")) {
        formats.add(f.trim().toLowerCase(Locale.ROOT));
      }
    }
    return new Sia1Query(SearchBox.of(ra, dec, width, height), intersect, formats, graphic);
  }

  private static double sizeValue(String s) throws Fault {
    double v = Numbers.decimal(s.trim(), "SIZE", false);
    if (v < 0 || v >= 180) {
      throw Fault.usage("SIZE must be in [0, 180) degrees: " + Numbers.clip(s));
    }
    return v;
  }
}
