package io.github.cloudaccess.validator.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AwsLocation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The listing sweep against an in-memory bucket that lists the way S3 does. */
class ListingSweepTest {

  /** S3's order, implemented independently of {@link KeyOrder}: unsigned UTF-8 bytes. */
  private static final Comparator<String> BYTES = (a, b) -> Arrays.compareUnsigned(
      a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  /** A bucket answering ListObjectsV2 pages of at most 1,000 keys; counts the pages. */
  private static final class Bucket implements ListingSweep.Lister {
    final NavigableSet<String> keys = new TreeSet<>(BYTES);
    int failAtPage = -1;
    int pages;

    @Override
    public S3Answer page(String prefix, String startAfter) {
      pages++;
      if (pages == failAtPage) {
        return new S3Answer(pages == 1 ? 403 : 500, null, null, -1, null, null, null, null,
            null, false);
      }
      List<S3Answer.Listed> out = new ArrayList<>();
      NavigableSet<String> tail = startAfter == null ? keys : keys.tailSet(startAfter, false);
      boolean truncated = false;
      for (String k : tail) {
        if (!k.startsWith(prefix)) {
          if (BYTES.compare(k, prefix) > 0) {
            break;
          }
          continue;
        }
        if (out.size() == 1000) {
          truncated = true;
          break;
        }
        out.add(new S3Answer.Listed(k, k.length(), null));
      }
      return new S3Answer(200, null, null, -1, null, null, null,
          new S3Answer.Page(out, truncated), null, false);
    }
  }

  private static List<String> sorted(List<String> keys) {
    return keys.stream().distinct().sorted(KeyOrder.UTF8).toList();
  }

  private static Bucket bucket(int n) {
    Bucket b = new Bucket();
    IntStream.range(0, n).forEach(i -> b.keys.add(String.format("survey/k%06d.fits", i)));
    return b;
  }

  @Test
  void denseKeysCostAboutOnePagePerThousand() {
    Bucket b = bucket(5_000);
    List<String> wanted = new ArrayList<>(b.keys);
    IntStream.range(0, 20).forEach(i -> wanted.add(String.format("survey/k%06dx.fits", i * 200)));
    ListingSweep.Result r = ListingSweep.sweep(sorted(wanted), b);
    assertThat(r.found()).hasSize(5_000);
    assertThat(r.missing()).hasSize(20);
    assertThat(r.unresolved()).isEmpty();
    assertThat(r.pages()).isBetween(5, 6);
  }

  @Test
  void sparseKeysStopTheSweepAfterOnePage() {
    Bucket b = bucket(10_000);
    List<String> wanted = IntStream.range(0, 5)
        .mapToObj(i -> String.format("survey/k%06d.fits", i * 2_000)).toList();
    ListingSweep.Result r = ListingSweep.sweep(sorted(wanted), b);
    assertThat(r.pages()).isEqualTo(1);
    assertThat(r.found()).hasSize(1);
    assertThat(r.unresolved()).hasSize(4);
  }

  @Test
  void distantClustersAreReachedByJumping() {
    Bucket b = bucket(60_000);
    List<String> wanted = new ArrayList<>();
    IntStream.range(0, 1_000).forEach(i -> wanted.add(String.format("survey/k%06d.fits", i)));
    IntStream.range(50_000, 51_000)
        .forEach(i -> wanted.add(String.format("survey/k%06d.fits", i)));
    ListingSweep.Result r = ListingSweep.sweep(sorted(wanted), b);
    assertThat(r.found()).hasSize(2_000);
    assertThat(r.pages()).isEqualTo(2);
  }

  @Test
  void keysOutsideTheBasicPlaneKeepS3Order() {
    Bucket b = new Bucket();
    List<String> names = new ArrayList<>();
    for (String s : List.of("a", "\uFF21", "\uD83D\uDE00", "\uE000", "z", "\u00E9", "~")) {
      for (int i = 0; i < 300; i++) {
        names.add("d/" + s + i);
      }
    }
    b.keys.addAll(names);
    List<String> wanted = new ArrayList<>(names);
    wanted.add("d/\uD83D\uDE00x");
    ListingSweep.Result r = ListingSweep.sweep(sorted(wanted), b);
    assertThat(r.found()).hasSize(names.size());
    assertThat(r.missing()).containsExactly("d/\uD83D\uDE00x");
    assertThat(r.unresolved()).isEmpty();
  }

  @Test
  void refusedListingLeavesEverythingToHead() {
    Bucket b = bucket(100);
    b.failAtPage = 1;
    ListingSweep.Result r = ListingSweep.sweep(sorted(new ArrayList<>(b.keys)), b);
    assertThat(r.refusal()).isNotNull();
    assertThat(r.unresolved()).hasSize(100);
  }

  @Test
  void failureMidwayKeepsWhatWasSettled() {
    Bucket b = bucket(3_000);
    b.failAtPage = 2;
    ListingSweep.Result r = ListingSweep.sweep(sorted(new ArrayList<>(b.keys)), b);
    assertThat(r.refusal()).isNull();
    assertThat(r.found()).hasSize(1_000);
    assertThat(r.unresolved()).hasSize(2_000);
  }

  @Test
  void largeGroupsAreSplitByDirectoryToListInParallel() {
    BucketInfo bucket = new BucketInfo(BucketInfo.Existence.EXISTS, "us-east-1", "HTTP 200");
    List<AwsItem> items = new ArrayList<>();
    for (int d = 0; d < 3; d++) {
      for (int i = 0; i < 1_000; i++) {
        items.add(item(items.size(), String.format("s/%02d/k%04d", d, i), bucket));
      }
    }
    for (int i = 0; i < 10; i++) {
      items.add(item(items.size(), "s/99/k" + i, bucket));
      items.add(item(items.size(), "s/top" + i, bucket));
    }
    items.add(item(items.size(), "/s/slash", bucket));
    items.add(item(items.size(), "other-bucket-key", new BucketInfo(
        BucketInfo.Existence.EXISTS, "us-east-1", "HTTP 200"), "other"));
    List<Integer> sizes = ListingPlanner.groups(items).stream().map(List::size).toList();
    assertThat(sizes).containsExactlyInAnyOrder(1_000, 1_000, 1_000, 20);
  }

  private static AwsItem item(int index, String key, BucketInfo bucket) {
    return item(index, key, bucket, "b-1");
  }

  private static AwsItem item(int index, String key, BucketInfo bucket, String name) {
    ObjectRef ref = Refs.aws(index + 1, name, key, "us-east-1", Access.OPEN);
    return new AwsItem(index, ref, (AwsLocation) ref.location(), bucket);
  }

  @Test
  void commonPrefixAndJustBeforeRespectCodePoints() {
    assertThat(KeyOrder.commonPrefix(List.of("a/b/c1", "a/b/c2", "a/b/d"))).isEqualTo("a/b/");
    assertThat(KeyOrder.commonPrefix(List.of("x\uD83D\uDE00", "x\uD83D\uDE01"))).isEqualTo("x");
    assertThat(KeyOrder.justBefore("ab\uD83D\uDE00")).isEqualTo("ab");
    assertThat(KeyOrder.justBefore("a")).isNull();
    assertThat(KeyOrder.compare("\uD83D\uDE00", "\uE000")).isPositive();
    assertThat("\uD83D\uDE00".compareTo("\uE000")).as("UTF-16 order differs").isNegative();
  }
}
