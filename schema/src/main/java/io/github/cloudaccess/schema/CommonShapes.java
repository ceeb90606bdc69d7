package io.github.cloudaccess.schema;

import java.util.Optional;

/**
 * The fixed tables of the fast path ({@link CommonShapeReader}): provider and member names, and
 * shared instances of the pointers and frequent values it would otherwise build per parse.
 *
 * <p>Sharing is safe because strings, {@link Optional} and the model are immutable, and equal to
 * freshly built ones; it matters because a validator parses millions of cells and the allocation
 * rate, not the work, is what the garbage collector pays for.
 */
final class CommonShapes {

  static final int AWS = 0;
  static final int GOOGLE = 1;
  static final int AZURE = 2;
  static final String[] PROVIDERS = {"aws", "google", "azure"};

  /** Canonical member names per provider; the index is the slot a value is read into. */
  static final String[][] MEMBERS = {
    {"bucket_name", "key", "region", "access"},
    {"bucket_name", "object_name", "region", "access"},
    {"account_name", "container_name", "blob_name", "region", "access"},
  };

  /** Slots of the key-like member (key, object_name, blob_name), region and access, per provider. */
  static final int[] KEY_SLOT = {1, 1, 2};
  static final int[] REGION_SLOT = {2, 2, 3};
  static final int[] ACCESS_SLOT = {3, 3, 4};

  /** The four access spellings, in {@link Access} order. */
  static final String[] ACCESS_NAMES = {"open", "region", "restricted", "none"};

  /** Frequent region spellings per provider; each passes its provider's rule (checked below). */
  static final String[][] REGIONS = {
    {"us-east-1", "us-west-2", "us-east-2", "us-west-1", "eu-west-1", "eu-west-2", "eu-central-1",
      "ap-northeast-1", "ap-southeast-1", "ap-southeast-2", "ap-south-1", "ca-central-1", "sa-east-1",
      "us-gov-west-1"},
    {"US", "EU", "ASIA", "us-central1", "us-east1", "us-east4", "us-west1", "europe-west4"},
    {"eastus", "eastus2", "westus", "westus2", "centralus", "westeurope", "northeurope"},
  };

  /**
   * The strict schema's {@code type} error for a provider holding one object
   * ({@code $defs/awsListStrict} and its google and azure twins say {@code "type": "array"}).
   */
  private static final Problem[] DICT_FORM_ERRORS = new Problem[PROVIDERS.length];

  /** The strict schema's {@code required} sentences for the two AWS members the lenient profile may omit. */
  static final String MISSING_REGION_SENTENCE = SchemaMessages.missingMember("region");
  static final String MISSING_ACCESS_SENTENCE = SchemaMessages.missingMember("access");

  private static final Optional<Access>[] ACCESS_VALUES = optionalAccess();
  private static final Optional<String>[][] REGION_VALUES = optionalRegions();

  /** Pointers built once for the first locations: {@code [provider][0]} the dict form, {@code [provider][i + 1]} entry i. */
  private static final int CACHED = 16;
  private static final String[][] POINTERS = new String[PROVIDERS.length][CACHED + 1];
  private static final String[][] KEY_POINTERS = new String[PROVIDERS.length][CACHED + 1];

  /** The location-level warnings at the cached AWS pointers, and the dict-form warning per provider. */
  private static final Problem[] AWS_MISSING_REGION = new Problem[CACHED + 1];
  private static final Problem[] AWS_MISSING_ACCESS = new Problem[CACHED + 1];
  private static final Problem[] DICT_FORM_WARNINGS = new Problem[PROVIDERS.length];

  static {
    for (int p = 0; p < PROVIDERS.length; p++) {
      DICT_FORM_ERRORS[p] = new Problem(ProblemKind.WRONG_TYPE, buildPointer(p, -1), 0, 0,
          SchemaMessages.wrongType("\"" + PROVIDERS[p] + "\"", "an object", "\"array\""), null);
      for (int i = 0; i <= CACHED; i++) {
        POINTERS[p][i] = buildPointer(p, i - 1);
        KEY_POINTERS[p][i] = JsonPointers.member(POINTERS[p][i], MEMBERS[p][KEY_SLOT[p]]);
      }
      DICT_FORM_WARNINGS[p] = LocationReader.dictFormProblem(POINTERS[p][0]);
    }
    for (int i = 0; i <= CACHED; i++) {
      AWS_MISSING_REGION[i] = AwsEntryReader.missingRegionProblem(POINTERS[AWS][i]);
      AWS_MISSING_ACCESS[i] = AwsEntryReader.missingAccessProblem(POINTERS[AWS][i]);
    }
  }

