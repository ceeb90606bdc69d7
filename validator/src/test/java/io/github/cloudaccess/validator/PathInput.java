package io.github.cloudaccess.validator;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test inputs: a file, or an inline document. */
public final class PathInput {

  private PathInput() {}

  /**
   * @param path a file
   * @return an input reading it
   */
  public static Input of(Path path) {
    return new Input() {
      @Override
      public String name() {
        return path.toString();
      }

      @Override
      public InputStream open() throws IOException {
        return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
      }
    };
  }

  /**
   * @param text a whole document
   * @return an input holding its UTF-8 bytes
   */
  public static Input text(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @param bytes a whole document
   * @return an input holding the bytes
   */
  public static Input bytes(byte[] bytes) {
    return new Input() {
      @Override
      public String name() {
        return "inline.xml";
      }

      @Override
      public InputStream open() {
        return new ByteArrayInputStream(bytes);
      }
    };
  }

  /**
   * Validates with default options.
   *
   * @param input the input
   * @return the findings
   */
  public static CollectingReporter validate(Input input) {
    return validate(input, ValidatorOptions.defaults());
  }

  /**
   * @param input the input
   * @param options the options
   * @return the findings
   */
  public static CollectingReporter validate(Input input, ValidatorOptions options) {
    CollectingReporter r = new CollectingReporter();
    new Validator(options).validate(input, r);
    return r;
  }
}
