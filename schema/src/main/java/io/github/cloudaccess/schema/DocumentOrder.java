package io.github.cloudaccess.schema;

import java.util.Arrays;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Sort keys that put JSON pointers into document order: the key of a pointer is the list of
 * member/element positions along its path, so an ancestor sorts before its descendants and
 * siblings sort as written. Only the pointers that carry problems are walked, which is cheaper
 * than ranking the whole tree for the usual handful of problems. Tokens are compared in place
 * (no split, no substring) unless they hold an escape ({@code ~0}, {@code ~1}).
 */
final class DocumentOrder {

  private static final int[] ROOT = new int[0];

  private DocumentOrder() {}

  /**
   * @param root the parsed value
   * @param pointer a pointer into it; tokens that do not resolve (missing members) end the key
   * @return the positions along the path
   */
  static int[] key(JsonNode root, String pointer) {
    if (pointer.isEmpty()) {
      return ROOT;
    }
    int tokens = 0;
    for (int i = 0; i < pointer.length(); i++) {
      tokens += pointer.charAt(i) == '/' ? 1 : 0;
    }
    int[] key = new int[tokens];
    JsonNode node = root;
    int depth = 0;
    int start = 1;
    while (depth < tokens && node != null) {
      int slash = pointer.indexOf('/', start);
      int end = slash < 0 ? pointer.length() : slash;
      int position = -1;
      JsonNode child = null;
      if (node.isArray()) {
        position = index(pointer, start, end);
        if (position >= node.size()) {
          position = -1;
        }
        child = position >= 0 ? node.get(position) : null;
      } else if (node.isObject()) {
        String escaped = escapedToken(pointer, start, end);
        int i = 0;
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          String name = member.getKey();
          if (escaped != null ? name.equals(escaped)
              : name.length() == end - start && pointer.startsWith(name, start)) {
            position = i;
            child = member.getValue();
            break;
          }
          i++;
        }
      }
      if (position < 0) {
        break;
      }
      key[depth++] = position;
      node = child;
      start = end + 1;
    }
    return depth == key.length ? key : Arrays.copyOf(key, depth);
  }

  /** @return the token unescaped when it holds {@code ~}, else null (compared in place) */
  private static String escapedToken(String pointer, int start, int end) {
    int tilde = pointer.indexOf('~', start);
    if (tilde < 0 || tilde >= end) {
      return null;
    }
    return pointer.substring(start, end).replace("~1", "/").replace("~0", "~");
  }

  /** @return the array index the token spells as {@link Integer#parseInt} reads it, or -1 */
  private static int index(String pointer, int start, int end) {
    int n = end - start;
    if (n > 0 && n <= 9) {
      int value = 0;
      for (int i = start; i < end; i++) {
        char c = pointer.charAt(i);
        if (c < '0' || c > '9') {
          return parseSlowly(pointer, start, end);
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }
    return parseSlowly(pointer, start, end);
  }

  /** Signs, non-ASCII digits and long tokens: the rare cases, left to {@link Integer#parseInt}. */
  private static int parseSlowly(String pointer, int start, int end) {
    try {
      return Integer.parseInt(pointer, start, end, 10);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
