package io.github.cloudaccess.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Collects the problems of one parse, drops repeats of the same kind at the same pointer (the
 * schema and the parser's own checks sometimes see the same fault), and sorts them into document
 * order.
 */
final class ProblemList {

  /** Below this many problems a linear scan finds repeats faster than hashing. */
  private static final int LINEAR_LIMIT = 16;

  /** Created on the first problem: most values have none. */
  private List<Problem> problems = List.of();
  private Set<String> seen;

  /** Adds a problem that points at a JSON member (no text position). */
  void add(ProblemKind kind, String pointer, String message, String hint) {
    add(new Problem(kind, pointer, 0, 0, message, hint));
  }

  /** Adds a problem unless the same kind was already reported at the same pointer. */
  void add(Problem problem) {
    if (!contains(problem.kind(), problem.pointer())) {
      if (problems.isEmpty()) {
        problems = new ArrayList<>(4);
      }
      problems.add(problem);
      if (seen != null) {
        seen.add(identity(problem.kind(), problem.pointer()));
      } else if (problems.size() > LINEAR_LIMIT) {
        seen = new HashSet<>();
        problems.forEach(p -> seen.add(identity(p.kind(), p.pointer())));
      }
    }
  }

  boolean contains(ProblemKind kind, String pointer) {
    if (seen != null) {
      return seen.contains(identity(kind, pointer));
    }
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (p.kind() == kind && p.pointer().equals(pointer)) {
        return true;
      }
    }
    return false;
  }

  private static String identity(ProblemKind kind, String pointer) {
    return kind.ordinal() + "\u0000" + pointer;
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  /** @return the problems in the order they were added, as an unmodifiable list */
  List<Problem> inOrder() {
    return List.copyOf(problems);
  }

  /**
   * @param root the parsed value, or {@code null} when there is no tree (problems then stay in the
   *     order they were found)
   * @return the problems, stably sorted into document order of their pointers
   */
  List<Problem> sorted(JsonNode root) {
    if (root == null || problems.size() < 2) {
      return problems;
    }
    if (problems.size() <= LINEAR_LIMIT) {
      return sortedFew(root);
    }
    Map<String, int[]> keys = new HashMap<>();
    for (Problem p : problems) {
      keys.computeIfAbsent(p.pointer(), ptr -> DocumentOrder.key(root, ptr));
    }
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort((a, b) -> Arrays.compare(keys.get(a.pointer()), keys.get(b.pointer())));
    return copy;
  }

  /**
   * The same order for a handful of problems without a map or boxed comparator: keys are shared
   * between problems at one pointer by a linear scan, and a stable insertion sort orders them.
   */
  private List<Problem> sortedFew(JsonNode root) {
    int n = problems.size();
    Problem[] out = problems.toArray(new Problem[0]);
    int[][] keys = new int[n][];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i && keys[i] == null; j++) {
        if (out[j].pointer().equals(out[i].pointer())) {
          keys[i] = keys[j];
        }
      }
      if (keys[i] == null) {
        keys[i] = DocumentOrder.key(root, out[i].pointer());
      }
    }
    for (int i = 1; i < n; i++) {
      Problem p = out[i];
      int[] k = keys[i];
      int j = i - 1;
      while (j >= 0 && Arrays.compare(keys[j], k) > 0) {
        out[j + 1] = out[j];
        keys[j + 1] = keys[j];
        j--;
      }
      out[j + 1] = p;
      keys[j + 1] = k;
    }
    return List.of(out);
  }
}
