package io.github.cloudaccess.schema;

import java.util.Arrays;
import java.util.Iterator;
import tools.jackson.databind.JsonNode;

/**
 * Sort keys that put JSON pointers into document order: the key of a pointer is the list of
 * member/element positions along its path, so an ancestor sorts before its descendants and
 * siblings sort as written. Only the pointers that carry problems are walked, which is cheaper
 * than ranking the whole tree for the usual handful of problems.
 */
final class DocumentOrder {

  private DocumentOrder() {}

  /**
   * @param root the parsed value
   * @param pointer a pointer into it; tokens that do not resolve (missing members) end the key
   * @return the positions along the path
   */
  static int[] key(JsonNode root, String pointer) {
    if (pointer.isEmpty()) {
      return new int[0];
    }
    String[] tokens = pointer.substring(1).split("/", -1);
    int[] key = new int[tokens.length];
    JsonNode node = root;
    int depth = 0;
    for (String raw : tokens) {
      String token = raw.indexOf('~') < 0 ? raw : raw.replace("~1", "/").replace("~0", "~");
      int position = node == null ? -1 : position(node, token);
      if (position < 0) {
        break;
      }
      key[depth++] = position;
      node = node.isArray() ? node.get(position) : node.get(token);
    }
    return depth == key.length ? key : Arrays.copyOf(key, depth);
  }

  private static int position(JsonNode node, String token) {
    if (node.isArray()) {
      try {
        int i = Integer.parseInt(token);
        return i >= 0 && i < node.size() ? i : -1;
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    if (!node.isObject()) {
      return -1;
    }
    int i = 0;
    for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); i++) {
      if (names.next().equals(token)) {
        return i;
      }
    }
    return -1;
  }
}
