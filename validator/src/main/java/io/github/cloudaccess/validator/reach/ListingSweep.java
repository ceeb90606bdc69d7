package io.github.cloudaccess.validator.reach;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves a sorted set of wanted keys by listing (ListObjectsV2, 1,000 keys a page) instead of
 * one request per key: each page settles every wanted key up to its last listed key (present:
 * found with size and ETag; absent: missing), and the next page starts just before the next
 * wanted key ({@code start-after}), so stretches of unwanted keys are jumped over.
 *
 * <p>Cost rule, decided per group as the sweep goes: a page that settles fewer than two wanted
 * keys costs no less than HEADs would, so the sweep stops there and leaves the rest to HEAD. A
 * listing thus never costs more than one request above HEAD-only, and a dense group costs about
 * one request per 1,000 keys.
 */
final class ListingSweep {

  /** Asks for one page. */
  @FunctionalInterface
  interface Lister {
    /**
     * @param prefix the key prefix
     * @param startAfter list after this key, or {@code null} from the start
     * @return the answer
     */
    S3Answer page(String prefix, String startAfter);
  }

  /**
   * What the sweep settled.
   *
   * @param found wanted keys present, with their listing entry
   * @param missing wanted keys certainly absent
   * @param unresolved wanted keys left for HEAD
   * @param pages list requests made
   * @param refusal the first page's answer when listing itself was refused, else {@code null}
   */
  record Result(Map<String, S3Answer.Listed> found, Set<String> missing, List<String> unresolved,
      int pages, S3Answer refusal) {}

  private ListingSweep() {}

  /**
   * @param keys distinct wanted keys in {@link KeyOrder#UTF8} order, at least one
   * @param lister asks for pages
   * @return what was settled
   */
  static Result sweep(List<String> keys, Lister lister) {
    String prefix = KeyOrder.commonPrefix(keys);
    Map<String, S3Answer.Listed> found = new HashMap<>();
    Set<String> missing = new HashSet<>();
    int i = 0;
    int pages = 0;
    String last = null;
    while (i < keys.size()) {
      S3Answer answer = lister.page(prefix, startAfter(keys.get(i), last));
      pages++;
      if (!answer.success() || answer.page() == null) {
        return new Result(found, missing, List.copyOf(keys.subList(i, keys.size())), pages,
            pages == 1 ? answer : null);
      }
      S3Answer.Page page = answer.page();
      Map<String, S3Answer.Listed> listed = new HashMap<>();
      for (S3Answer.Listed e : page.entries()) {
        listed.put(e.key(), e);
      }
      String pageLast = page.entries().isEmpty() ? null
          : page.entries().get(page.entries().size() - 1).key();
      if (page.truncated() && pageLast == null) {
        break; // a truncated empty page would loop forever
      }
      int settled = 0;
      while (i < keys.size() && (!page.truncated()
          || KeyOrder.compare(keys.get(i), pageLast) <= 0)) {
        S3Answer.Listed e = listed.get(keys.get(i));
        if (e != null) {
          found.put(keys.get(i), e);
        } else {
          missing.add(keys.get(i));
        }
        i++;
        settled++;
      }
      if (!page.truncated() || settled < 2) {
        break;
      }
      last = pageLast;
    }
    return new Result(found, missing, new ArrayList<>(keys.subList(i, keys.size())), pages,
        null);
  }

  /** Just before {@code next}, but never before what was already listed. */
  private static String startAfter(String next, String last) {
    String before = KeyOrder.justBefore(next);
    if (last == null) {
      return before;
    }
    return before == null || KeyOrder.compare(last, before) > 0 ? last : before;
  }
}
