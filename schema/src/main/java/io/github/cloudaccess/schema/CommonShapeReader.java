package io.github.cloudaccess.schema;

import static io.github.cloudaccess.schema.CommonShapes.ACCESS_NAMES;
import static io.github.cloudaccess.schema.CommonShapes.ACCESS_SLOT;
import static io.github.cloudaccess.schema.CommonShapes.AWS;
import static io.github.cloudaccess.schema.CommonShapes.GOOGLE;
import static io.github.cloudaccess.schema.CommonShapes.KEY_SLOT;
import static io.github.cloudaccess.schema.CommonShapes.MEMBERS;
import static io.github.cloudaccess.schema.CommonShapes.PROVIDERS;
import static io.github.cloudaccess.schema.CommonShapes.REGIONS;
import static io.github.cloudaccess.schema.CommonShapes.REGION_SLOT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fast path: reads the common shapes of a {@code cloud_access} value straight from the text
 * into the model, and returns the result only when its own checks prove that the full path
 * ({@link CloudAccessParser#parseFull}) would return exactly the same one; otherwise it returns
 * null and the caller takes the full path.
 *
 * <p>Accepted: a root object of distinct known providers ({@code aws}, {@code google},
 * {@code azure}), each holding a non-empty array of location objects or (lenient only) one
 * location object; every location member is a canonical name of its provider, written once,
 * with a string value that passes {@link ValueRules}; the required members are present (in
 * strict also AWS {@code region} and {@code access}). Under those conditions the tree reader
 * reports nothing, the schema reports no error, and the location walk reports only what this
 * class reports through the same methods: W-CLD-DICT, W-CLD-NREG, I-CLD-NACC, W-CLD-ANON and the
 * key hygiene warnings. They are added in document order, which is the order the full path sorts
 * them into. Everything else (legacy names, {@code uri}, unknown members or providers, empty
 * containers, other JSON types, duplicates, odd text) falls back. One instance reads one value.
 */
final class CommonShapeReader {

  /** Longer text goes to the full path; the fast path's own bounds stay far inside {@link ParserLimits}. */
  static final int MAX_TEXT_CHARS = 64 * 1024;

  /** More locations under one provider go to the full path, keeping token counts far below the bound. */
  static final int MAX_LOCATIONS = 64;

  private final JsonCursor in;
  private final Profile profile;
  private final ProblemList sink = new ProblemList();
  /** The first location, and all of them once there is a second (most values hold one). */
  private Location first;
  private List<Location> all;

  /** The location being read: values by member slot, where key and access stand, the shared region. */
  private final String[] values = new String[5];
  private int keyPosition;
  private int accessPosition;
  private Optional<String> knownRegion;

  private CommonShapeReader(String text, Profile profile) {
    this.in = new JsonCursor(text);
    this.profile = profile;
  }

  /**
   * @param text the cell text, not null
   * @param profile the profile to check against
   * @return the result the full path would return, or null when this reader cannot prove it
   */
  static ParseResult read(String text, Profile profile) {
    if (text.length() > MAX_TEXT_CHARS) {
      return null;
    }
    return new CommonShapeReader(text, profile).root();
  }

  private ParseResult root() {
    if (!in.consume('{')) {
      return null;
    }
    int seen = 0;
    do {
      int provider = in.memberName(PROVIDERS);
      if (provider < 0 || (seen & (1 << provider)) != 0 || !container(provider)) {
        return null;
      }
      seen |= 1 << provider;
    } while (in.consume(','));
    if (!in.consume('}') || !in.atEnd()) {
      return null;
    }
    CloudAccess value = new CloudAccess(all != null ? all : List.of(first));
    return new ParseResult(Optional.of(value), sink.inOrder());
  }

  /** Reads one provider's value: a non-empty array of locations, or one location (lenient). */
  private boolean container(int provider) {
    if (in.consume('[')) {
      int index = 0;
      do {
        if (index == MAX_LOCATIONS || !in.consume('{') || !location(provider, index)) {
          return false;
        }
        index++;
      } while (in.consume(','));
      return in.consume(']');
    }
    if (profile == Profile.STRICT || !in.consume('{') || in.peek() == '}') {
      return false;
    }
    LocationReader.reportDictForm(CommonShapes.pointer(provider, -1), sink);
    return location(provider, -1);
  }

  /** Reads one location object (its opening brace already consumed), checks it and adds it. */
  private boolean location(int provider, int index) {
    if (!members(provider)) {
      return false;
    }
    String pointer = CommonShapes.pointer(provider, index);
    Location location = switch (provider) {
      case AWS -> aws(pointer);
      case GOOGLE -> google(pointer);
      default -> azure(pointer);
    };
    if (location == null) {
      return false;
    }
    reportKeyAndAccess(provider, index, pointer);
    if (first == null) {
      first = location;
    } else {
      if (all == null) {
        all = new ArrayList<>(4);
        all.add(first);
      }
      all.add(location);
    }
    return true;
  }

  /** Reads the members into {@link #values}; false on anything but distinct canonical names with string values. */
  private boolean members(int provider) {
    Arrays.fill(values, null);
    knownRegion = null;
    int position = 0;
    do {
      int slot = in.memberName(MEMBERS[provider]);
      if (slot < 0 || values[slot] != null) {
        return false;
      }
      String value;
      if (slot == ACCESS_SLOT[provider]) {
        int a = in.knownString(ACCESS_NAMES);
        value = a < 0 ? null : ACCESS_NAMES[a];
        accessPosition = position;
      } else if (slot == REGION_SLOT[provider]) {
        value = region(provider);
      } else {
        value = in.string();
        if (slot == KEY_SLOT[provider]) {
          keyPosition = position;
        }
      }
      if (value == null) {
        return false;
      }
      values[slot] = value;
      position++;
    } while (in.consume(','));
    return in.consume('}');
  }

  /** Reads a region value, sharing the instance of a frequent spelling. */
  private String region(int provider) {
    int r = in.knownString(REGIONS[provider]);
    if (r < 0) {
      return in.string();
    }
    knownRegion = CommonShapes.knownRegion(provider, r);
    return REGIONS[provider][r];
  }

  private Optional<String> region(String region) {
    return knownRegion != null ? knownRegion : Optional.ofNullable(region);
  }

  private Location aws(String pointer) {
    String bucket = values[0];
    String key = values[1];
    String region = values[2];
    String access = values[3];
    if (bucket == null || key == null || (profile == Profile.STRICT && (region == null || access == null))
        || !ValueRules.s3BucketName(bucket) || !ValueRules.objectKey(key)
        || (region != null && knownRegion == null && !ValueRules.awsRegion(region))) {
      return null;
    }
    if (region == null) {
      AwsEntryReader.reportMissingRegion(pointer, sink);
    }
    if (access == null) {
      AwsEntryReader.reportMissingAccess(pointer, sink);
    }
    return new AwsLocation(bucket, key, region(region), CommonShapes.access(access), Optional.empty(), pointer);
  }

  private Location google(String pointer) {
    String bucket = values[0];
    String object = values[1];
    String region = values[2];
    if (bucket == null || object == null || !ValueRules.gcsBucketName(bucket) || !ValueRules.objectKey(object)
        || (region != null && knownRegion == null && !ValueRules.gcsLocation(region))) {
      return null;
    }
    return new GoogleLocation(bucket, object, region(region), CommonShapes.access(values[3]), pointer);
  }

  private Location azure(String pointer) {
    String account = values[0];
    String container = values[1];
    String blob = values[2];
    String region = values[3];
    if (account == null || container == null || blob == null || !ValueRules.azureAccountName(account)
        || !ValueRules.azureContainerName(container) || !ValueRules.objectKey(blob)
        || (region != null && knownRegion == null && !ValueRules.azureRegion(region))) {
      return null;
    }
    return new AzureLocation(account, container, blob, region(region), CommonShapes.access(values[4]), pointer);
  }

  /**
   * Reports W-CLD-ANON and the key warnings in the order their members appear, which is where the
   * full path's document-order sort puts them (after the location's own NREG and NACC).
   */
  private void reportKeyAndAccess(int provider, int index, String pointer) {
    String access = values[ACCESS_SLOT[provider]];
    boolean accessFirst = access != null && accessPosition < keyPosition;
    if (accessFirst) {
      Members.reportAccessNone(access, pointer, sink);
    }
    NameChecks.checkHygiene(values[KEY_SLOT[provider]], CommonShapes.keyPointer(provider, index), sink);
    if (!accessFirst) {
      Members.reportAccessNone(access, pointer, sink);
    }
  }
}
