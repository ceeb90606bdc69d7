package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups the S3 references that need existence and size only by bucket, region, signing and
 * access class, and settles each group by a {@link ListingSweep} plus one spot check.
 *
 * <p>Listing proves existence and size, not readability; so one object per group is asked the
 * way its access class says (anonymous HEAD for {@code open}), and only when that succeeds do the
 * group's other listed objects inherit "found". Otherwise they are left to one HEAD each.
 * Known limit: an object whose ACL differs from its listed neighbours' is seen only with
 * {@link ListingMode#NEVER}. Keys with a leading {@code /} are left to HEAD, which can say
 * whether the key without it exists.
 */
final class ListingPlanner {

  /** Fewer distinct keys than this are not worth a listing (it costs a spot check too). */
  static final int MIN_KEYS = 4;
  /** A path segment with at least a page of keys is listed on its own, in parallel. */
  static final int SPLIT_KEYS = 1000;

  private final S3Calls calls;
  private final S3Probe probe;

  ListingPlanner(S3Calls calls, S3Probe probe) {
    this.calls = calls;
    this.probe = probe;
  }

  /** Items listed together: same bucket, region, signing and access class. */
  private record GroupKey(String bucket, String region, boolean signed, Access access) {}

  /**
   * @param items eligible items (S3, bucket not missing, no bytes needed, not {@code none})
   * @return the groups worth a listing
   */
  static Collection<List<AwsItem>> groups(List<AwsItem> items) {
    Map<GroupKey, List<AwsItem>> groups = new LinkedHashMap<>();
    for (AwsItem item : items) {
      if (item.location().key().startsWith("/")) {
        continue;
      }
      Access access = item.location().access().orElse(null);
      String region = item.bucket().region() != null ? item.bucket().region()
          : item.location().region().filter(S3Clients::usable).orElse(S3Clients.DEFAULT_REGION);
      groups.computeIfAbsent(new GroupKey(item.location().bucketName(), region,
          access == Access.RESTRICTED, access), k -> new ArrayList<>()).add(item);
    }
    List<List<AwsItem>> out = new ArrayList<>();
    for (List<AwsItem> g : groups.values()) {
      split(g, out);
    }
    return out.stream().filter(g -> distinctKeys(g) >= MIN_KEYS).toList();
  }

  /**
   * Splits a large group by the path segment after its common prefix: a segment holding at least
   * a page of keys becomes a group of its own, so that its pages are listed in parallel with the
   * others' (a sweep's pages are sequential); the rest stay together. Costs no extra requests.
   */
  private static void split(List<AwsItem> group, List<List<AwsItem>> out) {
    if (distinctKeys(group) < 2 * SPLIT_KEYS) {
      out.add(group);
      return;
    }
    List<String> sorted = group.stream().map(i -> i.location().key()).distinct()
        .sorted(KeyOrder.UTF8).toList();
    int cut = KeyOrder.commonPrefix(sorted).length();
    Map<String, List<AwsItem>> bySegment = new LinkedHashMap<>();
    for (AwsItem item : group) {
      String key = item.location().key();
      int slash = key.indexOf('/', cut);
      bySegment.computeIfAbsent(slash < 0 ? key : key.substring(0, slash + 1),
          k -> new ArrayList<>()).add(item);
    }
    List<AwsItem> rest = new ArrayList<>();
    for (List<AwsItem> part : bySegment.values()) {
      if (distinctKeys(part) >= SPLIT_KEYS && part.size() < group.size()) {
        split(part, out);
      } else {
        rest.addAll(part);
      }
    }
    if (!rest.isEmpty()) {
      out.add(rest);
    }
  }

  private static long distinctKeys(List<AwsItem> group) {
    return group.stream().map(i -> i.location().key()).distinct().count();
  }

  /**
   * @param group items of one group
   * @return the states of the items settled, by batch index; the others are left to HEAD
   */
  Map<Integer, CloudState> settle(List<AwsItem> group) {
    AwsItem first = group.get(0);
    TreeSet<String> sorted = new TreeSet<>(KeyOrder.UTF8);
    group.forEach(i -> sorted.add(i.location().key()));
    String region = first.bucket().region() != null ? first.bucket().region()
        : first.location().region().filter(S3Clients::usable).orElse(S3Clients.DEFAULT_REGION);
    S3Calls.Target at = new S3Calls.Target(first.location().bucketName(), region,
        first.location().access().orElse(null) == Access.RESTRICTED,
        Boolean.TRUE.equals(first.bucket().requesterPays()));
    ListingSweep.Result r = ListingSweep.sweep(List.copyOf(sorted),
        (prefix, after) -> calls.list(at, prefix, after));
    Map<Integer, CloudState> settled = new HashMap<>();
    if (r.refusal() != null) {
      return settled;
    }

    /* Spot check: does the access class hold for a listed object? */
    CloudState spot = null;
    AwsItem spotItem = null;
    for (AwsItem item : group) {
      if (r.found().containsKey(item.location().key())) {
        spotItem = item;
        spot = probe.probe(item.location(), item.bucket(), false);
        settled.put(item.index(), spot);
        break;
      }
    }
    boolean inherit = spot != null && spot.found();
    for (AwsItem item : group) {
      String key = item.location().key();
      if (item == spotItem) {
        continue;
      }
      if (r.missing().contains(key)) {
        settled.put(item.index(), CloudState.of(CloudState.Kind.MISSING_KEY,
            "not in the bucket listing"));
      } else if (inherit && r.found().containsKey(key)) {
        S3Answer.Listed e = r.found().get(key);
        CloudState s = CloudState.found(e.size(), Digests.md5FromEtag(e.etag()), null, null,
            "listed");
        settled.put(item.index(), spot.requesterPays() ? s.asRequesterPays() : s);
      }
    }
    return settled;
  }
}