  /** @return W-CLD-DICT for {@code provider} holding one object, shared */
  static Problem dictFormWarning(int provider) {
    return DICT_FORM_WARNINGS[provider];
  }

  /** @return W-CLD-NREG for AWS location {@code index} (-1 for the dict form), shared when cached */
  static Problem missingRegion(int index) {
    return index < CACHED ? AWS_MISSING_REGION[index + 1]
        : AwsEntryReader.missingRegionProblem(pointer(AWS, index));
  }

  /** @return I-CLD-NACC for AWS location {@code index} (-1 for the dict form), shared when cached */
  static Problem missingAccess(int index) {
    return index < CACHED ? AWS_MISSING_ACCESS[index + 1]
        : AwsEntryReader.missingAccessProblem(pointer(AWS, index));
  }

  private CommonShapes() {}

  /** @return the index of a known provider ({@link #AWS}, {@link #GOOGLE}, {@link #AZURE}), or -1 */
  static int providerIndex(String name) {
    for (int p = 0; p < PROVIDERS.length; p++) {
      if (PROVIDERS[p].equals(name)) {
        return p;
      }
    }
    return -1;
  }

  /** @return the strict profile's error for {@code provider} holding one object instead of an array */
  static Problem dictFormError(int provider) {
    return DICT_FORM_ERRORS[provider];
  }

  /** @return whether {@code region} passes the region rule of {@code provider}'s schema */
  static boolean regionRule(int provider, String region) {
    return switch (provider) {
      case AWS -> ValueRules.awsRegion(region);
      case GOOGLE -> ValueRules.gcsLocation(region);
      default -> ValueRules.azureRegion(region);
    };
  }

  /** @return {@code Optional.of(REGIONS[provider][index])}, shared */
  static Optional<String> knownRegion(int provider, int index) {
    return REGION_VALUES[provider][index];
  }

  /** @return the access class of an {@link #ACCESS_NAMES} entry (empty for null), shared */
  static Optional<Access> access(String name) {
    for (int i = 0; name != null && i < ACCESS_NAMES.length; i++) {
      if (ACCESS_NAMES[i] == name) {
        return ACCESS_VALUES[i];
      }
    }
    return Optional.empty();
  }

  /** @return the pointer of entry {@code index} of the provider's array, or of its dict form for -1 */
  static String pointer(int provider, int index) {
    return index < CACHED ? POINTERS[provider][index + 1] : buildPointer(provider, index);
  }

  /** @return the pointer of the key-like member of that location */
  static String keyPointer(int provider, int index) {
    return index < CACHED ? KEY_POINTERS[provider][index + 1]
        : JsonPointers.member(buildPointer(provider, index), MEMBERS[provider][KEY_SLOT[provider]]);
  }

  private static String buildPointer(int provider, int index) {
    String container = JsonPointers.member("", PROVIDERS[provider]);
    return index < 0 ? container : JsonPointers.index(container, index);
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // arrays of a generic type can only be made raw
  private static Optional<String>[][] optionalRegions() {
    Optional<String>[][] out = new Optional[REGIONS.length][];
    for (int p = 0; p < REGIONS.length; p++) {
      out[p] = new Optional[REGIONS[p].length];
      for (int r = 0; r < REGIONS[p].length; r++) {
        if (!regionRule(p, REGIONS[p][r])) {
          throw new IllegalStateException("Region table entry fails its rule: " + REGIONS[p][r]);
        }
        out[p][r] = Optional.of(REGIONS[p][r]);
      }
    }
    return out;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Optional<Access>[] optionalAccess() {
    Optional<Access>[] out = new Optional[ACCESS_NAMES.length];
    for (int i = 0; i < ACCESS_NAMES.length; i++) {
      out[i] = Optional.of(Access.fromWire(ACCESS_NAMES[i]).orElseThrow());
    }
    return out;
  }
}
