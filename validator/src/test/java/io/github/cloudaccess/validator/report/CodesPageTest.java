package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code validator/CODES.md} is generated from the registry and committed; this fails when it is
 * out of date. Run with {@code -Dcloudaccess.regenerate=true} to rewrite it (see
 * {@link CodeCatalogue#REGENERATE}).
 */
class CodesPageTest {

  /** The system property that makes generated-file tests rewrite their files. */
  static final String REGENERATE = "cloudaccess.regenerate";

  @Test
  void codesPageMatchesTheRegistry() throws IOException {
    Path page = CodeTest.moduleDir().resolve("CODES.md");
    String expected = CodeCatalogue.markdown();
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(page, expected, StandardCharsets.UTF_8);
    }
    assertThat(page).as("validator/CODES.md exists; regenerate with: " + CodeCatalogue.REGENERATE)
        .exists();
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .as("validator/CODES.md is out of date with Code.java; regenerate with: "
            + CodeCatalogue.REGENERATE)
        .isEqualTo(expected);
  }

  @Test
  void pageListsEveryCodeOnce() {
    String md = CodeCatalogue.markdown();
    for (Code c : Code.values()) {
      assertThat(md.split("\\| `" + c.token() + "` \\|", -1)).as(c.token()).hasSize(2);
    }
    assertThat(md).contains(CodeCatalogue.announcement());
  }
}
