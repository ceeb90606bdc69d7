package io.github.cloudaccess.validator.xml;

import java.io.IOException;
import java.io.InputStream;

/**
 * Decodes raw bytes to code points with their line and column, with a small lookahead, for the
 * recovery scan. Invalid byte sequences come back as {@link #BAD} instead of failing, so every one
 * of them can be reported.
 *
 * <p>Lines follow XML end-of-line handling (CR, LF and CRLF each end one line); columns count
 * characters from 1.
 */
final class CodePointReader {

  /** End of input. */
  static final int EOF = -1;

  /** A byte sequence invalid in the encoding. */
  static final int BAD = -2;

  private static final int RING = 256;

  private final InputStream in;
  private final boolean utf8;
  private final boolean ascii;
  private final byte[] buf = new byte[1 << 16];
  private int pos;
  private int lim;

  private final int[] cps = new int[RING];
  private final long[] lines = new long[RING];
  private final long[] cols = new long[RING];
  private int head;
  private int count;

  private long line = 1;
  private long col = 0;
  private boolean afterCr;
  private long lastLine = 1;
  private long lastCol = 0;

  /**
   * @param in the raw bytes (a leading UTF-8 BOM must already be skipped)
   * @param encoding {@code UTF-8}, {@code US-ASCII}, or a single-byte Latin encoding
   */
  CodePointReader(InputStream in, String encoding) {
    this.in = in;
    String e = encoding == null ? "UTF-8" : encoding.toUpperCase(java.util.Locale.ROOT);
    this.utf8 = e.equals("UTF-8") || e.equals("UTF8");
    this.ascii = e.equals("US-ASCII") || e.equals("ASCII");
  }

  /**
   * @param k 0 for the next code point, 1 for the one after, ... (below 256)
   * @return the code point, {@link #EOF} or {@link #BAD}
   */
  int peek(int k) throws IOException {
    while (count <= k) {
      if (!fill()) {
        return EOF;
      }
    }
    return cps[(head + k) % RING];
  }

  /** @return the line of the code point {@code k} ahead */
  long peekLine(int k) throws IOException {
    return peek(k) == EOF ? line : lines[(head + k) % RING];
  }

  /** @return the column of the code point {@code k} ahead */
  long peekColumn(int k) throws IOException {
    return peek(k) == EOF ? col + 1 : cols[(head + k) % RING];
  }

  /** @return the next code point, consumed */
  int next() throws IOException {
    int c = peek(0);
    if (c == EOF) {
      return EOF;
    }
    lastLine = lines[head];
    lastCol = cols[head];
    head = (head + 1) % RING;
    count--;
    return c;
  }

  /** @return line of the code point last returned by {@link #next} */
  long line() {
    return lastLine;
  }

  /** @return column of the code point last returned by {@link #next} */
  long column() {
    return lastCol;
  }

  /** @return line just past the last code point decoded (for end-of-input findings) */
  long endLine() {
    return line;
  }

  /** @return column just past the last code point decoded */
  long endColumn() {
    return col + 1;
  }

  private boolean fill() throws IOException {
    int b = readByte();
    if (b < 0) {
      return false;
    }
    int cp;
    if (b < 0x80) {
      cp = b;
    } else if (!utf8) {
      cp = ascii ? BAD : b;
    } else {
      cp = decodeMultiByte(b);
    }
    place(cp);
    return true;
  }

  private int decodeMultiByte(int b0) throws IOException {
    int need;
    int min;
    int lo = 0x80;
    int hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      need = 1;
      min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      need = 2;
      min = 0x800;
      if (b0 == 0xE0) {
        lo = 0xA0;
      } else if (b0 == 0xED) {
        hi = 0x9F;
      }
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      need = 3;
      min = 0x10000;
      if (b0 == 0xF0) {
        lo = 0x90;
      } else if (b0 == 0xF4) {
        hi = 0x8F;
      }
    } else {
      return BAD;
    }
    int cp = b0 & (0x3F >> need);
    for (int i = 0; i < need; i++) {
      int b = peekByte();
      int low = i == 0 ? lo : 0x80;
      int high = i == 0 ? hi : 0xBF;
      if (b < low || b > high) {
        return BAD;
      }
      pos++;
      cp = (cp << 6) | (b & 0x3F);
    }
    return cp < min ? BAD : cp;
  }

  private void place(int cp) {
    if (cp == '\n' && afterCr) {
      afterCr = false;
      /* The LF of a CRLF pair belongs to the line the CR ended: give it the CR's position. */
      store(cp, lines[(head + count - 1 + RING) % RING], cols[(head + count - 1 + RING) % RING]);
      return;
    }
    col++;
    store(cp, line, col);
    afterCr = cp == '\r';
    if (cp == '\n' || cp == '\r') {
      line++;
      col = 0;
    }
  }

  private void store(int cp, long l, long c) {
    int at = (head + count) % RING;
    cps[at] = cp;
    lines[at] = l;
    cols[at] = c;
    count++;
  }

  private int readByte() throws IOException {
    if (pos >= lim && !refill()) {
      return -1;
    }
    return buf[pos++] & 0xFF;
  }

  private int peekByte() throws IOException {
    if (pos >= lim && !refill()) {
      return -1;
    }
    return buf[pos] & 0xFF;
  }

  private boolean refill() throws IOException {
    int n = in.read(buf, 0, buf.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    lim = n;
    return true;
  }
}
