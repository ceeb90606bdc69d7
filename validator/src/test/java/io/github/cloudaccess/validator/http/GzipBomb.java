package io.github.cloudaccess.validator.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/** A decompression bomb for tests of the decoded-bytes cap. */
public final class GzipBomb {

  private GzipBomb() {}

  /**
   * @return 128 gzip members of 8 MiB of zeros each: about 1 MB that expands to 1 GiB
   * @throws IOException never in practice (in-memory streams)
   */
  public static byte[] bytes() throws IOException {
    ByteArrayOutputStream member = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(member, 64 * 1024) {
      {
        def.setLevel(Deflater.BEST_COMPRESSION);
      }
    }) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) {
        z.write(zeros);
      }
    }
    byte[] one = member.toByteArray();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    for (int i = 0; i < 128; i++) {
      all.write(one);
    }
    return all.toByteArray();
  }
}
