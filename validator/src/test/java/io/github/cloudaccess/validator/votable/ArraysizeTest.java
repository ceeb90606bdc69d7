package io.github.cloudaccess.validator.votable;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArraysizeTest {

  @Test
  void parsesEveryForm() {
    assertThat(Arraysize.parse(null)).isEqualTo(Arraysize.SCALAR);
    assertThat(Arraysize.parse("*").kind()).isEqualTo(Arraysize.Kind.UNBOUNDED);
    assertThat(Arraysize.parse("12")).extracting(Arraysize::kind, Arraysize::maxElements)
        .containsExactly(Arraysize.Kind.FIXED, 12L);
    assertThat(Arraysize.parse("256*")).extracting(Arraysize::kind, Arraysize::maxElements)
        .containsExactly(Arraysize.Kind.BOUNDED, 256L);
    assertThat(Arraysize.parse("3x4")).extracting(Arraysize::kind, Arraysize::maxElements)
        .containsExactly(Arraysize.Kind.FIXED, 12L);
    assertThat(Arraysize.parse("2x*").kind()).isEqualTo(Arraysize.Kind.UNBOUNDED);
    assertThat(Arraysize.parse("2x5*").maxElements()).isEqualTo(10L);
  }

  @Test
  void rejectsMalformedText() {
    assertThat(Arraysize.parse("")).isNull();
    assertThat(Arraysize.parse("x")).isNull();
    assertThat(Arraysize.parse("*x2")).isNull();
    assertThat(Arraysize.parse("-1")).isNull();
    assertThat(Arraysize.parse("n")).isNull();
  }

  @Test
  void oneElementIsNotAnArray() {
    assertThat(Arraysize.parse("1").isArray()).isFalse();
    assertThat(Arraysize.SCALAR.isArray()).isFalse();
    assertThat(Arraysize.parse("*").isArray()).isTrue();
  }
}
