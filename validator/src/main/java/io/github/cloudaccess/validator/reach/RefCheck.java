package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.Access;
import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.GoogleLocation;
import io.github.cloudaccess.validator.report.Finding;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks one reference: fetches the start of the on-prem copy (when the reference is among those
 * compared), probes the cloud copy (unless a listing settled it), then judges access, region and
 * consistency. Runs on a worker thread and returns its findings instead of reporting them, so
 * reports keep document order.
 */
final class RefCheck {

  private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

  /**
   * The result for one reference.
   *
   * @param cloud the cloud outcome
   * @param findings what to report, in order
   * @param byListing settled by a listing
   * @param compared the on-prem copy behind access_url was fetched and compared
   */
  record Outcome(CloudState cloud, List<Finding> findings, boolean byListing,
      boolean compared) {}

  private final ReachOptions options;
  private final S3Probe s3;
  private final BlobProbe blobs;
  private final PremProbe prem;

  RefCheck(ReachOptions options, S3Probe s3, BlobProbe blobs, PremProbe prem) {
    this.options = options;
    this.s3 = s3;
    this.blobs = blobs;
    this.prem = prem;
  }

  /**
   * @param ref the reference
   * @param bucket its bucket's facts (S3 only), or {@code null}
   * @param settled its state from a listing, or {@code null}
   * @param evidence what the run shows of the validator's network, for the access_url
   * @param compare fetch the on-prem copy and compare; otherwise the row's own figures
   *     (access_estsize, content_length, the access_url's name) are all the cloud copy is held to
   * @return the outcome
   */
  Outcome run(ObjectRef ref, BucketInfo bucket, CloudState settled, NetworkEvidence evidence,
      boolean compare) {
    List<Finding> out = new ArrayList<>();
    Optional<URI> url = compare ? ref.accessUrl().flatMap(PremProbe::usable) : Optional.empty();
    PremState onPrem = url.map(u -> prem.fetch(u, options.compareBytes() ? Ranges.BLOCK : 1,
        evidence)).orElse(null);
    boolean html = onPrem != null && onPrem.ok() && html(ref, onPrem);
    PremState comparable = html ? null : onPrem; // an HTML page is no copy to compare with
    boolean needBytes = options.compareBytes() && comparable != null && comparable.ok()
        && comparable.head() != null && comparable.head().length > 0;
    CloudState cloud = settled != null ? settled : probe(ref, bucket, needBytes);

    premFindings(ref, onPrem, html, out);
    AccessJudge.judge(ref, cloud, options.inRegion(), out);
    if (ref.location() instanceof AwsLocation a && bucket != null) {
      region(ref, a, bucket, cloud, out);
    }
    if (cloud.found()) {
      ConsistencyRules.check(ref, cloud, comparable, out);
    }
    return new Outcome(cloud, out, settled != null, onPrem != null);
  }

  private CloudState probe(ObjectRef ref, BucketInfo bucket, boolean needBytes) {
    boolean restricted = ref.location().access().orElse(null) == Access.RESTRICTED;
    int n = needBytes ? Ranges.BLOCK : 1;
    if (ref.location() instanceof AwsLocation a) {
      switch (bucket.existence()) {
        case MISSING:
          return CloudState.of(CloudState.Kind.MISSING_BUCKET, bucket.detail());
        case UNADDRESSABLE:
          return CloudState.of(CloudState.Kind.UNADDRESSABLE, bucket.detail());
        default:
          break;
      }
      return restricted && !s3.hasKeys() ? CloudState.of(CloudState.Kind.SKIPPED, "no keys")
          : s3.probe(a, bucket, needBytes);
    }
    if (restricted) {
      return CloudState.of(CloudState.Kind.SKIPPED, "no credentials for this provider");
    }
    if (ref.location() instanceof GoogleLocation g) {
      return blobs.google(g, n);
    }
    if (ref.location() instanceof AzureLocation z) {
      return blobs.azure(z, n);
    }
    return CloudState.of(CloudState.Kind.SKIPPED, "provider " + ref.location().provider());
  }

  private static void premFindings(ObjectRef ref, PremState p, boolean html,
      List<Finding> out) {
    if (p == null) {
      return;
    }
    switch (p.kind()) {
      case BAD_STATUS, UNREACHABLE -> AccessJudge.add(out, ref, ReachCodes.ACCESS_URL,
          "access_url does not deliver the file (" + p.detail() + ")", null);
      case NOT_TESTED -> AccessJudge.add(out, ref, ReachCodes.NETWORK,
          "could not fetch access_url (" + p.detail() + ")", null);
      case OK -> {
        if (html) {
          AccessJudge.add(out, ref, ReachCodes.ACCESS_URL_HTML, "access_url answers with an "
              + "HTML page (" + OneLineText.clip(p.contentType()) + ")", null);
        }
      }
      default -> throw new IllegalStateException(p.kind().name());
    }
  }

  /** An HTML answer where the row does not declare HTML: a login or error page, not the file. */
  private static boolean html(ObjectRef ref, PremState p) {
    String type = ConsistencyRules.base(p.contentType());
    String declared = ConsistencyRules.base(ref.accessFormat().orElse(null));
    return type != null && HTML.contains(type) && (declared == null || !HTML.contains(declared));
  }

  private static void region(ObjectRef ref, AwsLocation a, BucketInfo bucket, CloudState cloud,
      List<Finding> out) {
    String real = bucket.region();
    if (a.region().isPresent() && real != null && !a.region().get().equals(real)) {
      AccessJudge.add(out, ref, ReachCodes.WRONG_REGION, "declared region "
          + OneLineText.clip(a.region().get()) + " but the bucket is in "
          + OneLineText.clip(real), "declare region " + OneLineText.clip(real));
    } else if (cloud.kind() == CloudState.Kind.REDIRECTED) {
      AccessJudge.add(out, ref, ReachCodes.NETWORK, "redirected to another region and not "
          + "followed on a fixed endpoint (" + cloud.detail() + ")", null);
    }
  }
}
