package io.github.cloudaccess.validator.vot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.votable.Arraysize;
import io.github.cloudaccess.validator.votable.Datatype;
import org.junit.jupiter.api.Test;

class ValueSyntaxTest {

  private static String check(String text, Datatype d, String arraysize) {
    return ValueSyntax.check(text, d, Arraysize.parse(arraysize));
  }

  @Test
  void integers() {
    assertThat(check(" 42 ", Datatype.INT, null)).isNull();
    assertThat(check("-2147483648", Datatype.INT, null)).isNull();
    assertThat(check("2147483648", Datatype.INT, null)).isEqualTo("2147483648");
    assertThat(check("0x7F", Datatype.SHORT, null)).isNull();
    assertThat(check("256", Datatype.UNSIGNED_BYTE, null)).isEqualTo("256");
    assertThat(check("-9223372036854775808", Datatype.LONG, null)).isNull();
    assertThat(check("1.5", Datatype.LONG, null)).isEqualTo("1.5");
    assertThat(check("", Datatype.INT, null)).isNull();
    assertThat(check("1 2", Datatype.INT, null)).isEqualTo("1 2");
    assertThat(check("1 2 3", Datatype.INT, "*")).isNull();
  }

  @Test
  void floatingPoint() {
    assertThat(check("1e-7", Datatype.DOUBLE, null)).isNull();
    assertThat(check(".5", Datatype.FLOAT, null)).isNull();
    assertThat(check("NaN", Datatype.DOUBLE, null)).isNull();
    assertThat(check("-Inf", Datatype.DOUBLE, null)).isNull();
    assertThat(check("+Infinity", Datatype.DOUBLE, null)).isNull();
    assertThat(check("ten point five", Datatype.DOUBLE, null)).isEqualTo("ten");
    assertThat(check("1e", Datatype.DOUBLE, null)).isEqualTo("1e");
    assertThat(check("1.0 2.0", Datatype.DOUBLE_COMPLEX, null)).isNull();
  }

  @Test
  void booleansBitsAndText() {
    assertThat(check("T", Datatype.BOOLEAN, null)).isNull();
    assertThat(check("false", Datatype.BOOLEAN, null)).isNull();
    assertThat(check("?", Datatype.BOOLEAN, null)).isNull();
    assertThat(check("yes", Datatype.BOOLEAN, null)).isEqualTo("yes");
    assertThat(check("0101", Datatype.BIT, "4")).isNull();
    assertThat(check("anything < at all", Datatype.CHAR, "*")).isNull();
  }
}
