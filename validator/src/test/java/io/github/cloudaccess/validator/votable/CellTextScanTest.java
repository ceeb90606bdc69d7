package io.github.cloudaccess.validator.votable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextScanTest {

  private static int scan(int bits, String... chunks) {
    CellTextScan s = new CellTextScan();
    s.start(bits);
    for (String c : chunks) {
      s.scan(c.toCharArray(), 0, c.length());
    }
    return s.found();
  }

  @Test
  void findsEntityTextSplitAcrossCharacterEvents() {
    /* The parser delivers &amp;quot; as "&" and "quot;" in two events. */
    assertThat(scan(ColumnDemand.ENTITY_TEXT, "say ", "&", "quot;hi")).isEqualTo(1);
    assertThat(scan(ColumnDemand.ENTITY_TEXT, "a &#34; b")).isEqualTo(1);
    assertThat(scan(ColumnDemand.ENTITY_TEXT, "x &#x22; y")).isEqualTo(1);
  }

  @Test
  void ignoresAmpersandsThatAreNotEntityText() {
    assertThat(scan(ColumnDemand.ENTITY_TEXT, "R&D; AT&T", " a & b; c&;")).isZero();
    assertThat(scan(ColumnDemand.ENTITY_TEXT, "https://x?a=1&b=2")).isZero();
  }

  @Test
  void findsNonAsciiOnlyWhenWatched() {
    assertThat(scan(ColumnDemand.NON_ASCII, "caf\u00e9")).isEqualTo(ColumnDemand.NON_ASCII);
    assertThat(scan(ColumnDemand.ENTITY_TEXT, "caf\u00e9")).isZero();
    assertThat(scan(ColumnDemand.NON_ASCII | ColumnDemand.ENTITY_TEXT, "&amp;", "\u00e9"))
        .isEqualTo(3);
  }
}
