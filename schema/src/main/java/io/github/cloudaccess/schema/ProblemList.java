package io.github.cloudaccess.schema;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the problems of one parse, drops repeats of the same kind at the same pointer (the
 * schema and the parser's own checks sometimes see the same fault), and sorts them into document
 * order.
 */
final class ProblemList {

  private final List<Problem> problems = new ArrayList<>(4);
  private final Set<String> seen = new HashSet<>(8);

  /** Adds a problem that points at a JSON member (no text position). */
  void add(ProblemKind kind, String pointer, String message, String hint) {
    add(new Problem(kind, pointer, 0, 0, message, hint));
  }

  /** Adds a problem unless the same kind was already reported at the same pointer. */
  void add(Problem problem) {
    if (seen.add(problem.kind().ordinal() + "\u0000" + problem.pointer())) {
      problems.add(problem);
    }
  }

  boolean contains(ProblemKind kind, String pointer) {
    return seen.contains(kind.ordinal() + "\u0000" + pointer);
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /**
   * @param order document-order rank of every pointer in the value, or {@code null} when there is
   *     no tree; pointers not in the map (missing members) sort with their nearest ancestor
   * @return the problems, stably sorted by the rank of their pointer
   */
  List<Problem> sorted(Map<String, Integer> order) {
    if (order == null || problems.size() < 2) {
      return problems;
    }
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(Comparator.comparingInt(p -> rank(order, p.pointer())));
    return copy;
  }

  private static int rank(Map<String, Integer> order, String pointer) {
    String p = pointer;
    while (true) {
      Integer r = order.get(p);
      if (r != null || p.isEmpty()) {
        return r == null ? 0 : r;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }
}
