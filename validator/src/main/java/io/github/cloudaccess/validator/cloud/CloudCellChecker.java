package io.github.cloudaccess.validator.cloud;

import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.ParseResult;
import io.github.cloudaccess.schema.Problem;
import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.stage.BufferingReporter;
import io.github.cloudaccess.validator.stage.Emitter;

/**
 * Checks one {@code cloud_access} cell: whitespace around the JSON (W-CLD-WSPC, then the trimmed
 * text is parsed), non-ASCII text in a {@code char} column before VOTable 1.6 (W-CLD-NASC), and
 * every problem of the schema parser in the chosen profile, each mapped to its code through
 * {@code ProblemKind.code()}. Runs on the worker thread; not thread-safe. Findings are kept and
 * passed on per batch ({@link #flush}).
 */
final class CloudCellChecker {

  private final Emitter out;
  private final BufferingReporter buffer = new BufferingReporter();
  private final Reporter target;
  private final CloudAccessParser parser;
  private final boolean asciiOnly;
  private final CloudTally tally;

  /**
   * @param out receives findings (called from the worker thread)
   * @param profile the schema profile
   * @param asciiOnly true when the column is {@code char} and the VOTable is older than 1.6
   * @param tally receives the counts
   */
  CloudCellChecker(Emitter out, Profile profile, boolean asciiOnly, CloudTally tally) {
    this.out = new Emitter(out.source(), buffer);
    this.target = out.reporter();
    this.parser = CloudAccessParser.forProfile(profile);
    this.asciiOnly = asciiOnly;
    this.tally = tally;
  }

  /** Hands the findings kept since the last flush to the shared reporter. */
  void flush() {
    buffer.flushTo(target);
  }

  void check(CloudCell cell) {
    String text = cell.text();
    String json = trimmed(text);
    if (json.length() != text.length() && !json.isEmpty()) {
      out.inRow(Code.W_CLD_WSPC, cell.line(), cell.column(), cell.row(), "cloud_access in row "
          + cell.row() + " has whitespace around the JSON text.",
          "Whitespace in a char cell is part of the value; write the JSON alone.");
    } else {
      json = text;
    }
    if (asciiOnly && hasNonAscii(json)) {
      out.inRow(Code.W_CLD_NASC, cell.line(), cell.column(), cell.row(), "cloud_access in row "
          + cell.row() + " holds non-ASCII characters in a char column (VOTable before 1.6).",
          "Escape them in JSON as \\uXXXX, or declare the column unicodeChar.");
    }
    ParseResult result = parser.parse(json);
    for (Problem p : result.problems()) {
      Code code = Code.fromToken(p.kind().code());
      String where = p.line() > 0 ? " (JSON line " + p.line() + ", column " + p.column() + ")"
          : "";
      out.report(code, "cloud_access in row " + cell.row() + ": " + p.message() + where,
          cell.line(), cell.column(), cell.row(), p.pointer().isEmpty() ? null : p.pointer(),
          p.hint());
    }
    tally.countParsed(result.isValid());
    result.value().ifPresent(tally::add);
  }

  private static String trimmed(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isSpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isSpace(s.charAt(e - 1))) {
      e--;
    }
    return (b == 0 && e == s.length()) ? s : s.substring(b, e);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean hasNonAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0x7F) {
        return true;
      }
    }
    return false;
  }
}
