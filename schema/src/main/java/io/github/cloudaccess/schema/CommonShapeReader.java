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
 * <p>Accepted: {@code {}}, or a root object of distinct known providers ({@code aws},
 * {@code google}, {@code azure}), each holding a non-empty array of location objects or one
 * location object; every location member is a canonical name of its provider, written once,
 * with a string value that passes {@link ValueRules}; the members required by the lenient
 * profile are present. Under those conditions the tree reader reports nothing, and the location
 * walk reports only what this class reports through the same methods: W-CLD-EMTY, W-CLD-DICT,
 * W-CLD-NREG, I-CLD-NACC, W-CLD-ANON and the key hygiene warnings. The schema reports nothing in
 * lenient; in strict it reports exactly the errors the strict profile adds to such values, which
 * this class adds with the same sentences: E-CLD-SCHM for {@code {}} ({@code minProperties}),
 * E-CLD-TYPE for the dict form, E-CLD-REQM for the first of AWS {@code region}, {@code access}
 * that is missing (the full path keeps one problem per kind and pointer). Problems are added in
 * document order, which is the order the full path sorts them into. Everything else (legacy
 * names, {@code uri}, unknown members or providers, empty containers, other JSON types,
 * duplicates, odd text) falls back. One instance reads one value.
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
    if (in.consume('}')) {
      return in.atEnd() ? emptyObject() : null;
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

  /** The value {@code {}}: no location; strict also breaks {@code minProperties}. */
  private ParseResult emptyObject() {
    CloudAccessParser.reportEmptyObject(sink);
    if (profile == Profile.STRICT) {
      sink.add(ProblemKind.SCHEMA_VIOLATION, "", SchemaMessages.tooFewMembers("1"), null);
    }
    return new ParseResult(Optional.of(new CloudAccess(List.of())), sink.inOrder());
  }

  /** Reads one provider's value: a non-empty array of locations, or one location. */
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
    return in.consume('{') && in.peek() != '}' && location(provider, -1);
  }

  /** Reads one location object (its opening brace already consumed), checks it and adds it. */
  private boolean location(int provider, int index) {
    if (!members(provider)) {
      return false;
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
      return false;
    }
    if (profile == Profile.STRICT) {
      reportStrictErrors(provider, index, pointer);
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
