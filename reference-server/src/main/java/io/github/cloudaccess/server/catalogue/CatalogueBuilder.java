package io.github.cloudaccess.server.catalogue;

import io.github.cloudaccess.corpus.CorpusObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the corpus manifest into catalogue records and product bytes.
 *
 * <p>Derived values (documented in README.md) follow test-corpus/tools/tables.py where it defines
 * them (pixel grid, spatial resolution, observable UCD, identifiers) and add the nulls this
 * service needs to exercise null metadata: em_res_power is null for Chandra (X-ray imaging has
 * no resolving power), t_resolution is null for Euclid, pol_states is set for HST and Spitzer
 * only.
 */
public final class CatalogueBuilder {

  /** Authority and path of every publisher DID (the corpus responses use the same). */
  public static final String DID_PREFIX = "ivo://example.org/corpus?";

  private static final Map<String, Integer> PIXELS =
      Map.of("HST", 4096, "Spitzer", 256, "Chandra", 1024, "Euclid", 19200);
  private static final Map<String, Double> RESOLUTION =
      Map.of("HST", 0.1, "Spitzer", 1.7, "Chandra", 0.5, "Euclid", 0.2);
  private static final Map<String, String> OBSERVABLE = Map.of("HST", "phot.count",
      "Spitzer", "phot.flux.density", "Chandra", "phot.count", "Euclid", "phot.flux");
  private static final Map<String, String> POLARIZATION = Map.of("HST", "/I/", "Spitzer", "/I Q U/");

  private CatalogueBuilder() {}

  /**
   * @param objects the corpus objects in manifest order
   * @return the catalogue
   */
  public static Catalogue build(List<CorpusObject> objects) {
    List<Product> products = new ArrayList<>();
    Map<String, ProductBytes> bytes = new HashMap<>();
    for (int i = 0; i < objects.size(); i++) {
      CorpusObject o = objects.get(i);
      byte[] data = o.bytes();
      bytes.put(o.path(), new ProductBytes(data));
      products.add(product(i, o, o.filter(), data.length));
    }
    return new Catalogue(products, bytes);
  }

  private static Product product(int index, CorpusObject o, String filter, long size) {
    String facility = o.facility();
    double emMin = o.emMin();
    double emMax = o.emMax();
    double exptime = o.exptime();
    Double resPower = "Chandra".equals(facility) ? null
        : Math.round((emMin + emMax) / 2 / (emMax - emMin) * 1000) / 1000.0;
    Double tResolution = "Euclid".equals(facility) ? null : exptime;
    long calib = o.calibLevel();
    return new Product(index, o.id(), DID_PREFIX + o.id(), o.path(), o.collection(), facility,
        o.instrument(), filter, o.target(), o.ra(), o.dec(), o.fov(), emMin, emMax, o.tMin(),
        o.tMax(), exptime, o.dataproductType(), (int) calib, size,
        PIXELS.getOrDefault(facility, 1024), RESOLUTION.get(facility), resPower, tResolution,
        POLARIZATION.get(facility), OBSERVABLE.getOrDefault(facility, "phot.count"),
        copies(index, o.collection(), o.path()));
  }

  private static List<CloudCopy> copies(int index, String collection, String path) {
    if (StoreLayout.unannounced(index)) {
      return List.of();
    }
    List<CloudCopy> copies = new ArrayList<>();
    copies.add(new CloudCopy(StoreLayout.primary(collection), path));
    if (StoreLayout.hasColdCopy(index)) {
      copies.add(new CloudCopy(StoreLayout.COLD, path));
    }
    return copies;
  }
}
