package io.github.cloudaccess.client.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile keys become one safe path element, or nothing. */
class LocalNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "a/b/c.fits => c.fits",
      "../../etc/passwd => passwd",
      "/etc/shadow => shadow",
      "C:\\\\Windows\\\\win.ini => win.ini",
      "..\\\\..\\\\x.fits => x.fits",
      "d/CON => _CON",
      "d/con.txt => _con.txt",
      "d/LPT9.fits.gz => _LPT9.fits.gz",
      "d/.profile => _.profile",
      "d/name. .  => name",
      "d/a<b>c:d\"e|f?g*h.fits => a_b_c_d_e_f_g_h.fits",
      "d/ümlaut é.fits => ümlaut é.fits",
      "d/.x.fits.part-0123abcd => _.x.fits.part-0123abcd",
  })
  void hostileKeysBecomeSafeNames(String key, String expected) {
    assertThat(LocalNames.fromPath(key)).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "a/", "..", "a/..", ".", "a/.", "   ", "d/...", "d/\u0000", "d/\u0001\u0002"})
  void keysWithoutAUsableLastSegmentGiveNothing(String key) {
    assertThat(LocalNames.fromPath(key)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b.fits", "a\nb.fits", "a\u007fb.fits", "a\u009bb.fits"})
  void controlCharactersAreReplaced(String key) {
    Optional<String> n = LocalNames.fromPath(key);
    assertThat(n).isPresent();
    assertThat(n.get()).matches("a_b\\.fits");
  }

  @org.junit.jupiter.api.Test
  void longNamesAreCutToTwoHundredBytesKeepingTheExtension() {
    String n = LocalNames.fromPath("d/" + "é".repeat(300) + ".fits").orElseThrow();
    assertThat(n.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200);
    assertThat(n).endsWith(".fits").startsWith("éé");
  }
}
