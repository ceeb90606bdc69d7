package io.github.cloudaccess.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the known code tokens from the Java sources that define them, as text: this module must
 * not depend on the validator or the schema module.
 */
public final class CodeRegistry {

  /** Path of the validator's registry, relative to the repository root. */
  public static final String CODE_JAVA =
      "validator/src/main/java/io/github/cloudaccess/validator/report/Code.java";

  /** Path of the parser's problem kinds, relative to the repository root. */
  public static final String PROBLEM_KIND_JAVA =
      "schema/src/main/java/io/github/cloudaccess/schema/ProblemKind.java";

  private static final Pattern CONSTANT =
      Pattern.compile("^\\s*([EWISF])_([A-Z0-9]{3})_([A-Z0-9]{4})\\(", Pattern.MULTILINE);
  private static final Pattern KIND_CODE =
      Pattern.compile("^\\s*[A-Z_]+\\(\"([EWISF]-[A-Z0-9]{3}-[A-Z0-9]{4})\"\\)", Pattern.MULTILINE);

  private CodeRegistry() {}

  /**
   * @param codeJava the source of the validator's {@code Code} enum
   * @return its tokens, e.g. {@code E-XML-AMPR}, from constants named {@code E_XML_AMPR(}
   */
  public static Set<String> validatorCodes(Path codeJava) {
    Set<String> out = new TreeSet<>();
    Matcher m = CONSTANT.matcher(read(codeJava));
    while (m.find()) {
      out.add(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
    }
    return out;
  }

  /**
   * @param problemKindJava the source of the parser's {@code ProblemKind} enum
   * @return the codes its constants map to, from constants written {@code NAME("E-CLD-JSON")}
   */
  public static Set<String> parserCodes(Path problemKindJava) {
    Set<String> out = new TreeSet<>();
    Matcher m = KIND_CODE.matcher(read(problemKindJava));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read code registry " + file, e);
    }
  }
}
