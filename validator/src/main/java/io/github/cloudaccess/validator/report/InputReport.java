package io.github.cloudaccess.validator.report;

import io.github.cloudaccess.validator.InputSummary;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the report says about one input.
 *
 * @param source the input's name as given (path, {@code -} for standard input)
 * @param summary what the input held, or {@code null} when it was not validated as a VOTable or
 *     validation did not complete
 * @param notVotable what the input is when it is no VOTable and was not validated as one (a live
 *     run's {@code VOSI capabilities}), or {@code null}
 * @param findings the kept findings (at most maxrepeat per code), in {@link FindingOrder}
 * @param counts the number of findings per code, kept or not, in {@link FindingOrder#CODES} order
 * @param elapsedMillis wall-clock time spent on the input
 */
public record InputReport(
    String source,
    InputSummary summary,
    String notVotable,
    List<Finding> findings,
    Map<Code, Long> counts,
    long elapsedMillis) {

  public InputReport {
    findings = List.copyOf(findings);
    TreeMap<Code, Long> sorted = new TreeMap<>(FindingOrder.CODES);
    sorted.putAll(counts);
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
  }

  /** The report of an input meant to be a VOTable. */
  public InputReport(String source, InputSummary summary, List<Finding> findings,
      Map<Code, Long> counts, long elapsedMillis) {
    this(source, summary, null, findings, counts, elapsedMillis);
  }

  /** @return per code, how many findings were counted but not kept, in code order */
  public Map<Code, Long> omitted() {
    Map<Code, Long> keptPerCode = new EnumMap<>(Code.class);
    findings.forEach(f -> keptPerCode.merge(f.code(), 1L, Long::sum));
    Map<Code, Long> omitted = new LinkedHashMap<>();
    counts.forEach(
        (code, n) -> {
          long more = n - keptPerCode.getOrDefault(code, 0L);
          if (more > 0) {
            omitted.put(code, more);
          }
        });
    return omitted;
  }

  /**
   * @param code a code
   * @return the kept findings of that code, in order
   */
  public List<Finding> findings(Code code) {
    return findings.stream().filter(f -> f.code() == code).toList();
  }

  /** @return the number of findings per severity */
  public SeverityCounts severityCounts() {
    return SeverityCounts.of(counts);
  }

  /**
   * @param failOn the threshold
   * @return this input's verdict
   */
  public Verdict verdict(FailOn failOn) {
    return Verdict.of(severityCounts(), failOn);
  }
}
