package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.GoogleLocation;
import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.schema.OtherLocation;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, for one location, whether it is routed (and with which rank and authentication) or
 * skipped (and why). Checks run in this order, the first that fails names the skip reason:
 * on-prem-only, provider requested, provider supported, {@code access} understood,
 * {@code access: none}, bucket/key usable,
 * not a duplicate, then region (for {@code region}) or credentials (for {@code restricted}).
 */
final class LocationRules {

  /** Rank of anonymous routes to {@code open} locations. */
  static final int RANK_OPEN = 0;
  /** Rank of anonymous routes to locations that do not declare {@code access}. */
  static final int RANK_UNSPECIFIED = 1;
  /** Rank of anonymous routes to usable {@code region} locations. */
  static final int RANK_REGION = 2;
  /** Rank of signed routes. */
  static final int RANK_SIGNED = 3;

  // Lenient S3 names: the 3-63 char DNS rule plus legacy us-east-1 names (upper case, '_', up to 255).
  private static final Pattern BUCKET = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,253}[A-Za-z0-9]");
  // Azure account names become a host name: nothing but what Azure allows.
  private static final Pattern AZURE_ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
  private static final Pattern AZURE_CONTAINER = Pattern.compile("\\$root|[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
  private static final int MAX_KEY_BYTES = 1024;

  /** A routed location before sorting. */
  record Candidate(Route route, int rank) {}

  private final PlanOptions options;
  private final Set<String> seen = new HashSet<>();

  LocationRules(PlanOptions options) {
    this.options = options;
  }

  /** Adds the location's routes to {@code out} or its skip to {@code skipped}. */
  void apply(Location loc, String rawAccess, List<Candidate> out, List<Skip> skipped) {
    String ptr = loc.pointer();
    if (options.onPremOnly()) {
      skipped.add(new Skip(ptr, SkipReason.ON_PREM_ONLY, "the archive copy only was requested"));
      return;
    }
    if (!options.provider().requests(loc.provider())) {
      boolean unsupported = loc instanceof OtherLocation && options.provider() == ProviderChoice.AUTO;
      skipped.add(new Skip(ptr,
          unsupported ? SkipReason.UNSUPPORTED_PROVIDER : SkipReason.PROVIDER_NOT_REQUESTED,
          "provider " + loc.provider()));
      return;
    }
    if (rawAccess != null && Access.fromWire(rawAccess).isEmpty()) {
      skipped.add(new Skip(ptr, SkipReason.UNKNOWN_ACCESS, "access value not understood"));
      return;
    }
    if (loc.access().orElse(null) == Access.NONE) {
      skipped.add(new Skip(ptr, SkipReason.ACCESS_NONE, "declared not accessible"));
      return;
    }
    Optional<SkipReason> unusable = identityProblem(loc);
    if (unusable.isPresent()) {
      skipped.add(new Skip(ptr, unusable.get(), "cannot be requested safely"));
      return;
    }
    if (!seen.add(identity(loc))) {
      skipped.add(new Skip(ptr, SkipReason.DUPLICATE_LOCATION, "same object as an earlier location"));
      return;
    }
    Optional<Skip> accessSkip = accessProblem(loc);
    if (accessSkip.isPresent()) {
      skipped.add(accessSkip.get());
      return;
    }
    emit(loc, out);
  }

  private Optional<Skip> accessProblem(Location loc) {
    Access access = loc.access().orElse(null);
    String ptr = loc.pointer();
    if (access == Access.REGION) {
      Optional<String> where = region(loc);
      if (where.isEmpty() && !options.acceptCrossRegion()) {
        return Optional.of(new Skip(ptr, SkipReason.REGION_UNKNOWN, "access region without a region"));
      }
      if (where.isPresent() && !inRegion(where.get()) && !options.acceptCrossRegion()) {
        return Optional.of(new Skip(ptr, SkipReason.OUT_OF_REGION, "caller is not in " + where.get()));
      }
    } else if (access == Access.RESTRICTED) {
      if (!(loc instanceof AwsLocation)) {
        return Optional.of(new Skip(ptr, SkipReason.CREDENTIALS_UNSUPPORTED, "only S3 requests are signed"));
      }
      if (!options.credentialsAvailable()) {
        return Optional.of(new Skip(ptr, SkipReason.NO_CREDENTIALS, "restricted and no credentials"));
      }
    }
    return Optional.empty();
  }

  private boolean inRegion(String where) {
    return options.region().map(r -> r.equalsIgnoreCase(where)).orElse(false);
  }

  private void emit(Location loc, List<Candidate> out) {
    Access access = loc.access().orElse(null);
    boolean signedOnly = access == Access.RESTRICTED;
    int anonRank = access == Access.OPEN ? RANK_OPEN : access == Access.REGION ? RANK_REGION : RANK_UNSPECIFIED;
    if (loc instanceof AwsLocation a) {
      // open data is never signed: no identity is sent where none is needed.
      if (!signedOnly) {
        s3Routes(a, AuthMode.ANONYMOUS, anonRank, out);
      }
      if (signedOnly || (access != Access.OPEN && options.credentialsAvailable())) {
        s3Routes(a, AuthMode.SIGNED, RANK_SIGNED, out);
      }
    } else if (loc instanceof GoogleLocation g) {
      out.add(new Candidate(new GoogleRoute(g.bucketName(), g.objectName(), g.access(), g.pointer()), anonRank));
    } else if (loc instanceof AzureLocation z) {
      out.add(new Candidate(
          new AzureRoute(z.accountName(), z.containerName(), z.blobName(), z.access(), z.pointer()), anonRank));
    }
  }

  private void s3Routes(AwsLocation a, AuthMode auth, int rank, List<Candidate> out) {
    String key = a.key();
    boolean slash = key.startsWith("/") && key.length() > 1;
    LeadingSlashPolicy policy = slash ? options.leadingSlash() : LeadingSlashPolicy.LITERAL_ONLY;
    if (policy != LeadingSlashPolicy.STRIPPED_ONLY) {
      out.add(new Candidate(route(a, key, auth, KeyVariant.LITERAL), rank));
    }
    if (policy != LeadingSlashPolicy.LITERAL_ONLY) {
      out.add(new Candidate(route(a, key.substring(1), auth, KeyVariant.LEADING_SLASH_STRIPPED), rank));
    }
  }

  private static S3Route route(AwsLocation a, String key, AuthMode auth, KeyVariant v) {
    return new S3Route(a.bucketName(), key, a.region(), a.access(), auth, v, a.pointer());
  }

  private static Optional<String> region(Location loc) {
    if (loc instanceof AwsLocation a) {
      return a.region();
    } else if (loc instanceof GoogleLocation g) {
      return g.region();
    } else if (loc instanceof AzureLocation z) {
      return z.region();
    }
    return Optional.empty();
  }

  private static Optional<SkipReason> identityProblem(Location loc) {
    if (loc instanceof AwsLocation a) {
      return !ok(BUCKET, a.bucketName()) ? Optional.of(SkipReason.UNUSABLE_BUCKET) : keyProblem(a.key());
    } else if (loc instanceof GoogleLocation g) {
      return !ok(BUCKET, g.bucketName()) ? Optional.of(SkipReason.UNUSABLE_BUCKET) : keyProblem(g.objectName());
    } else if (loc instanceof AzureLocation z) {
      boolean bad = !ok(AZURE_ACCOUNT, z.accountName()) || !ok(AZURE_CONTAINER, z.containerName());
      return bad ? Optional.of(SkipReason.UNUSABLE_BUCKET) : keyProblem(z.blobName());
    }
    return Optional.of(SkipReason.UNSUPPORTED_PROVIDER);
  }

  private static boolean ok(Pattern p, String s) {
    return s != null && p.matcher(s).matches();
  }

  private static Optional<SkipReason> keyProblem(String key) {
    boolean bad = key == null || key.isEmpty() || key.endsWith("/") || key.indexOf('\0') >= 0
        || key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES;
    return bad ? Optional.of(SkipReason.UNUSABLE_KEY) : Optional.empty();
  }

  private static String identity(Location loc) {
    if (loc instanceof AwsLocation a) {
      return "aws\0" + a.bucketName() + "\0" + a.key();
    } else if (loc instanceof GoogleLocation g) {
      return "google\0" + g.bucketName() + "\0" + g.objectName();
    } else if (loc instanceof AzureLocation z) {
      return "azure\0" + z.accountName() + "\0" + z.containerName() + "\0" + z.blobName();
    }
    return loc.provider() + "\0" + loc.pointer();
  }
}
