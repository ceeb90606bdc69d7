package io.github.cloudaccess.schema;

import static io.github.cloudaccess.schema.CommonShapes.ACCESS_NAMES;
import static io.github.cloudaccess.schema.CommonShapes.ACCESS_SLOT;
import static io.github.cloudaccess.schema.CommonShapes.AWS;
import static io.github.cloudaccess.schema.CommonShapes.GOOGLE;
import static io.github.cloudaccess.schema.CommonShapes.KEY_SLOT;
import static io.github.cloudaccess.schema.CommonShapes.MEMBERS;
import static io.github.cloudaccess.schema.CommonShapes.REGIONS;
import static io.github.cloudaccess.schema.CommonShapes.REGION_SLOT;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads one location object for the fast path ({@link CommonShapeReader}): its members into
 * slots, the checks that prove the schema has nothing to say about their values, the model
 * object, and the location's problems in document order (W-CLD-DICT, W-CLD-NREG, I-CLD-NACC, the
 * strict profile's E-CLD-TYPE and E-CLD-REQM, then W-CLD-ANON and the key warnings by member
 * position). One instance serves all the locations of one value, one after the other.
 */
final class CommonLocationReader {

  private final JsonCursor in;
  private final Profile profile;
  private final ProblemList sink;

  /** The location being read: values by member slot, where key and access stand, the shared region. */
  private final String[] values = new String[5];
  private int keyPosition;
  private int accessPosition;
  private Optional<String> knownRegion;

  CommonLocationReader(JsonCursor in, Profile profile, ProblemList sink) {
    this.in = in;
    this.profile = profile;
    this.sink = sink;
  }

  /**
   * Reads one location object, its opening brace already consumed.
   *
   * @param provider {@link CommonShapes#AWS}, {@link CommonShapes#GOOGLE} or {@link CommonShapes#AZURE}
   * @param index the entry's index in the provider's array, or -1 for the dict form
   * @return the location, its problems added to the sink; null when the fast path cannot answer
   */
  Location read(int provider, int index) {
    if (!members(provider)) {
      return null;
    }
    if (index < 0) {
      sink.add(CommonShapes.dictFormWarning(provider));
    }
    String pointer = CommonShapes.pointer(provider, index);
    Location location = switch (provider) {
      case AWS -> aws(pointer, index);
      case GOOGLE -> google(pointer);
      default -> azure(pointer);
    };
    if (location == null) {
      return null;
    }
    if (profile == Profile.STRICT) {
      reportStrictErrors(provider, index, pointer);
    }
    reportKeyAndAccess(provider, index, pointer);
    return location;
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

  private Location aws(String pointer, int index) {
    String bucket = values[0];
    String key = values[1];
    String region = values[2];
    String access = values[3];
    if (bucket == null || key == null || !ValueRules.s3BucketName(bucket) || !ValueRules.objectKey(key)
        || (region != null && knownRegion == null && !ValueRules.awsRegion(region))) {
      return null;
    }
    if (region == null) {
      sink.add(CommonShapes.missingRegion(index));
    }
    if (access == null) {
      sink.add(CommonShapes.missingAccess(index));
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
   * Adds the strict schema's errors at the location itself, after the location walk's NREG and
   * NACC there and in networknt's order: {@code type} of the provider, then {@code required}.
   */
  private void reportStrictErrors(int provider, int index, String pointer) {
    if (index < 0) {
      sink.add(CommonShapes.dictFormError(provider));
    }
    if (provider == AWS && values[REGION_SLOT[AWS]] == null) {
      sink.add(ProblemKind.MISSING_MEMBER, pointer, CommonShapes.MISSING_REGION_SENTENCE, null);
    } else if (provider == AWS && values[ACCESS_SLOT[AWS]] == null) {
      sink.add(ProblemKind.MISSING_MEMBER, pointer, CommonShapes.MISSING_ACCESS_SENTENCE, null);
    }
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
