package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.AwsLocation;
import io.github.cloudaccess.schema.AzureLocation;
import io.github.cloudaccess.schema.CloudAccess;
import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.GoogleLocation;
import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.schema.ParseResult;
import io.github.cloudaccess.schema.Problem;
import io.github.cloudaccess.schema.Profile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one record's {@code cloud_access} text and {@code access_url} into an ordered {@link Plan}.
 *
 * <p>The ordering rules (README "Route ordering") in short: cloud routes first, ranked
 * {@code open} (anonymous) &lt; no {@code access} member (anonymous) &lt; {@code region} (anonymous,
 * only in that region or when cross-region access is accepted) &lt; signed routes (credentials
 * available: {@code restricted}, and signed retries of unspecified and usable {@code region} AWS
 * locations); {@code none} never; ties keep document order; then the {@code access_url}. Rules for
 * one location live in {@link LocationRules}.
 */
public final class Planner {

  private final PlanOptions options;

  /** @param options the caller's situation and preferences */
  public Planner(PlanOptions options) {
    this.options = options;
  }

  /**
   * @param cloudAccess the {@code cloud_access} cell text; null or blank when the cell is empty
   * @param accessUrl the {@code access_url} cell text; null or blank when absent
   * @return the plan
   */
  public Plan plan(String cloudAccess, String accessUrl) {
    return plan(cloudAccess, accessUrl, false);
  }

  /**
   * @param cloudAccess the {@code cloud_access} cell text; null or blank when the cell is empty
   * @param accessUrl the {@code access_url} cell text; null or blank when absent
   * @param accessUrlIsDataLink the record's {@code access_format} says the URL returns a DataLink
   *     document: it is skipped ({@link SkipReason#DATALINK_DOCUMENT}) and gives no file name
   * @return the plan
   */
  public Plan plan(String cloudAccess, String accessUrl, boolean accessUrlIsDataLink) {
    List<Skip> skipped = new ArrayList<>();
    List<LocationRules.Candidate> candidates = new ArrayList<>();
    List<Problem> problems = List.of();
    Optional<String> localName = Optional.empty();

    /* Cloud locations, in document order. */
    if (cloudAccess != null && !cloudAccess.isBlank()) {
      ParseResult parsed = CloudAccessParser.forProfile(Profile.LENIENT).parse(cloudAccess);
      problems = parsed.problems();
      Optional<CloudAccess> value = parsed.value();
      if (value.isEmpty()) {
        skipped.add(new Skip("", SkipReason.INVALID_CLOUD_ACCESS, "the value is not a readable cloud_access object"));
      } else {
        LocationRules rules = new LocationRules(options);
        Map<String, Location> byPointer = new LinkedHashMap<>();
        value.get().locations().forEach(l -> byPointer.put(l.pointer(), l));
        Map<String, String> entries = EntryScan.entries(cloudAccess);
        for (Map.Entry<String, String> e : entries.entrySet()) {
          Location loc = byPointer.remove(e.getKey());
          if (loc == null) {
            skipped.add(new Skip(e.getKey(), SkipReason.INVALID_LOCATION, "not readable as a location"));
            continue;
          }
          if (localName.isEmpty()) {
            localName = nameOf(loc);
          }
          rules.apply(loc, e.getValue(), candidates, skipped);
        }
        for (Location loc : byPointer.values()) {
          // Not expected: the parser found a location the scan did not list.
          if (localName.isEmpty()) {
            localName = nameOf(loc);
          }
          rules.apply(loc, null, candidates, skipped);
        }
      }
    }

    /* Stable sort: rank, then document order (the candidates are already in document order). */
    List<Route> routes = new ArrayList<>();
    candidates.stream()
        .sorted(Comparator.comparingInt(LocationRules.Candidate::rank))
        .forEach(c -> routes.add(c.route()));

    /* The archive's own URL comes last. */
    if (accessUrl != null && !accessUrl.isBlank()) {
      Optional<java.net.URI> url = AccessUrls.parse(accessUrl);
      if (url.isEmpty()) {
        skipped.add(new Skip(Skip.ACCESS_URL, SkipReason.BAD_ACCESS_URL, "not an absolute http(s) URL"));
      } else if (accessUrlIsDataLink) {
        skipped.add(new Skip(Skip.ACCESS_URL, SkipReason.DATALINK_DOCUMENT, "returns a DataLink document, not the file"));
      } else {
        if (localName.isEmpty()) {
          localName = AccessUrls.lastSegment(url.get()).flatMap(LocalNames::sanitise);
        }
        if (options.cloudOnly()) {
          skipped.add(new Skip(Skip.ACCESS_URL, SkipReason.CLOUD_ONLY, "cloud copies only were requested"));
        } else {
          routes.add(new OnPremRoute(url.get()));
        }
      }
    }
    return new Plan(routes, skipped, localName, problems);
  }

  private static Optional<String> nameOf(Location loc) {
    if (loc instanceof AwsLocation a) {
      return LocalNames.fromPath(a.key());
    } else if (loc instanceof GoogleLocation g) {
      return LocalNames.fromPath(g.objectName());
    } else if (loc instanceof AzureLocation z) {
      return LocalNames.fromPath(z.blobName());
    }
    return Optional.empty();
  }
}
