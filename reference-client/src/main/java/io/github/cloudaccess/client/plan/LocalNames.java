package io.github.cloudaccess.client.plan;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Derives a file name that is safe to create inside a target directory from an untrusted key,
 * object name or URL path.
 *
 * <p>Rules, in order: take the text after the last {@code /} or {@code \}; replace control
 * characters (including NUL) and {@code <>:"|?*} by {@code _}; strip trailing dots and spaces
 * (Windows drops them); reject empty, {@code .} and {@code ..}; prefix {@code _} to names that start
 * with {@code .} (no hidden files, no clash with this client's {@code .name.part-} temporaries) and
 * to Windows device names ({@code CON}, {@code NUL}, {@code COM1} ... with or without extension);
 * cut to 200 UTF-8 bytes keeping the extension.
 */
public final class LocalNames {

  private static final Set<String> WINDOWS_DEVICES = Set.of(
      "con", "prn", "aux", "nul",
      "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
      "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
  private static final int MAX_BYTES = 200;

  private LocalNames() {}

  /**
   * @param path a key, object name or decoded URL path
   * @return the sanitised last segment, or empty when nothing usable remains
   */
  public static Optional<String> fromPath(String path) {
    if (path == null) {
      return Optional.empty();
    }
    int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return sanitise(path.substring(cut + 1));
  }

  /**
   * @param name one path segment
   * @return the safe version of it, or empty when nothing usable remains
   */
  public static Optional<String> sanitise(String name) {
    StringBuilder b = new StringBuilder(name.length());
    name.codePoints().forEach(cp -> {
      boolean bad = cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0) || "<>:\"|?*/\\".indexOf(cp) >= 0;
      b.appendCodePoint(bad ? '_' : cp);
    });
    String s = b.toString();
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
      end--;
    }
    s = s.substring(0, end).strip();
    if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) {
      return Optional.empty();
    }
    if (s.startsWith(".")) {
      s = "_" + s;
    }
    int dot = s.indexOf('.');
    String stem = (dot < 0 ? s : s.substring(0, dot)).toLowerCase(Locale.ROOT);
    if (WINDOWS_DEVICES.contains(stem)) {
      s = "_" + s;
    }
    return Optional.of(truncate(s));
  }

  private static String truncate(String s) {
    if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return s;
    }
    int dot = s.lastIndexOf('.');
    String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
    String stem = s.substring(0, s.length() - ext.length());
    int budget = MAX_BYTES - ext.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder b = new StringBuilder();
    int used = 0;
    for (int i = 0; i < stem.length(); ) {
      int cp = stem.codePointAt(i);
      int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + n > budget) {
        break;
      }
      b.appendCodePoint(cp);
      used += n;
      i += Character.charCount(cp);
    }
    return b + ext;
  }
}
