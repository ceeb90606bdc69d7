package io.github.cloudaccess.server.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The immutable set of records the service publishes, with the bytes of each product.
 *
 * <p>Bytes are held in memory (the corpus is under 1 MB) so that HTTP and S3 serve exactly the same
 * octets and the ETag is computed once.
 */
public final class Catalogue {

  private final List<Product> products;
  private final Map<String, Product> byPath = new HashMap<>();
  private final Map<String, Product> byDid = new HashMap<>();
  private final Map<String, ProductBytes> bytes;

  /**
   * @param products records in manifest order
   * @param bytes product bytes by path
   */
  public Catalogue(List<Product> products, Map<String, ProductBytes> bytes) {
    this.products = List.copyOf(products);
    this.bytes = Map.copyOf(bytes);
    for (Product p : this.products) {
      byPath.put(p.path(), p);
      byDid.put(p.publisherDid().toLowerCase(Locale.ROOT), p);
    }
  }

  /** @return all records in manifest order */
  public List<Product> products() {
    return products;
  }

  /** @return the number of records */
  public int size() {
    return products.size();
  }

  /**
   * IVOIDs compare case-insensitively (SIA 2.0 section 2.1.10), so the lookup does too.
   *
   * @param did a publisher DID
   * @return the record, if any
   */
  public Optional<Product> byPublisherDid(String did) {
    return Optional.ofNullable(byDid.get(did.toLowerCase(Locale.ROOT)));
  }

  /** @return the record published under this corpus path, if any */
  public Optional<Product> byPath(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** @return the bytes of the product at this path */
  public ProductBytes bytes(Product p) {
    return bytes.get(p.path());
  }
}
