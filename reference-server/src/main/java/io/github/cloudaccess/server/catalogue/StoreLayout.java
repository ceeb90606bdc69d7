package io.github.cloudaccess.server.catalogue;

import io.github.cloudaccess.schema.Access;
import java.util.List;
import java.util.Map;

/**
 * Where the products live in the embedded S3 store.
 *
 * <p>The primary buckets are the ones the corpus responses name (test-corpus/tools/tables.py
 * {@code BUCKETS}), so a recorded corpus response can be checked against this server's store:
 * one bucket per collection, with the collection's region and access class. A cold-archive bucket
 * with access {@code none} holds second copies of some products, so list-form values carry
 * several locations and the {@code none} class exists.
 */
public final class StoreLayout {

  /** Open, us-east-1. */
  public static final Bucket HST = new Bucket("ca-corpus-hst", "us-east-1", Access.OPEN);
  /** Open, us-west-2 (as IRSA's Spitzer bucket). */
  public static final Bucket SPITZER = new Bucket("ca-corpus-spitzer", "us-west-2", Access.OPEN);
  /** Region-only, us-east-1: private to anonymous callers outside the region. */
  public static final Bucket CHANDRA = new Bucket("ca-corpus-chandra", "us-east-1", Access.REGION);
  /** Restricted (credentials needed), us-east-1. */
  public static final Bucket EUCLID =
      new Bucket("ca-corpus-euclid", "us-east-1", Access.RESTRICTED);
  /** Not accessible: second copies in a cold archive, private. */
  public static final Bucket COLD = new Bucket("ca-corpus-cold", "us-east-1", Access.NONE);

  private static final Map<String, Bucket> BY_COLLECTION = Map.of(
      "hst-sim", HST, "spitzer-sim", SPITZER, "chandra-sim", CHANDRA, "euclid-sim", EUCLID);

  private StoreLayout() {}

  /** @return every bucket the store creates */
  public static List<Bucket> buckets() {
    return List.of(HST, SPITZER, CHANDRA, EUCLID, COLD);
  }

  /**
   * @param collection a corpus collection
   * @return its primary bucket; unknown collections go to the restricted bucket
   */
  public static Bucket primary(String collection) {
    return BY_COLLECTION.getOrDefault(collection, EUCLID);
  }

  /** @return true when the product at this manifest index also has a cold-archive copy */
  public static boolean hasColdCopy(int index) {
    return index % 7 == 3;
  }

  /**
   * Products at these indexes are stored but their catalogue row has no cloud_access value
   * (null cell), the way IRSA leaves it empty for datasets not yet announced.
   *
   * @return true when the catalogue hides the cloud copy of this product
   */
  public static boolean unannounced(int index) {
    return index % 13 == 12;
  }
}
