package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import java.util.Locale;

/** The IVOA standard identifiers that name the protocols of a response (compared without case). */
public final class StandardIds {

  /** SIA 1.0. */
  public static final String SIA1 = "ivo://ivoa.net/std/sia";
  /** SIA 2.0 query. */
  public static final String SIA2 = "ivo://ivoa.net/std/sia#query-2.0";
  /** DataLink links endpoint, any version ({@code -1.0}, {@code -1.1}). */
  public static final String DATALINK = "ivo://ivoa.net/std/datalink#links-";

  private StandardIds() {}

  /**
   * @param standardId a standardID value
   * @return the protocol it names, or null when it names none of ours
   */
  public static Protocol protocolOf(String standardId) {
    if (standardId == null) {
      return null;
    }
    String s = standardId.strip().toLowerCase(Locale.ROOT);
    if (s.startsWith(DATALINK)) {
      return Protocol.DATALINK;
    }
    if (s.startsWith("ivo://ivoa.net/std/sia#query-2") || s.startsWith("ivo://ivoa.net/std/sia#query-aux-2")) {
      return Protocol.SIA2;
    }
    if (s.equals(SIA1) || s.startsWith("ivo://ivoa.net/std/sia#query-1")) {
      return Protocol.SIA1;
    }
    return null;
  }

  /**
   * @param standardId a DataLink standardID
   * @return true when it names DataLink 1.1 or later
   */
  public static boolean isDataLink11(String standardId) {
    if (standardId == null) {
      return false;
    }
    String s = standardId.strip().toLowerCase(Locale.ROOT);
    return s.startsWith(DATALINK) && !s.equals(DATALINK + "1.0");
  }
}
