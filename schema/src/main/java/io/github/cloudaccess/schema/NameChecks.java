package io.github.cloudaccess.schema;

/**
 * Checks an object key (S3 {@code key}, Google {@code object_name}, Azure {@code blob_name}) for
 * what the schema cannot express or should only warn about. Keys are literal: nothing here
 * normalises them, because {@code /a} and {@code a} are different objects.
 */
final class NameChecks {

  /** S3, GCS and Azure all cap object names at 1024 bytes of UTF-8. */
  static final int MAX_KEY_UTF8_BYTES = 1024;

  private NameChecks() {}

  /**
   * @param key the literal key
   * @param pointer JSON pointer of the member holding it
   * @param sink where problems go
   */
  static void check(String key, String pointer, ProblemList sink) {
    String bad = badReason(key);
    if (bad != null) {
      sink.add(ProblemKind.BAD_KEY, pointer, "Key " + bad + ".", null);
    }
    checkHygiene(key, pointer, sink);
  }

  /**
   * Reports the key hygiene warnings only (leading, double and trailing {@code /}, odd
   * characters), for callers that have already seen {@link #badReason} return null.
   */
  static void checkHygiene(String key, String pointer, ProblemList sink) {
    if (key.startsWith("/")) {
      sink.add(ProblemKind.KEY_LEADING_SLASH, pointer,
          "Key starts with '/': S3 keys are literal, so this names a different object.",
          "Drop the leading '/' (HEASARC 2022 keys carried one).");
    }
    if (key.contains("//")) {
      sink.add(ProblemKind.KEY_DOUBLE_SLASH, pointer,
          "Key contains '//' (an empty path segment), usually inherited from a URL.", null);
    }
    if (key.endsWith("/")) {
      sink.add(ProblemKind.KEY_PREFIX, pointer,
          "Key ends with '/': it names a prefix (directory), not an object.", null);
    }
    String odd = oddCharacter(key);
    if (odd != null) {
      sink.add(ProblemKind.KEY_ODD_CHARACTERS, pointer,
          "Key contains " + odd + ": keys are raw bytes, not URLs.",
          "Write the key exactly as stored in the bucket, without URL encoding.");
    }
  }

  /** @return why the key is unusable (empty, too long, dot segment), or null */
  static String badReason(String key) {
    if (key.isEmpty()) {
      return "is empty";
    }
    if (utf8Length(key) > MAX_KEY_UTF8_BYTES) {
      return "is longer than " + MAX_KEY_UTF8_BYTES + " UTF-8 bytes";
    }
    int start = 0;
    while (start <= key.length()) {
      int slash = key.indexOf('/', start);
      int end = slash < 0 ? key.length() : slash;
      int len = end - start;
      if ((len == 1 || len == 2) && key.startsWith(len == 1 ? "." : "..", start)) {
        return "has a '" + key.substring(start, end) + "' path segment";
      }
      if (slash < 0) {
        break;
      }
      start = slash + 1;
    }
    return null;
  }

  /** @return a description of the first odd character, or null */
  static String oddCharacter(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        return "a space";
      }
      if (c == '\\') {
        return "a backslash";
      }
      if (c < 0x20 || c == 0x7f) {
        return "control character U+" + String.format("%04X", (int) c);
      }
      if (c == '%' && i + 2 < key.length() && hex(key.charAt(i + 1)) && hex(key.charAt(i + 2))) {
        return "percent-encoding " + key.substring(i, i + 3);
      }
    }
    return null;
  }

  /** @return the UTF-8 length of {@code s}, counting an unpaired surrogate as 3 bytes */
  static int utf8Length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
