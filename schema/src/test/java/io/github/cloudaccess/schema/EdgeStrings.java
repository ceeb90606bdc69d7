package io.github.cloudaccess.schema;

import java.util.ArrayList;
import java.util.List;

/**
 * Edge-case strings for each kind of member value: on and around every boundary of the schema's
 * patterns and of the parser's own key checks. Shared by the fast-path equivalence and value-rule
 * tests.
 */
final class EdgeStrings {

  private EdgeStrings() {}

  static final List<String> BUCKETS = List.of(
      "nasa-irsa-euclid-q1", "stpubdata", "abc", "ab", "a", "", "a".repeat(63), "a".repeat(64),
      "a".repeat(62) + "-", "Abc", "stPubdata", "ab_c", "a..b", "a.-b", "a-.b", "a.b.c", "-abc", "abc-", ".abc",
      "abc.", "192.168.1.1", "1.2.3.4", "1.2.3", "1234.1.1.1", "1.2.3.4.5", "1.2.3.a", "01.02.03.04",
      "xn--abc", "xn-abc", "sthree-abc", "sthree", "amzn-s3-demo-x", "amzn-s3-demo", "abc-s3alias",
      "abc--ol-s3", "abc.mrap", "abc--x-s3", "abc--table-s3", "abc-s3", "ab c", "abc\n", "abc\u2028",
      "abc\u0085", "\u00e9bc", "abc\t", "a&b", "goog-bucket", "googlebucket", "my-g00gle-b", "my-go0gle",
      "a_b", "a__b", "a-b", "a--b", "abc\u0000", "ab\\c", "ab/c", "ab\"c", "9ab", "ab9");

  static final List<String> REGIONS = List.of(
      "us-east-1", "us-west-2", "eu-central-1", "us-east1", "us-east2", "us-east-10", "us-east-100",
      "US-EAST-1", "us-gov-west-1", "us-iso-east-1", "us-isob-east-1", "us-isobc-east-1", "us-gov-1",
      "us-gov-gov-1", "us-iso-1", "u-east-1", "use-east-1", "us--1", "us-east-", "us-east-1 ", " us-east-1",
      "cn-northwest-1", "us-e-1", "us-1", "us-a-b-c-1", "us-central1", "us-central12", "us-central123",
      "europe-west4", "europe-west-4", "Europe-west4", "US", "EU", "ASIA", "NAM4", "NAM45", "ASIAS", "A",
      "ABCDE", "us", "eastus", "eastus2", "eastus22", "EastUS", "westeurope", "", "us-east-1\n",
      "us-east-1\u2028", "us-east-\u0661", "eastus\u00e9", "us-east-1a");

  static final List<String> ACCESS = List.of(
      "open", "region", "restricted", "none", "public", "Open", "", "open ", "NONE", "opened");

  static final List<String> KEYS = keys();

  /** Container and account names (Azure) and GCS bucket names beyond the S3 ones. */
  static final List<String> NAMES = List.of(
      "acct", "ab", "abc", "a".repeat(24), "a".repeat(25), "a-b", "abc-def", "abc--def", "-abc", "abc-",
      "a".repeat(63), "a".repeat(64), "cont", "hst-public", "Cont", "a.b", "a_b", "ab.cd.ef",
      ("a".repeat(63) + ".").repeat(3) + "a".repeat(29), ("a".repeat(63) + ".").repeat(3) + "a".repeat(30),
      "a".repeat(64) + ".b", "a." + "b".repeat(63), "a..b", "my.bucket", "g00gle", "xgoogley", "goo",
      "10.0.0.1", "a_", "_a");

  private static List<String> keys() {
    List<String> k = new ArrayList<>(List.of(
        "a", "", ".", "..", "...", "./a", "../a", "a/.", "a/..", "a/./b", "a/../b", "a/.../b", ".a", "a.", "a/.b",
        "/a", "a//b", "a/", "//", "/", "///a", "a b", "a\\b", "a%20b", "a%2", "a%zz", "a%2G", "%41", "a\u0000b",
        "a\tb", "a\u001fb", "a\u007fb", "a\u0080b", "a\u0085b", "a\u2028b", "a\u2029b", "a\ufffeb", "a\uffff", "\ufeffa", "a\u00a0b", "a\nb", "a\rb", ".\n",
        "a/.\u2028", "\u00e9/\u00fc", "\u65e5\u672c", "\ud83d\ude00", "\ud83d", "a\ude00", "a&amp;b", "a&b",
        "a\"b", "a/b\\/c", "q1/MER/102158277/VIS/EUC_MER_BGSUB-MOSAIC-VIS_TILE102158277-A3C9A5_20241023T213456"
            + ".794914Z_00.00.fits", "hst/public/jbev/jbeveo010/jbeveo010_drz.fits", "/FTP/chandra//x.fits/"));
    k.add("a".repeat(1024));
    k.add("a".repeat(1025));
    k.add("\u00e9".repeat(512));
    k.add("\u00e9".repeat(513));
    k.add("\u65e5".repeat(341) + "a");
    k.add("\u65e5".repeat(342));
    k.add("\ud83d\ude00".repeat(256));
    k.add("\ud83d\ude00".repeat(256) + "a");
    k.add("a".repeat(5000));
    return List.copyOf(k);
  }

  /** @return every edge string of every kind */
  static List<String> all() {
    List<String> all = new ArrayList<>();
    all.addAll(BUCKETS);
    all.addAll(REGIONS);
    all.addAll(ACCESS);
    all.addAll(KEYS);
    all.addAll(NAMES);
    return all;
  }
}
