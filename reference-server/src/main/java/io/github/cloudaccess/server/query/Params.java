package io.github.cloudaccess.server.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decoded request parameters. Names are case-insensitive (DALI 3.1), values keep their case and
 * their order; a name may repeat (every SIA 2.0 parameter is multi-valued).
 */
public final class Params {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  /** Adds one value under a name (stored upper-case). */
  public void add(String name, String value) {
    values.computeIfAbsent(name.toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
  }

  /** @return every value given for the name, in request order (empty when absent) */
  public List<String> all(String name) {
    return Collections.unmodifiableList(values.getOrDefault(name, List.of()));
  }

  /** @return true when the name was given at least once */
  public boolean has(String name) {
    return values.containsKey(name);
  }

  /** @return the upper-case names present */
  public Set<String> names() {
    return Collections.unmodifiableSet(values.keySet());
  }

  /** @return the number of name=value pairs */
  public int count() {
    return values.values().stream().mapToInt(List::size).sum();
  }

  /**
   * For single-valued parameters (MAXREC, RESPONSEFORMAT, POS in SIA 1.0...).
   *
   * @return the value, if given
   * @throws Fault UsageFault when given more than once with different values
   */
  public Optional<String> single(String name) throws Fault {
    List<String> v = all(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.stream().distinct().count() > 1) {
      throw Fault.usage(name + " is single-valued but was given " + v.size() + " times");
    }
    return Optional.of(v.get(0));
  }
}
