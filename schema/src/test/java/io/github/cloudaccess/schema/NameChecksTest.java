package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Key hygiene rules the schema cannot express, and the small parsers beside them. */
class NameChecksTest {

  private static ProblemList check(String key) {
    ProblemList sink = new ProblemList();
    NameChecks.check(key, "/aws/0/key", sink);
    return sink;
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "\u00e9", "\u20ac", "\ud83d\ude00", "mix\u00e9\u20ac\ud83d\ude00x"})
  void utf8LengthMatchesTheJdkEncoder(String s) {
    assertThat(NameChecks.utf8Length(s)).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void byteLengthBoundIsOneThousandTwentyFourBytes() {
    assertThat(NameChecks.badReason("k".repeat(1024))).isNull();
    assertThat(NameChecks.badReason("k".repeat(1025))).isNotNull();
    assertThat(NameChecks.badReason("\u00e9".repeat(512))).isNull();
    assertThat(NameChecks.badReason("\u00e9".repeat(513))).isNotNull();
  }

  @Test
  void dotSegmentsAnywhereAreBad() {
    for (String key : new String[] {".", "..", "./a", "a/.", "a/../b", "a//./b"}) {
      assertThat(NameChecks.badReason(key)).as(key).isNotNull();
    }
    for (String key : new String[] {".a", "a.", "...", "a/.b/c", "a/b..", "a//b"}) {
      assertThat(NameChecks.badReason(key)).as(key).isNull();
    }
  }

  @Test
  void slashRulesAreIndependentWarnings() {
    assertThat(check("//a/").contains(ProblemKind.KEY_LEADING_SLASH, "/aws/0/key")).isTrue();
    assertThat(check("//a/").contains(ProblemKind.KEY_DOUBLE_SLASH, "/aws/0/key")).isTrue();
    assertThat(check("//a/").contains(ProblemKind.KEY_PREFIX, "/aws/0/key")).isTrue();
    assertThat(check("a/b").isEmpty()).isTrue();
  }

  @Test
  void oddCharactersIncludeSpacesBackslashesControlsAndPercentEncoding() {
    assertThat(NameChecks.oddCharacter("a b")).isNotNull();
    assertThat(NameChecks.oddCharacter("a\\b")).isNotNull();
    assertThat(NameChecks.oddCharacter("a\u007fb")).isNotNull();
    assertThat(NameChecks.oddCharacter("a\tb")).isNotNull();
    assertThat(NameChecks.oddCharacter("a%2Fb")).isNotNull();
    assertThat(NameChecks.oddCharacter("100%")).isNull();
    assertThat(NameChecks.oddCharacter("a%zzb")).isNull();
    assertThat(NameChecks.oddCharacter("caf\u00e9/x+y=z")).isNull();
  }

  @Test
  void s3UriSplitsLiterally() {
    assertThat(S3Uri.parse("s3://stpubdata/hst/x.fits")).isEqualTo(new S3Uri("stpubdata", "hst/x.fits"));
    assertThat(S3Uri.parse("s3://b//x")).isEqualTo(new S3Uri("b", "/x"));
    assertThat(S3Uri.parse("s3://b/a%20b")).isEqualTo(new S3Uri("b", "a%20b"));
    for (String bad : new String[] {"s3://b/", "s3://b", "s3:///x", "gs://b/x", "S3://b/x", ""}) {
      assertThat(S3Uri.parse(bad)).as(bad).isNull();
    }
  }

  @Test
  void pythonLiteralDetectionIgnoresStringsAndLongerWords() {
    assertThat(TextScreen.pythonLiteralOffset("{'a': 1}")).isEqualTo(1);
    assertThat(TextScreen.pythonLiteralOffset("{\"a\": None,}")).isEqualTo(6);
    assertThat(TextScreen.pythonLiteralOffset("{\"a\": \"True 'x'\",}")).isEqualTo(-1);
    assertThat(TextScreen.pythonLiteralOffset("{\"a\": Trueish}")).isEqualTo(-1);
    assertThat(TextScreen.pythonLiteralOffset("{\"it's\": 1,}")).isEqualTo(-1);
  }

  @Test
  void textPositionsCountLinesAndColumnsFromOne() {
    assertThat(TextPosition.of("abc", 0)).isEqualTo(new TextPosition(1, 1));
    assertThat(TextPosition.of("a\nbc", 3)).isEqualTo(new TextPosition(2, 2));
    assertThat(TextPosition.of("a\r\nb", 3)).isEqualTo(new TextPosition(2, 1));
    assertThat(TextPosition.of("a\rb", 2)).isEqualTo(new TextPosition(2, 1));
  }

  @Test
  void documentOrderKeysFollowTheTree() {
    var root = new tools.jackson.databind.ObjectMapper().readTree("{\"b\": [0, {\"x~y\": 1, \"a/b\": 2}], \"a\": 3}");
    assertThat(DocumentOrder.key(root, "")).isEmpty();
    assertThat(DocumentOrder.key(root, "/b/1/a~1b")).containsExactly(0, 1, 1);
    assertThat(DocumentOrder.key(root, "/b/1/x~0y")).containsExactly(0, 1, 0);
    assertThat(DocumentOrder.key(root, "/a")).containsExactly(1);
    assertThat(DocumentOrder.key(root, "/b/1/missing")).containsExactly(0, 1);
  }
}
