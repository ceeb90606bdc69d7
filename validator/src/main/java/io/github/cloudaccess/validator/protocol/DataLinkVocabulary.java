package io.github.cloudaccess.validator.protocol;

import java.util.Set;

/**
 * The DataLink core vocabulary (http://www.ivoa.net/rdf/datalink/core, as in ivoa-std/Vocabularies
 * {@code datalink/core/terms.csv}, VEP-002 to VEP-010 included), and the fault names of DataLink
 * section 3.4.
 */
public final class DataLinkVocabulary {

  /** The vocabulary's URI; core terms may be written relative ({@code #this}) or in full. */
  public static final String CORE = "http://www.ivoa.net/rdf/datalink/core";

  /** Terms in good standing. */
  public static final Set<String> TERMS = Set.of("this", "progenitor", "derivation", "auxiliary",
      "weight", "error", "noise", "calibration", "bias", "dark", "flat", "preview",
      "preview-image", "preview-plot", "proc", "cutout", "documentation", "detached-header",
      "coderived", "counterpart");

  /** Terms marked {@code ivoasem:preliminary}. */
  public static final Set<String> PRELIMINARY = Set.of("thumbnail", "package");

  /** Fault names an error message must start with. */
  public static final Set<String> FAULTS = Set.of("NotFoundFault", "UsageFault",
      "TransientFault", "FatalFault", "DefaultFault");

  private DataLinkVocabulary() {}

  /**
   * @param message an error message
   * @return true when it starts with a DataLink fault name (optionally followed by text after a
   *     colon)
   */
  public static boolean startsWithFault(String message) {
    String m = message.strip();
    for (String f : FAULTS) {
      if (m.startsWith(f) && (m.length() == f.length() || !Character.isLetterOrDigit(m.charAt(
          f.length())))) {
        return true;
      }
    }
    return false;
  }
}
