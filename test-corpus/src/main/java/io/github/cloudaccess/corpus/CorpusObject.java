package io.github.cloudaccess.corpus;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * One fictional data product from {@code objects/manifest.json}; its bytes are generated (fits-v1),
 * never stored.
 *
 * @param id the object identifier, e.g. {@code obj-0001} (also the ObsCore obs_id)
 * @param path the relative path, {@code <collection>/<file>.fits}; the corpus responses use it as
 *     the S3 key
 * @param collection the collection, e.g. {@code hst-sim}
 * @param facility the facility (TELESCOP)
 * @param instrument the instrument (INSTRUME)
 * @param target the target name (OBJECT)
 * @param ra ICRS right ascension of the centre, degrees
 * @param dec ICRS declination of the centre, degrees
 * @param fov diameter of the covered region, degrees
 * @param emMin minimum vacuum wavelength, metres
 * @param emMax maximum vacuum wavelength, metres
 * @param tMin start time, MJD
 * @param tMax stop time, MJD
 * @param exptime exposure time, seconds
 * @param dataproductType the ObsCore dataproduct_type ({@code image})
 * @param calibLevel the ObsCore calib_level, 0 to 3
 * @param blocks the file size in 2880-byte FITS blocks (one header block plus data blocks)
 * @param seed the seed of the data byte generator
 * @param size the file size in bytes, as recorded in the manifest
 * @param sha256 the lower-case hex SHA-256 of the file, as recorded in the manifest
 * @param filter the band name (FILTER); an addition to the corpus format, hence last
 */
public record CorpusObject(
    String id,
    String path,
    String collection,
    String facility,
    String instrument,
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
    int blocks,
    long seed,
    long size,
    String sha256,
    String filter) {

  /** @return the generated file (fits-v1); compare with {@link #size()} and {@link #sha256()} */
  public byte[] bytes() {
    return FitsGenerator.generate(this);
  }

  /**
   * Streams the generated file. The objects are a few blocks each, so the bytes are generated up
   * front.
   *
   * @return a fresh stream over {@link #bytes()}
   */
  public InputStream openStream() {
    return new ByteArrayInputStream(bytes());
  }
}
