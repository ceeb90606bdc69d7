package io.github.cloudaccess.validator.live;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.reach.NetworkEvidence;
import io.github.cloudaccess.validator.reach.ReachSummary;
import io.github.cloudaccess.validator.report.Reporter;

/** Checks the cloud objects a fetched body names, reporting into that body's report. */
@FunctionalInterface
public interface ObjectCheck {

  /**
   * @param body the fetched body, while it exists
   * @param reporter the request's report
   * @param evidence what fetching it showed of the validator's DNS and network
   * @return the figures of the check (also reported as S-OBJ-SUMM)
   */
  ReachSummary check(Input body, Reporter reporter, NetworkEvidence evidence);
}
