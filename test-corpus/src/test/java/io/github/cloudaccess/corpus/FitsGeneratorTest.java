package io.github.cloudaccess.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * fits-v1 as objects/README.md specifies it. The expected texts and bytes of obj-0001 were produced
 * by tools/fitsgen.py, so these tests pin the Java generator to the Python one.
 */
class FitsGeneratorTest {

  private final CorpusObject first = Corpus.locate().objects().get(0);

  @Test
  void headerIsOneBlockOfEightyCharacterCards() {
    String header = FitsGenerator.header(first);

    assertThat(header).hasSize(FitsGenerator.BLOCK);
    assertThat(header.substring(0, 80)).isEqualTo(String.format("%-80s",
        "SIMPLE  =                    T"));
    assertThat(header.substring(240, 320)).isEqualTo(String.format("%-80s",
        "NAXIS1  =                 7255"));
    assertThat(header.substring(640, 720)).isEqualTo(String.format("%-80s",
        "RA      =            10.629091"));
    assertThat(header).contains(String.format("%-80s", "DATE-OBS= '2017-10-11T15:27:18'"));
    assertThat(header).contains(String.format("%-80s", "WAVEMIN =           3.6000E-07"));
    assertThat(header).contains(String.format("%-80s", "FILTER  = 'F435W   '"));
    assertThat(header.substring(17 * 80, 18 * 80)).isEqualTo(String.format("%-80s", "END"));
    assertThat(header.substring(18 * 80)).isBlank();
  }

  @Test
  void dataIsSha256CounterModeThenZeroPadding() throws Exception {
    byte[] bytes = first.bytes();
    int n = FitsGenerator.dataLength(first);
    byte[] block0 = MessageDigest.getInstance("SHA-256")
        .digest(ByteBuffer.allocate(16).putLong(first.seed()).putLong(0).array());

    assertThat(bytes).hasSize(first.blocks() * FitsGenerator.BLOCK);
    assertThat(HexFormat.of().formatHex(bytes, 2880, 2896))
        .isEqualTo("d5c60b1a8329d4ad7cbcc0f0fe5d86d2");
    assertThat(java.util.Arrays.copyOfRange(bytes, 2880, 2912)).isEqualTo(block0);
    assertThat(java.util.Arrays.copyOfRange(bytes, 2880 + n, bytes.length)).containsOnly(0);
    assertThat(new String(bytes, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("SIMPLE");
  }

  @Test
  void dateObsRoundsHalfUpToWholeSeconds() {
    assertThat(FitsGenerator.dateObs(40587.0)).isEqualTo("1970-01-01T00:00:00");
    assertThat(FitsGenerator.dateObs(51544.5)).isEqualTo("2000-01-01T12:00:00");
  }

  @Test
  void everyObjectMatchesItsManifestDigest() throws Exception {
    for (CorpusObject o : Corpus.locate().objects()) {
      byte[] bytes = o.bytes();
      assertThat(bytes).as(o.id()).hasSize((int) o.size());
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
          .as(o.id()).isEqualTo(o.sha256());
    }
  }
}
