package io.github.cloudaccess.validator.report;

import java.util.Locale;

/**
 * Renders the {@link Code} registry for people: the start-up announcement, the
 * {@code --list-codes} lines and the generated {@code CODES.md} page.
 */
public final class CodeCatalogue {

  /** The command that rewrites {@code validator/CODES.md} (and the golden files). */
  public static final String REGENERATE =
      "mvn -B -ntp -o -q -pl validator -am verify"
          + " -Dsurefire.failIfNoSpecifiedTests=false"
          + " -Dtest='io.github.cloudaccess.validator.report.**' -Dcloudaccess.regenerate=true";

  private CodeCatalogue() {}

  /** @return e.g. {@code Codes 212: E 140; W 55; I 12; S 3; F 2} (taplint's announcement) */
  public static String announcement() {
    long[] n = new long[Severity.values().length];
    for (Code c : Code.values()) {
      n[c.severity().ordinal()]++;
    }
    StringBuilder b = new StringBuilder("Codes ").append(Code.values().length).append(':');
    for (Severity s : Severity.values()) {
      b.append(s.ordinal() == 0 ? " " : "; ").append(s.letter()).append(' ').append(n[s.ordinal()]);
    }
    return b.toString();
  }

  /**
   * @param code a code
   * @return its {@code --list-codes} line: token, title, spec and status, tab-separated
   */
  public static String listLine(Code code) {
    return code.token() + '\t' + code.title() + '\t' + code.spec() + '\t' + status(code);
  }

  /**
   * @param code a code
   * @return {@code reserved} (no stage emits it yet) or {@code active}
   */
  public static String status(Code code) {
    return code.reserved() ? "reserved" : "active";
  }

  /** @return the whole {@code CODES.md} page, generated from the registry */
  public static String markdown() {
    StringBuilder b = new StringBuilder();
    b.append("# Validator codes\n\n")
        .append("Generated from `src/main/java/io/github/cloudaccess/validator/report/Code.java`;")
        .append(" do not edit by hand.\n")
        .append("`report.CodesPageTest` fails when this page is out of date. Regenerate it from the repository root with:\n\n")
        .append("```\n").append(REGENERATE).append("\n```\n\n")
        .append("A token reads `T-AAA-LLLL`: type (E error, W warning, I info, S summary,")
        .append(" F the validator could not test), area, label.\n")
        .append("`reserved` codes are catalogued but no stage emits them yet.\n\n")
        .append(announcement()).append("\n\n")
        .append("| Token | Severity | Title | Spec | Status |\n")
        .append("|---|---|---|---|---|\n");
    for (Code c : Code.values()) {
      b.append("| `").append(c.token()).append("` | ")
          .append(c.severity().name().toLowerCase(Locale.ROOT)).append(" | ")
          .append(cell(c.title())).append(" | ")
          .append(cell(c.spec())).append(" | ")
          .append(status(c)).append(" |\n");
    }
    return b.toString();
  }

  /** Escapes what would break a Markdown table cell. */
  private static String cell(String text) {
    return OneLine.of(text).replace("|", "\\|");
  }
}
