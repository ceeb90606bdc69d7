package io.github.cloudaccess.server.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The spherical shapes on cases whose answers are known by construction. */
class GeometryTest {

  private static List<Vec3> vertices(double... lonLat) {
    List<Vec3> v = new ArrayList<>();
    for (int i = 0; i < lonLat.length; i += 2) {
      v.add(Vec3.ofRaDec(lonLat[i], lonLat[i + 1]));
    }
    return v;
  }

  @Test
  void angularDistanceIsExactAcrossRaZeroAndThePoles() {
    assertThat(Vec3.ofRaDec(359.5, 0).angleDeg(Vec3.ofRaDec(0.5, 0))).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Vec3.ofRaDec(0, 89.5).angleDeg(Vec3.ofRaDec(180, 89.5))).isCloseTo(1.0,
        org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Vec3.ofRaDec(10, 20).angleDeg(Vec3.ofRaDec(10, 20))).isZero();
  }

  @Test
  void capsIntersectWhenCentresAreWithinTheSumOfRadii() {
    Cap a = Cap.of(10, 0, 1);
    assertThat(a.intersects(Cap.of(11.9, 0, 1))).isTrue();
    assertThat(a.intersects(Cap.of(12.1, 0, 1))).isFalse();
  }

  @Test
  void polygonContainmentDoesNotDependOnVertexOrder() {
    SphericalPolygon ccw = SphericalPolygon.of(vertices(10, 10, 20, 10, 20, 20, 10, 20));
    SphericalPolygon cw = SphericalPolygon.of(vertices(10, 10, 10, 20, 20, 20, 20, 10));
    for (SphericalPolygon p : List.of(ccw, cw)) {
      assertThat(p.contains(Vec3.ofRaDec(15, 15))).isTrue();
      assertThat(p.contains(Vec3.ofRaDec(195, -15))).isFalse();
      assertThat(p.contains(Vec3.ofRaDec(25, 15))).isFalse();
    }
  }

  @Test
  void aPolygonAroundThePoleContainsThePole() {
    SphericalPolygon cap = SphericalPolygon.of(vertices(0, 80, 90, 80, 180, 80, 270, 80));
    assertThat(cap.contains(Vec3.ofRaDec(0, 90))).isTrue();
    assertThat(cap.contains(Vec3.ofRaDec(45, 85))).isTrue();
    assertThat(cap.contains(Vec3.ofRaDec(45, 70))).isFalse();
  }

  @Test
  void aPolygonAcrossRaZeroWorks() {
    SphericalPolygon p = SphericalPolygon.of(vertices(355, -5, 5, -5, 5, 5, 355, 5));
    assertThat(p.contains(Vec3.ofRaDec(0, 0))).isTrue();
    assertThat(p.contains(Vec3.ofRaDec(180, 0))).isFalse();
    assertThat(p.intersects(Cap.of(6, 0, 1.5))).isTrue();
    assertThat(p.intersects(Cap.of(7, 0, 1.5))).isFalse();
  }

  @Test
  void aConcavePolygonExcludesItsNotch() {
    // A "U": the notch between the arms is outside.
    SphericalPolygon u = SphericalPolygon.of(vertices(0, 0, 6, 0, 6, 6, 4, 6, 4, 2, 2, 2, 2, 6,
        0, 6));
    assertThat(u.contains(Vec3.ofRaDec(3, 4))).isFalse();
    assertThat(u.contains(Vec3.ofRaDec(1, 4))).isTrue();
    assertThat(u.contains(Vec3.ofRaDec(3, 1))).isTrue();
  }

  @Test
  void capPolygonRelationsForSia1() {
    SphericalPolygon p = SphericalPolygon.of(vertices(9, -1, 11, -1, 11, 1, 9, 1));
    assertThat(p.encloses(Cap.of(10, 0, 0.5))).isTrue();
    assertThat(p.encloses(Cap.of(10, 0, 1.5))).isFalse();
    assertThat(p.coveredBy(Cap.of(10, 0, 1.5))).isTrue();
    assertThat(p.coveredBy(Cap.of(10, 0, 1.2))).isFalse();
  }

  @Test
  void degenerateEdgesAreRefused() {
    assertThatThrownBy(() -> SphericalPolygon.of(vertices(1, 1, 1, 1, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SphericalPolygon.of(vertices(0, 0, 180, 0, 90, 45)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SphericalPolygon.of(vertices(1, 1, 2, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rangesHandleWrapPolesAndMeridianDistances() {
    LonLatRange wrap = new LonLatRange(350, 10, -5, 5);
    assertThat(wrap.contains(Vec3.ofRaDec(355, 0))).isTrue();
    assertThat(wrap.contains(Vec3.ofRaDec(5, 0))).isTrue();
    assertThat(wrap.contains(Vec3.ofRaDec(180, 0))).isFalse();
    assertThat(wrap.intersects(Cap.of(11, 0, 1.01))).isTrue();
    assertThat(wrap.intersects(Cap.of(11, 0, 0.99))).isFalse();
    LonLatRange polar = new LonLatRange(0, 360, 80, 90);
    assertThat(polar.contains(Vec3.ofRaDec(123, 90))).isTrue();
    assertThat(polar.intersects(Cap.of(0, 79, 1.01))).isTrue();
    assertThat(polar.intersects(Cap.of(0, 78, 1.5))).isFalse();
    // Outside the longitude range, the nearest point is on a bounding meridian.
    LonLatRange box = new LonLatRange(10, 20, -10, 10);
    assertThat(box.distance(Vec3.ofRaDec(22, 0))).isCloseTo(2.0,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(new LonLatRange(0, 10, -90, 90).distance(Vec3.ofRaDec(12, 0)))
        .isCloseTo(2.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void searchBoxRelations() {
    SearchBox box = SearchBox.of(10, 0, 2, 2);
    assertThat(box.overlaps(Cap.of(11.5, 0, 0.6))).isTrue();
    assertThat(box.overlaps(Cap.of(12, 0, 0.5))).isFalse();
    assertThat(box.encloses(Cap.of(10, 0, 0.9))).isTrue();
    assertThat(box.coveredBy(Cap.of(10, 0, 1.5))).isTrue();
    assertThat(box.centerIn(Cap.of(10.2, 0, 0.3))).isTrue();
    SearchBox point = SearchBox.of(10, 0, 0, 0);
    assertThat(point.overlaps(Cap.of(10.1, 0, 0.2))).isTrue();
    assertThat(point.encloses(Cap.of(10, 0, 0.2))).isFalse();
  }
}
