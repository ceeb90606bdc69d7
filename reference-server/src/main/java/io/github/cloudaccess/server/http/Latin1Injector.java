package io.github.cloudaccess.server.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * For the invalid-utf8 defect only: replaces the UTF-8 encoding of U+E000 (EE 80 80) by the
 * single byte E9 (Latin-1 é), which is what a writer that mixes encodings produces; the
 * character writer above cannot emit invalid UTF-8 by itself.
 */
final class Latin1Injector extends FilterOutputStream {

  private static final byte[] MARKER = {(byte) 0xEE, (byte) 0x80, (byte) 0x80};
  private int matched;

  Latin1Injector(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    if ((byte) b == MARKER[matched]) {
      matched++;
      if (matched == MARKER.length) {
        out.write(0xE9);
        matched = 0;
      }
      return;
    }
    if (matched > 0) {
      out.write(MARKER, 0, matched);
      matched = 0;
      write(b);
      return;
    }
    out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  @Override
  public void flush() throws IOException {
    // A partial match stays pending: the marker's bytes are always written in one piece.
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (matched > 0) {
      out.write(MARKER, 0, matched);
      matched = 0;
    }
    super.close();
  }
}
