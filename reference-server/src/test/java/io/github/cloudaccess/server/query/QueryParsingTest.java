package io.github.cloudaccess.server.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cloudaccess.server.geometry.Cap;
import io.github.cloudaccess.server.geometry.LonLatRange;
import org.junit.jupiter.api.Test;

/** Strict decoding of parameters, numbers, intervals and POS shapes. */
class QueryParsingTest {

  private static Params decode(String q) throws Fault {
    Params p = new Params();
    ParamDecoder.decode(q, p);
    return p;
  }

  @Test
  void namesAreCaseInsensitiveAndValuesRepeat() throws Fault {
    Params p = decode("pos=a&POS=b+c&Band=%31e-7&flag");
    assertThat(p.all("POS")).containsExactly("a", "b c");
    assertThat(p.all("BAND")).containsExactly("1e-7");
    assertThat(p.all("FLAG")).containsExactly("");
    assertThat(p.count()).isEqualTo(4);
  }

  @Test
  void malformedEncodingIsAUsageFault() {
    for (String bad : new String[] {"a=%", "a=%4", "a=%G1", "a=%C3%28", "a=%ED%A0%80"}) {
      assertThatThrownBy(() -> decode(bad)).as(bad).isInstanceOf(Fault.class)
          .hasMessageStartingWith("UsageFault:");
    }
  }

  @Test
  void utf8IsDecoded() throws Fault {
    assertThat(decode("t=%C3%A9t%C3%A9").all("T")).containsExactly("\u00e9t\u00e9");
  }

  @Test
  void theParameterCountIsCapped() {
    assertThatThrownBy(() -> decode("a=1&".repeat(ParamDecoder.MAX_PARAMS + 1)))
        .isInstanceOf(Fault.class).hasMessageContaining("more than");
  }

  @Test
  void singleValuedParametersRefuseConflictingRepeats() throws Fault {
    assertThat(decode("MAXREC=3&MAXREC=3").single("MAXREC")).hasValue("3");
    assertThatThrownBy(() -> decode("MAXREC=3&MAXREC=4").single("MAXREC"))
        .isInstanceOf(Fault.class);
  }

  @Test
  void numbersAreStrict() throws Fault {
    assertThat(Numbers.decimal("-1.5e3", "x", false)).isEqualTo(-1500);
    assertThat(Numbers.decimal("+Inf", "x", true)).isInfinite();
    for (String bad : new String[] {"NaN", "Infinity", "1d", "0x10", "1e99999", "1e400", "", "1 "}) {
      assertThatThrownBy(() -> Numbers.decimal(bad, "x", false)).as(bad)
          .isInstanceOf(Fault.class);
    }
    assertThatThrownBy(() -> Numbers.decimal("-Inf", "x", false)).isInstanceOf(Fault.class);
  }

  @Test
  void intervalsAreInclusiveAndScalarsArePoints() throws Fault {
    Interval i = Interval.parse("1 2", "BAND");
    assertThat(i.contains(1)).isTrue();
    assertThat(i.contains(2)).isTrue();
    assertThat(i.overlaps(2, 3)).isTrue();
    assertThat(i.overlaps(2.0001, 3)).isFalse();
    assertThat(Interval.parse("5", "BAND")).isEqualTo(new Interval(5, 5));
    assertThat(Interval.parse("-Inf +Inf", "BAND").contains(1e300)).isTrue();
    assertThatThrownBy(() -> Interval.parse("3 2", "BAND")).isInstanceOf(Fault.class);
    assertThatThrownBy(() -> Interval.parse("+Inf", "BAND")).isInstanceOf(Fault.class);
  }

  @Test
  void shapesParseWithTheirArityAndRanges() throws Fault {
    assertThat(ShapeParser.parse("CIRCLE 10 20 1")).isInstanceOf(Cap.class);
    assertThat(ShapeParser.parse("circle 10 20 1")).isInstanceOf(Cap.class);
    assertThat(ShapeParser.parse("RANGE -Inf +Inf 60 +Inf"))
        .isEqualTo(new LonLatRange(0, 360, 60, 90));
    for (String bad : new String[] {"CIRCLE 10 20", "CIRCLE 361 0 1", "CIRCLE 0 91 1",
        "CIRCLE 0 0 -1", "RANGE 0 10 20 10", "RANGE 0 10 20", "POLYGON 0 0 1 1",
        "POLYGON 0 0 1 1 2", "TRIANGLE 1 2 3", "POLYGON 0 0 0 0 1 1"}) {
      assertThatThrownBy(() -> ShapeParser.parse(bad)).as(bad).isInstanceOf(Fault.class);
    }
  }
}
