package io.github.cloudaccess.validator.vot;

/**
 * VOTable version facts: parsing the {@code version} attribute and what each version allows.
 */
public final class VotVersion {

  /** The newest version this validator knows (1.6, working draft). */
  public static final int NEWEST = 16;

  private VotVersion() {}

  /**
   * @param version the {@code version} attribute
   * @return the version as major*10+minor (13 for 1.3); 0 when absent; -1 when malformed
   */
  public static int parse(String version) {
    if (version == null) {
      return 0;
    }
    String v = version.strip();
    int dot = v.indexOf('.');
    if (dot <= 0 || dot == v.length() - 1) {
      return -1;
    }
    try {
      int major = Integer.parseInt(v.substring(0, dot));
      int minor = Integer.parseInt(v.substring(dot + 1));
      if (major < 0 || minor < 0 || minor > 9) {
        return -1;
      }
      return major * 10 + minor;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * @param version parsed version (see {@link #parse})
   * @return true when {@code char} may hold UTF-8 (VOTable 1.6); unknown versions count as older
   */
  public static boolean charIsUnicode(int version) {
    return version >= 16;
  }

  /**
   * @param version parsed version, above 0
   * @return the namespace URI the version's schema uses, or null for 1.0 (DTD, no namespace)
   */
  public static String namespace(int version) {
    if (version <= 10) {
      return null;
    }
    if (version == 11) {
      return "http://www.ivoa.net/xml/VOTable/v1.1";
    }
    if (version == 12) {
      return "http://www.ivoa.net/xml/VOTable/v1.2";
    }
    return "http://www.ivoa.net/xml/VOTable/v1.3";
  }
}
