package io.github.cloudaccess.server.geometry;

/**
 * A query region on the sky that can be tested against a record's footprint.
 *
 * <p>Footprints are caps (circles): see {@link Cap}. Each shape answers the three relations SIA
 * needs; the SIA 2.0 POS constraint uses only {@link #intersects(Cap)}.
 */
public sealed interface Shape permits Cap, LonLatRange, SphericalPolygon {

  /** @return true when the shape and the cap share at least one point */
  boolean intersects(Cap footprint);

  /** @return true when the point lies inside the shape or on its boundary */
  boolean contains(Vec3 point);
}
