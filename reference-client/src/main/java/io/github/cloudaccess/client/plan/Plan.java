package io.github.cloudaccess.client.plan;

import io.github.cloudaccess.schema.Problem;
import java.util.List;
import java.util.Optional;

/**
 * The ordered access routes for one record, the locations left out with their reasons, and the
 * local file name every route writes to.
 *
 * @param routes the routes to try, best first
 * @param skipped every location (and the {@code access_url}) not routed, in document order
 * @param localName the safe local file name derived from the record; empty when nothing usable
 *     could be derived (the caller then names the file after the row)
 * @param problems what the {@code cloud_access} parser reported (lenient profile)
 */
public record Plan(List<Route> routes, List<Skip> skipped, Optional<String> localName, List<Problem> problems) {

  public Plan {
    routes = List.copyOf(routes);
    skipped = List.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  /** @return true when there is no route at all */
  public boolean isEmpty() {
    return routes.isEmpty();
  }
}
