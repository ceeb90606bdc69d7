package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.catalogue.Product;
import io.github.cloudaccess.server.cloud.CloudAccessJson;
import io.github.cloudaccess.server.cloud.CloudCell;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.votable.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * The DataLink 1.1 {links} table (DataLink 3.2): per known ID a {@code #this} row for the
 * product (carrying cloud_access when the placement says so) and an {@code #auxiliary} row for
 * its FITS header; per unknown ID one {@code #this} row with a NotFoundFault error_message.
 */
public final class LinksTable {

  /** Bytes of a FITS header block, the size of the auxiliary link. */
  public static final long HEADER_BYTES = 2880;

  private final ResponseOptions options;
  private final Links links;
  private final List<Column> columns = new ArrayList<>();
  private final int cloudIndex;

  /**
   * @param options the response options
   * @param links URL builder
   */
  public LinksTable(ResponseOptions options, Links links) {
    this.options = options;
    this.links = links;
    columns.add(Column.chars("ID", "meta.id;meta.main", null, "the identifier asked for"));
    columns.add(Column.chars("access_url", "meta.ref.url", null, "URL of the linked resource"));
    columns.add(Column.chars("service_def", "meta.ref", null, "service descriptor (unused)"));
    columns.add(Column.chars("error_message", "meta.code.error", null, "why there is no link"));
    columns.add(Column.chars("description", "meta.note", null, "what the link is"));
    columns.add(Column.chars("semantics", "meta.code", null, "DataLink core vocabulary term"));
    columns.add(Column.chars("content_type", "meta.code.mime", null, "MIME type"));
    columns.add(Column.scalar("content_length", "long", "phys.size;meta.file", null, "byte",
        "size of the linked resource"));
    columns.add(Column.chars("content_qualifier", "meta.code.class", null,
        "product-type vocabulary term"));
    columns.add(Column.chars("local_semantics", "meta.id.assoc", null, "local link role"));
    columns.add(Column.chars("link_auth", "meta.code", null, "false, optional or true"));
    columns.add(Column.scalar("link_authorized", "boolean", "meta.code", null, null,
        "whether this request may follow the link"));
    if (!options.placement().inDataLink() && !options.has(Defect.CLOUD_ON_AUXILIARY)) {
      cloudIndex = -1;
    } else {
      cloudIndex = options.has(Defect.HIJACK) ? 1 : columns.size();
      columns.add(cloudIndex, CloudField.column(options.defect()));
    }
  }

  /** @return the FIELDs in order */
  public List<Column> columns() {
    return columns;
  }

  /** @return the rows of a known record (two, three with dangling-service-def), FIELD order */
  public List<Object[]> rows(String id, Product p) {
    Object cloud = CloudCell.of(
        CloudAccessJson.render(p, options.form(), options.defect()), options);
    List<Object[]> rows = new ArrayList<>(3);
    Object[] self = row(id, links.product(p), null, "the data product (FITS)", "#this",
        Product.FORMAT, p.size(), "image", cloud);
    if (options.has(Defect.TWO_LINK_COLUMNS)) {
      self[columnIndex("error_message")] = "DefaultFault: the mirror is lagging";
    }
    rows.add(self);
    rows.add(row(id, links.header(p), null, "primary FITS header of the product (2880 bytes)",
        "#auxiliary", "text/plain", HEADER_BYTES, null,
        options.has(Defect.CLOUD_ON_AUXILIARY) ? cloud : null));
    if (options.has(Defect.DANGLING_SERVICE_DEF)) {
      Object[] cutout = row(id, null, null, "cutout service (its descriptor is missing)",
          "#cutout", null, null, null, null);
      cutout[columnIndex("service_def")] = "soda_sync";
      rows.add(cutout);
    }
    return rows;
  }

  private int columnIndex(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + name);
  }

  /** @return the error row for an ID the catalogue does not hold */
  public Object[] notFound(String id) {
    return row(id, null, "NotFoundFault: no record with ID " + id, null, "#this", null, null,
        null, null);
  }

  private Object[] row(String id, String url, String error, String description, String semantics,
      String contentType, Long length, String qualifier, Object cloud) {
    boolean link = url != null;
    List<Object> c = new ArrayList<>(14);
    c.add(id);
    c.add(url);
    c.add(null);
    c.add(error);
    c.add(description);
    c.add(semantics);
    c.add(contentType);
    c.add(length);
    c.add(qualifier);
    c.add(null);
    c.add(link ? "false" : null);
    c.add(link ? Boolean.TRUE : null);
    if (cloudIndex >= 0) {
      c.add(cloudIndex, cloud);
    }
    return c.toArray();
  }
}
