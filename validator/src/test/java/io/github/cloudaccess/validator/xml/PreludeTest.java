package io.github.cloudaccess.validator.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PreludeTest {

  private static Prelude of(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return Prelude.of(b, b.length);
  }

  @Test
  void emptyAndWhitespaceBodiesAreEmpty() {
    assertThat(of("").kind()).isEqualTo(Prelude.Kind.EMPTY);
    assertThat(of(" \n\t ").kind()).isEqualTo(Prelude.Kind.EMPTY);
  }

  @Test
  void htmlAndTextAreRecognisedWithASnippet() {
    Prelude html = of("<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>");
    assertThat(html.kind()).isEqualTo(Prelude.Kind.HTML);
    assertThat(html.snippet()).isEqualTo("502 Bad Gateway");
    assertThat(of("<HTML><body>x</body></HTML>").kind()).isEqualTo(Prelude.Kind.HTML);
    assertThat(of("Internal Server Error\n").kind()).isEqualTo(Prelude.Kind.TEXT);
  }

  @Test
  void declarationAndBomAreRead() {
    Prelude p = of("\uFEFF<?xml version=\"1.1\" encoding='ISO-8859-1'?><VOTABLE/>");
    assertThat(p.kind()).isEqualTo(Prelude.Kind.XML);
    assertThat(p.bom()).isEqualTo(3);
    assertThat(p.xmlVersion()).isEqualTo("1.1");
    assertThat(p.isUtf8()).isFalse();
    assertThat(of("<?xml version=\"1.0\"?><!-- c --><VOTABLE/>").isUtf8()).isTrue();
  }
}
