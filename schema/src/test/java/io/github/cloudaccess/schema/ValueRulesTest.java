package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.regex.RegularExpressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Each hand-written rule of {@link ValueRules} against its {@code $def} in the schema file,
 * evaluated the way networknt evaluates it (the pattern rewritten by networknt's own
 * {@link RegularExpressions} helpers, then {@code find()}; {@code minLength}/{@code maxLength} in
 * code points): the two must agree on every edge string and on thousands of seeded strings built
 * from each pattern's parts, and each must accept and reject a fair share of them.
 */
class ValueRulesTest {

  private static final JsonNode DEFS = new ObjectMapper().readTree(SchemaValidator.schemaText()).get("$defs");

  @ParameterizedTest(name = "{0}")
  @CsvSource({"s3BucketName", "awsRegion", "gcsBucketName", "gcsLocation", "azureAccountName",
      "azureContainerName", "azureRegion", "s3Key", "objectName"})
  void ruleAgreesWithTheSchema(String def) {
    Predicate<String> schema = schemaRule(DEFS.get(def));
    Predicate<String> rule = rule(def);
    boolean key = def.equals("s3Key") || def.equals("objectName");
    int accepted = 0;
    int checked = 0;
    for (String s : candidates(def)) {
      // The key rule also enforces the parser's 1024-byte bound, which the schema leaves out, so
      // for keys that rule must imply the schema, and equal it where bytes and characters agree.
      if (key && !s.chars().allMatch(c -> c < 0x80)) {
        if (rule.test(s) && !schema.test(s)) {
          fail(def + ": rule accepts what the schema rejects: " + s);
        }
        continue;
      }
      checked++;
      boolean expected = schema.test(s);
      if (rule.test(s) != expected) {
        fail(def + ": rule says " + !expected + ", schema says " + expected + " for \"" + s + "\"");
      }
      accepted += expected ? 1 : 0;
    }
    System.out.printf("ValueRules.%s: %,d strings, %,d accepted by both%n", def, checked, accepted);
    assertThat(accepted).as("accepted").isGreaterThan(200);
    assertThat(checked - accepted).as("rejected").isGreaterThan(200);
  }

  private static Predicate<String> rule(String def) {
    return switch (def) {
      case "s3BucketName" -> ValueRules::s3BucketName;
      case "awsRegion" -> ValueRules::awsRegion;
      case "gcsBucketName" -> ValueRules::gcsBucketName;
      case "gcsLocation" -> ValueRules::gcsLocation;
      case "azureAccountName" -> ValueRules::azureAccountName;
      case "azureContainerName" -> ValueRules::azureContainerName;
      case "azureRegion" -> ValueRules::azureRegion;
      default -> ValueRules::objectKey;
    };
  }

  /** The {@code $def}'s pattern and lengths, as networknt's JDK regular expressions apply them. */
  private static Predicate<String> schemaRule(JsonNode def) {
    Pattern pattern = Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
        RegularExpressions.replaceDollarAnchors(def.get("pattern").stringValue())));
    int min = def.has("minLength") ? def.get("minLength").intValue() : 0;
    int max = def.has("maxLength") ? def.get("maxLength").intValue() : Integer.MAX_VALUE;
    return s -> {
      int codePoints = s.codePointCount(0, s.length());
      return codePoints >= min && codePoints <= max && pattern.matcher(s).find();
    };
  }

  /** Edge strings, strings assembled from the pattern's parts, and random strings of its alphabet. */
  private static List<String> candidates(String def) {
    Random random = new Random(def.hashCode());
    List<String> out = new ArrayList<>(EdgeStrings.all());
    List<List<String>> parts = switch (def) {
      case "awsRegion" -> List.of(List.of("us", "eu", "cn", "ap", "u", "usa", "US", ""),
          List.of("", "", "", "-gov", "-iso", "-isob", "-isoxy", "-Gov", "-"), List.of("-", "-", "-", "", "--", "_"),
          List.of("east", "west", "northwest", "central", "", "e1", "East"), List.of("-", "-", "-", "", "--"),
          List.of("1", "12", "2", "123", "", "a", "01"));
      case "gcsLocation" -> List.of(List.of("us", "europe", "US", "EU", "ASIA", "NAM", "nam", "A", "ABCDE", ""),
          List.of("", "-", "--"), List.of("", "central", "west", "WEST", "a-b"), List.of("", "1", "12", "123", "a"));
      case "azureRegion" -> List.of(List.of("eastus", "westeurope", "", "EastUS", "a", "1"),
          List.of("", "2", "22", "a", "-", "2a"));
      case "s3BucketName", "gcsBucketName" -> List.of(
          List.of("", "", "", "xn--", "sthree-", "amzn-s3-demo-", "goog", "-", ".", "192.168.", "1."),
          List.of("abc", "a", "a.b", "g00gle", "google", "a_b", "1.2", "a..b", "9", "ab-c"),
          List.of("", "", "", "-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3", "-", ".", ".1", "A"));
      default -> List.of(List.of("", "a", "-", "ab", "a-b", "A", "a--b"), List.of("", "bc", "9", "-", "b_c"));
    };
    String alphabet = switch (def) {
      case "s3Key", "objectName" -> "a./ ";
      case "awsRegion", "gcsLocation", "azureRegion" -> "ae-19A";
      default -> "ab09.-_A";
    };
    for (int i = 0; i < 6_000; i++) {
      StringBuilder s = new StringBuilder();
      for (List<String> slot : parts) {
        s.append(slot.get(random.nextInt(slot.size())));
      }
      out.add(s.toString());
      out.add(randomString(random, alphabet, pickLength(random)));
    }
    return out;
  }

  private static int pickLength(Random random) {
    int[] lengths = {0, 1, 2, 3, 4, 5, 6, 8, 12, 23, 24, 25, 62, 63, 64, 65, 221, 222, 223, 1023, 1024, 1025};
    return lengths[random.nextInt(lengths.length)];
  }

  /** Random characters, with a dot every so often in long strings so that dotted GCS names occur. */
  private static String randomString(Random random, String alphabet, int length) {
    StringBuilder s = new StringBuilder(length);
    int sinceDot = 0;
    for (int i = 0; i < length; i++) {
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      if (length > 63 && sinceDot > 40 + random.nextInt(30) && alphabet.indexOf('.') >= 0) {
        c = '.';
      } else if (length > 63 && c == '.') {
        c = 'a';
      }
      sinceDot = c == '.' ? 0 : sinceDot + 1;
      s.append(c);
    }
    return s.toString();
  }
}
