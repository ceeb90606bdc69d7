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
 * The SIA 1.0 result table: the eight mandatory UCD columns and the recommended ones (SIA 1.0
 * 4.2.4), then cloud_access when the placement puts it in discovery tables. Images are described
 * with the nominal pixel grid of their facility (square, TAN projection).
 */
public final class Sia1Table {

  private final ResponseOptions options;
  private final Links links;
  private final List<Column> columns = new ArrayList<>();
  private final int cloudIndex;
  private final int dropIndex;

  /**
   * @param options the response options
   * @param links URL builder
   */
  public Sia1Table(ResponseOptions options, Links links) {
    this.options = options;
    this.links = links;
    columns.addAll(standard());
    if (!options.placement().inDiscovery()) {
      cloudIndex = -1;
    } else {
      cloudIndex = options.has(Defect.HIJACK) ? columns.size() - 1 : columns.size();
      columns.add(cloudIndex, CloudField.column(options.defect()));
    }
    dropIndex = ObsCoreTable.dropped(columns, options, "naxis");
  }

  /** @return the FIELDs in order */
  public List<Column> columns() {
    return columns;
  }

  /** @return the cells of the record's row */
  public Object[] row(Product p) {
    double scale = p.fov() / p.pixels();
    double refPix = (p.pixels() + 1) / 2.0;
    List<Object> c = new ArrayList<>(24);
    c.add(p.facility() + " " + p.instrument() + " " + p.filter() + " " + p.target());
    c.add(p.facility() + " " + p.instrument());
    c.add(p.ra());
    c.add(p.dec());
    c.add(p.tMin());
    c.add(2);
    c.add(new int[] {p.pixels(), p.pixels()});
    c.add(new double[] {-scale, scale});
    c.add(Product.FORMAT);
    c.add("ICRS");
    c.add("TAN");
    c.add(new double[] {refPix, refPix});
    c.add(new double[] {p.ra(), p.dec()});
    c.add(new double[] {-scale, 0, 0, scale});
    c.add(p.filter());
    c.add("m");
    c.add((p.emMin() + p.emMax()) / 2);
    c.add(p.emMax());
    c.add(p.emMin());
    c.add("C");
    c.add((int) p.size());
    c.add(links.product(p));
    if (cloudIndex >= 0) {
      c.add(cloudIndex, CloudCell.of(
          CloudAccessJson.render(p, options.form(), options.defect()), options));
    }
    if (dropIndex >= 0) {
      c.remove(dropIndex);
    }
    return c.toArray();
  }

  private static Column col(String name, String datatype, String arraysize, String ucd,
      String unit, String description) {
    return new Column(name, datatype, arraysize, ucd, null, unit, null, null, description);
  }

  private static List<Column> standard() {
    return List.of(
        col("title", "char", "*", "VOX:Image_Title", null, "image title"),
        col("instrument", "char", "*", "INST_ID", null, "instrument"),
        col("ra", "double", null, "POS_EQ_RA_MAIN", "deg", "right ascension of the image centre"),
        col("dec", "double", null, "POS_EQ_DEC_MAIN", "deg", "declination of the image centre"),
        col("mjd_obs", "double", null, "VOX:Image_MJDateObs", "d", "start of the observation"),
        col("naxes", "int", null, "VOX:Image_Naxes", null, "image axes"),
        col("naxis", "int", "*", "VOX:Image_Naxis", null, "pixels along each axis"),
        col("scale", "double", "*", "VOX:Image_Scale", "deg/pix", "pixel scale along each axis"),
        col("format", "char", "*", "VOX:Image_Format", null, "MIME type"),
        col("frame", "char", "*", "VOX:STC_CoordRefFrame", null, "coordinate frame"),
        col("projection", "char", "3", "VOX:WCS_CoordProjection", null, "WCS projection"),
        col("crpix", "double", "*", "VOX:WCS_CoordRefPixel", "pix", "WCS reference pixel"),
        col("crval", "double", "*", "VOX:WCS_CoordRefValue", "deg", "WCS reference value"),
        col("cd", "double", "*", "VOX:WCS_CDMatrix", "deg/pix", "WCS CD matrix"),
        col("band", "char", "*", "VOX:BandPass_ID", null, "band pass name"),
        col("band_unit", "char", "*", "VOX:BandPass_Unit", null, "unit of the band values"),
        col("band_ref", "double", null, "VOX:BandPass_RefValue", "m", "central wavelength"),
        col("band_hi", "double", null, "VOX:BandPass_HiLimit", "m", "upper band limit"),
        col("band_lo", "double", null, "VOX:BandPass_LoLimit", "m", "lower band limit"),
        col("pixflags", "char", "*", "VOX:Image_PixFlags", null, "C: original pixels"),
        col("filesize", "int", null, "VOX:Image_FileSize", "byte", "file size"),
        col("access_url", "char", "*", "VOX:Image_AccessReference", null,
            "URL of the image on this server"));
  }
}
