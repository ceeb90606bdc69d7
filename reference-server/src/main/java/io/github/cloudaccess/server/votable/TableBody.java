package io.github.cloudaccess.server.votable;

import java.io.IOException;

/** Writes the DATA element of a TABLE one row at a time (TABLEDATA or BINARY2). */
public interface TableBody {

  /** Writes the opening DATA markup. */
  void start() throws IOException;

  /**
   * Writes one row.
   *
   * @param cells values in FIELD order: String, Integer, Long, Double, Boolean, int[], double[],
   *     {@link Markup}, or null
   */
  void row(Object[] cells) throws IOException;

  /** Writes the closing DATA markup. */
  void end() throws IOException;

  /** Flushes what has been written so far without closing anything (for a cut-off stream). */
  void abandon() throws IOException;
}
