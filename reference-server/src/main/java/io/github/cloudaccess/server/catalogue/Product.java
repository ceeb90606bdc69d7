package io.github.cloudaccess.server.catalogue;

import java.util.List;

/**
 * One catalogue record: the ObsCore view of a corpus object plus its cloud copies.
 *
 * <p>Values come from the corpus manifest, except the derived ones documented in
 * reference-server/README.md (resolution, resolving power, polarization, pixel grid), some of
 * which are deliberately null so that "null metadata never matches" can be exercised.
 *
 * @param index position in the manifest, 0-based
 * @param obsId observation id (the corpus object id)
 * @param publisherDid IVOA publisher DID, also the DataLink ID
 * @param path corpus path, used as the HTTP path below /data/ and as the S3 key
 * @param collection obs_collection
 * @param facility facility_name
 * @param instrument instrument_name
 * @param filter band pass name from the FITS header
 * @param target target_name
 * @param ra s_ra, degrees
 * @param dec s_dec, degrees
 * @param fov s_fov, degrees (footprint = circle of radius fov/2)
 * @param emMin em_min, metres
 * @param emMax em_max, metres
 * @param tMin t_min, MJD
 * @param tMax t_max, MJD
 * @param exptime t_exptime, seconds
 * @param dataproductType dataproduct_type
 * @param calibLevel calib_level
 * @param size bytes of the product
 * @param pixels nominal pixels along each image axis (s_xel1 = s_xel2)
 * @param sResolution s_resolution in arcsec, or null
 * @param emResPower em_res_power, or null
 * @param tResolution t_resolution in seconds, or null
 * @param polStates pol_states (e.g. {@code /I/}), or null
 * @param oUcd o_ucd
 * @param copies cloud copies, preferred first; empty = no cloud copy (null cell)
 */
public record Product(
    int index,
    String obsId,
    String publisherDid,
    String path,
    String collection,
    String facility,
    String instrument,
    String filter,
    String target,
    double ra,
    double dec,
    double fov,
    double emMin,
    double emMax,
    double tMin,
    double tMax,
    double exptime,
    String dataproductType,
    int calibLevel,
    long size,
    int pixels,
    Double sResolution,
    Double emResPower,
    Double tResolution,
    String polStates,
    String oUcd,
    List<CloudCopy> copies) {

  public Product {
    copies = List.copyOf(copies);
  }

  /** The MIME type of every product (FITS). */
  public static final String FORMAT = "image/fits";

  /** @return access_estsize in kbyte, rounded like the corpus responses */
  public long estsizeKbyte() {
    return Math.round(size / 1024.0);
  }

  /** @return the pol_states entries without the surrounding slashes; empty when null */
  public List<String> polStateList() {
    if (polStates == null) {
      return List.of();
    }
    return List.of(polStates.replaceAll("^/|/$", "").trim().split("\\s+"));
  }
}
