package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Untrusted cells must come back as typed problems, quickly and without exhausting the stack.
 * Rejections cost tens of milliseconds; the 1 s bound leaves room for a loaded 2-core machine.
 * Values that are large but within the bounds are fully checked, so their time grows with their
 * size; those tests only prove that the work finishes, with a 10 s bound.
 */
class HostileInputTest {

  private static final Duration BOUND = Duration.ofSeconds(1);
  private static final Duration LARGE_BOUND = Duration.ofSeconds(10);
  private static final CloudAccessParser LENIENT = CloudAccessParser.forProfile(Profile.LENIENT);

  @BeforeAll
  static void warmUp() {
    // Class loading and schema compilation happen once per JVM; keep them out of the timed parts.
    for (Profile p : Profile.values()) {
      CloudAccessParser.forProfile(p).parse("{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"k\"}]}");
    }
  }

  private static ParseResult timedParse(String text) {
    return assertTimeoutPreemptively(BOUND, () -> LENIENT.parse(text));
  }

  private static ParseResult largeParse(String text) {
    return assertTimeoutPreemptively(LARGE_BOUND, () -> LENIENT.parse(text));
  }

  private static void assertOnly(ParseResult r, ProblemKind kind) {
    assertThat(r.value()).isEmpty();
    assertThat(r.isValid()).isFalse();
    assertThat(r.problems()).extracting(Problem::kind).contains(kind);
  }

  @Test
  void arrayNestedOneHundredThousandDeepIsLimitExceeded() {
    String text = "[".repeat(100_000) + "]".repeat(100_000);
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void objectNestedOneHundredThousandDeepIsLimitExceeded() {
    String text = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void unclosedDeepNestingIsLimitExceeded() {
    assertOnly(timedParse("{\"aws\":" + "[".repeat(100_000)), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void fiftyMegabyteStringIsLimitExceeded() {
    String text = "\"" + "a".repeat(50 * 1024 * 1024) + "\"";
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void fiftyMegabyteKeyInsideAnObjectIsLimitExceeded() {
    String text = "{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"" + "k".repeat(50 * 1024 * 1024) + "\"}]}";
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void stringJustOverTheStringBoundIsLimitExceeded() {
    String text = "{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \""
        + "k".repeat(ParserLimits.MAX_STRING_CHARS + 1) + "\"}]}";
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void documentJustOverOneMebibyteIsLimitExceeded() {
    String text = "{\"pad\": \"" + " ".repeat(ParserLimits.MAX_DOCUMENT_CHARS) + "\"}";
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void longDocumentUnderTheBoundsIsParsed() {
    String entry = "{\"bucket_name\": \"stpubdata\", \"key\": \"hst/public/x.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}";
    String text = IntStream.range(0, 1500).mapToObj(i -> entry).collect(Collectors.joining(",", "{\"aws\": [", "]}"));
    ParseResult r = largeParse(text);
    assertThat(r.isValid()).isTrue();
    assertThat(r.value()).get().extracting(v -> v.locations().size()).isEqualTo(1500);
  }

  @Test
  void hugeIntegerIsLimitExceeded() {
    assertOnly(timedParse("{\"aws\": [], \"n\": " + "9".repeat(100_000) + "}"), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void hugeExponentIsParsedWithoutExpansion() {
    ParseResult r = timedParse("{\"aws\": [], \"n\": {\"x\": 1e999999999}, \"m\": {\"y\": -1E-999999999}}");
    assertThat(r.value()).isPresent();
    assertThat(r.problems()).extracting(Problem::kind).contains(ProblemKind.UNKNOWN_PROVIDER);
  }

  @Test
  void tooManyMembersIsLimitExceeded() {
    String text = IntStream.range(0, 50_000).mapToObj(i -> "\"m" + i + "\": 0")
        .collect(Collectors.joining(",", "{", "}"));
    assertOnly(timedParse(text), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void manyUnknownProvidersUnderTheTokenBoundAreAllReported() {
    String text = IntStream.range(0, 4000).mapToObj(i -> "\"p" + i + "\": {}")
        .collect(Collectors.joining(",", "{", "}"));
    ParseResult r = largeParse(text);
    assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.UNKNOWN_PROVIDER).hasSize(4000);
  }

  @Test
  void longNamesRunThroughTheSchemaPatterns() {
    String longName = "a-".repeat(30_000) + "a";
    String text = "{\"aws\": [{\"bucket_name\": \"" + longName + "\", \"key\": \"" + "./".repeat(30_000)
        + "\", \"region\": \"" + longName + "\"}], \"google\": [{\"bucket_name\": \"" + "a.".repeat(30_000)
        + "a\", \"object_name\": \"x\"}]}";
    ParseResult r = largeParse(text);
    assertThat(r.problems()).extracting(Problem::kind)
        .contains(ProblemKind.BAD_BUCKET, ProblemKind.BAD_KEY, ProblemKind.BAD_REGION);
  }

  @Test
  void keyClimbingOutOfTheBucketIsBadKey() {
    ParseResult r = timedParse("{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"../../etc/passwd\"}]}");
    assertThat(r.problems()).anyMatch(p -> p.kind() == ProblemKind.BAD_KEY && p.pointer().equals("/aws/0/key"));
    assertThat(r.value()).get().extracting(v -> ((AwsLocation) v.locations().get(0)).key())
        .isEqualTo("../../etc/passwd");
  }

  @Test
  void rawControlCharactersAreNotJson() {
    for (char c : new char[] {0, 1, 8, 0x1b, 0x1f}) {
      ParseResult r = timedParse("{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"a" + c + "b\"}]}");
      assertOnly(r, ProblemKind.NOT_JSON);
    }
  }

  @Test
  void escapedControlCharactersAndLoneSurrogatesAreOddKeyCharacters() {
    ParseResult r = timedParse("{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"a\\u0000b\\ud800\"}]}");
    assertThat(r.problems()).anyMatch(p -> p.kind() == ProblemKind.KEY_ODD_CHARACTERS);
  }

  @Test
  void entityFloodIsReportedOnce() {
    ParseResult r = timedParse("&quot;".repeat(100_000));
    assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.ENTITY_TEXT).hasSize(1);
    assertThat(r.problems()).extracting(Problem::kind).contains(ProblemKind.NOT_JSON);
  }

  @Test
  void unterminatedLongStringIsNotJson() {
    assertOnly(timedParse("{\"aws\": \"" + "'".repeat(ParserLimits.MAX_STRING_CHARS - 20)), ProblemKind.NOT_JSON);
  }

  @Test
  void unterminatedStringBeyondTheStringBoundIsLimitExceeded() {
    assertOnly(timedParse("{\"aws\": \"" + "'".repeat(ParserLimits.MAX_DOCUMENT_CHARS - 20)), ProblemKind.LIMIT_EXCEEDED);
  }

  @Test
  void randomJsonLikeTextNeverThrows() {
    Random random = new Random(20261124L);
    String alphabet = "{}[]\":,'\\ aTFNnul0123456789.eE+-sbk/&;#\n\t";
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
      for (int i = 0; i < 20_000; i++) {
        StringBuilder sb = new StringBuilder();
        int len = random.nextInt(60);
        for (int j = 0; j < len; j++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        for (Profile p : Profile.values()) {
          ParseResult r = CloudAccessParser.forProfile(p).parse(sb.toString());
          assertThat(r.value().isPresent() || !r.problems().isEmpty() || r.isValid()).isTrue();
        }
      }
    });
  }
}
