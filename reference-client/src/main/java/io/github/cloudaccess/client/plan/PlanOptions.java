package io.github.cloudaccess.client.plan;

import java.util.Objects;
import java.util.Optional;

/**
 * The caller's situation and preferences that decide which routes a plan contains.
 *
 * @param provider which providers' locations to use
 * @param region the caller's cloud region (e.g. {@code us-east-1}); empty when not running in a
 *     cloud region or unknown
 * @param credentialsAvailable true when AWS credentials can sign requests
 * @param acceptCrossRegion true when {@code region} locations may be used from outside their
 *     region (the caller accepts cross-region or egress costs)
 * @param cloudOnly never use the archive's {@code access_url}
 * @param onPremOnly never use a cloud location
 * @param leadingSlash how keys starting with {@code /} are routed
 */
public record PlanOptions(
    ProviderChoice provider,
    Optional<String> region,
    boolean credentialsAvailable,
    boolean acceptCrossRegion,
    boolean cloudOnly,
    boolean onPremOnly,
    LeadingSlashPolicy leadingSlash) {

  public PlanOptions {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(leadingSlash, "leadingSlash");
    region = region.map(String::trim).filter(r -> !r.isEmpty());
    if (cloudOnly && onPremOnly) {
      throw new IllegalArgumentException("cloud-only and on-prem-only exclude each other");
    }
    if (cloudOnly && provider == ProviderChoice.ON_PREM) {
      throw new IllegalArgumentException("cloud-only contradicts provider on-prem");
    }
  }

  /** @return options for provider {@code auto}, no region, no credentials, default policies */
  public static PlanOptions defaults() {
    return new PlanOptions(
        ProviderChoice.AUTO, Optional.empty(), false, false, false, false,
        LeadingSlashPolicy.LITERAL_THEN_STRIPPED);
  }

  /** @return a copy with another provider choice */
  public PlanOptions withProvider(ProviderChoice p) {
    return new PlanOptions(p, region, credentialsAvailable, acceptCrossRegion, cloudOnly, onPremOnly, leadingSlash);
  }

  /** @return a copy with another caller region */
  public PlanOptions withRegion(Optional<String> r) {
    return new PlanOptions(provider, r, credentialsAvailable, acceptCrossRegion, cloudOnly, onPremOnly, leadingSlash);
  }

  /** @return a copy with credentials available or not */
  public PlanOptions withCredentials(boolean c) {
    return new PlanOptions(provider, region, c, acceptCrossRegion, cloudOnly, onPremOnly, leadingSlash);
  }

  /** @return a copy accepting cross-region access or not */
  public PlanOptions withAcceptCrossRegion(boolean a) {
    return new PlanOptions(provider, region, credentialsAvailable, a, cloudOnly, onPremOnly, leadingSlash);
  }

  /** @return a copy with the cloud-only and on-prem-only flags set */
  public PlanOptions withOnly(boolean cloud, boolean onPrem) {
    return new PlanOptions(provider, region, credentialsAvailable, acceptCrossRegion, cloud, onPrem, leadingSlash);
  }

  /** @return a copy with another leading-slash policy */
  public PlanOptions withLeadingSlash(LeadingSlashPolicy p) {
    return new PlanOptions(provider, region, credentialsAvailable, acceptCrossRegion, cloudOnly, onPremOnly, p);
  }
}
