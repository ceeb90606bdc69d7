package io.github.cloudaccess.validator.report;

import java.util.Comparator;

/**
 * The one total order of findings used wherever a report keeps or prints a subset of them.
 *
 * <p>Position first (line, column, row, pointer), so the kept findings are the earliest in the
 * document; then the code in registry-severity order; then message and hint, so that two findings
 * at the same place still compare deterministically whatever order the stages reported them in.
 * Rationale: the collector must keep the same findings however two reporting threads interleave.
 */
public final class FindingOrder {

  /** Severity order E, W, I, S, F (the enum's order), then the token. */
  public static final Comparator<Code> CODES =
      Comparator.comparing(Code::severity).thenComparing(Code::token);

  /** Position, then code, then message text. */
  public static final Comparator<Finding> FINDINGS =
      Comparator.<Finding>comparingLong(f -> f.position().line())
          .thenComparingLong(f -> f.position().column())
          .thenComparingLong(f -> f.position().row())
          .thenComparing(f -> f.position().pointer(), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::code, CODES)
          .thenComparing(Finding::message, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Finding::hint, Comparator.nullsFirst(Comparator.naturalOrder()));

  private FindingOrder() {}
}
