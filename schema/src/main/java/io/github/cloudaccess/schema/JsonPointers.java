package io.github.cloudaccess.schema;

/** Builds RFC 6901 JSON pointers, escaping {@code ~} and {@code /} in member names. */
final class JsonPointers {

  private JsonPointers() {}

  /**
   * @param parent pointer of the containing value ({@code ""} for the root)
   * @param member member name, unescaped
   * @return the pointer of the member
   */
  static String member(String parent, String member) {
    return parent + "/" + escape(member);
  }

  /**
   * @param parent pointer of the containing array
   * @param index element index
   * @return the pointer of the element
   */
  static String index(String parent, int index) {
    return parent + "/" + index;
  }

  /**
   * @param token a member name
   * @return the name as a pointer reference token ({@code ~} as {@code ~0}, {@code /} as {@code ~1})
   */
  static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }
}
