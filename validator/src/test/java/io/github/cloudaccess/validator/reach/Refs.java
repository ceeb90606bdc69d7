package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.validator.CollectingReporter;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/** Builds references and reads findings per row, for the reachability tests. */
final class Refs {

  /** The source name used in positions. */
  static final String SOURCE = "reach-test.vot";

  private Refs() {}

  /**
   * @param row the table row
   * @param bucket bucket
   * @param key key
   * @param region region or null
   * @param access access class or null
   * @return the reference
   */
  static ObjectRef aws(long row, String bucket, String key, String region, Access access) {
    return ObjectRef.of(new Position(SOURCE, 10 + row, 5, row, null),
        new AwsLocation(bucket, key, Optional.ofNullable(region), Optional.ofNullable(access),
            Optional.empty(), "/aws"));
  }

  /**
   * @param reporter the findings
   * @param row a row
   * @return the codes reported at that row
   */
  static Set<Code> codesAt(CollectingReporter reporter, long row) {
    Set<Code> codes = new TreeSet<>();
    for (Finding f : reporter.findings()) {
      if (f.position().row() == row) {
        codes.add(f.code());
      }
    }
    return codes;
  }

  /**
   * @param n size
   * @param seed seed
   * @return reproducible pseudo-random bytes
   */
  static byte[] bytes(int n, long seed) {
    byte[] b = new byte[n];
    new Random(seed).nextBytes(b);
    return b;
  }
}
