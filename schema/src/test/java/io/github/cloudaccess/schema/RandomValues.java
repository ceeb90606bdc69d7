package io.github.cloudaccess.schema;

import io.github.cloudaccess.schema.JsonModel.Arr;
import io.github.cloudaccess.schema.JsonModel.Member;
import io.github.cloudaccess.schema.JsonModel.Node;
import io.github.cloudaccess.schema.JsonModel.Obj;
import io.github.cloudaccess.schema.JsonModel.Raw;
import io.github.cloudaccess.schema.JsonModel.Str;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random values: (1) plausible values assembled from provider, member and value pools,
 * mostly well formed so that many reach the fast path in many orders and combinations; (2) text
 * fuzz, a few random character edits of a rendered value.
 */
final class RandomValues {

  private static final List<String> PROVIDERS = List.of("aws", "google", "azure");
  private static final List<String> ODD_PROVIDERS = List.of("gc", "AWS", "prem");

  private static final List<List<String>> MEMBERS = List.of(
      List.of("bucket_name", "key", "region", "access"),
      List.of("bucket_name", "object_name", "region", "access"),
      List.of("account_name", "container_name", "blob_name", "region", "access"));

  private static final List<List<String>> REGIONS = List.of(
      List.of("us-east-1", "us-west-2", "us-gov-east-1", "ap-east-2", "us-isob-east-1"),
      List.of("US", "EU", "europe-west4", "nam4", "us-east1"),
      List.of("eastus", "westeurope", "eastus2"));

  private static final List<String> ODD_MEMBERS = List.of("bucket", "path", "uri", "x", "key", "bucket_name");

  private static final String FUZZ_ALPHABET = "{}[]\",:  \t\n\r\\/.-_aAzZ09&%u\u00e9\u2028'\u000b\f\u00a0\ufeff";

  private final Random random;

  RandomValues(long seed) {
    this.random = new Random(seed);
  }

  /** @return a random value, well formed in most of its parts */
  Node plausible() {
    List<Member> providers = new ArrayList<>();
    List<String> order = new ArrayList<>(PROVIDERS);
    java.util.Collections.shuffle(order, random);
    int n = 1 + random.nextInt(random.nextInt(10) == 0 ? 3 : 2);
    for (int p = 0; p < n; p++) {
      // Mostly distinct known providers; sometimes an unknown or a repeated one.
      String name = random.nextInt(12) == 0 ? pick(ODD_PROVIDERS)
          : random.nextInt(30) == 0 ? pick(PROVIDERS) : order.get(p);
      int kind = name.equals("google") ? 1 : name.equals("azure") ? 2 : 0;
      Node container;
      if (random.nextInt(3) == 0) {
        container = location(kind);
      } else {
        List<Node> locations = new ArrayList<>();
        int count = random.nextInt(20) == 0 ? 0 : 1 + random.nextInt(random.nextInt(8) == 0 ? 20 : 3);
        for (int i = 0; i < count; i++) {
          locations.add(location(kind));
        }
        container = new Arr(locations);
      }
      providers.add(new Member(name, container));
    }
    return new Obj(providers);
  }

  private Node location(int kind) {
    List<String> names = new ArrayList<>(MEMBERS.get(kind));
    java.util.Collections.shuffle(names, random);
    List<Member> members = new ArrayList<>();
    for (String name : names) {
      if (random.nextInt(16) == 0) {
        continue;
      }
      members.add(new Member(random.nextInt(30) == 0 ? pick(ODD_MEMBERS) : name, value(kind, name)));
    }
    return new Obj(members);
  }

  private Node value(int kind, String member) {
    if (random.nextInt(60) == 0) {
      return new Raw(random.nextBoolean() ? "1" : "null");
    }
    boolean edge = random.nextInt(14) == 0;
    return new Str(switch (member) {
      case "bucket_name" -> edge ? pick(EdgeStrings.BUCKETS) : pick(List.of("stpubdata", "nasa-irsa-wise", "a.b-c"));
      case "account_name" -> edge ? pick(EdgeStrings.NAMES) : pick(List.of("acct", "stpubdata2"));
      case "container_name" -> edge ? pick(EdgeStrings.NAMES) : pick(List.of("cont", "hst-data"));
      case "region" -> edge ? pick(EdgeStrings.REGIONS) : pick(REGIONS.get(kind));
      case "access" -> edge ? pick(EdgeStrings.ACCESS) : pick(List.of("open", "region", "restricted", "none"));
      default -> edge ? pick(EdgeStrings.KEYS)
          : pick(List.of("a/b.fits", "/x//y/", "data/%41 b.fits", "\u00e9t\u00e9.fits", "d\u0001x"));
    });
  }

  /** @return {@code text} after one to three random character edits */
  String fuzz(String text) {
    StringBuilder s = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && s.length() > 0; e++) {
      int at = random.nextInt(s.length());
      char c = FUZZ_ALPHABET.charAt(random.nextInt(FUZZ_ALPHABET.length()));
      switch (random.nextInt(4)) {
        case 0 -> s.deleteCharAt(at);
        case 1 -> s.insert(at, c);
        case 2 -> s.setCharAt(at, c);
        default -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(12));
          s.insert(at, s.substring(at, end));
        }
      }
    }
    return s.toString();
  }

  Random random() {
    return random;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }
}
