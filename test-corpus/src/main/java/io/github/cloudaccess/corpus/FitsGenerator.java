package io.github.cloudaccess.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Generates the bytes of a corpus object with the fits-v1 algorithm of {@code objects/README.md}
 * (the same text as {@code tools/fitsgen.py}).
 *
 * <p>Rationale: storing 104 binary files would bloat the repository and hide how they were made;
 * a documented generator lets any language reproduce them and the manifest's sha256 proves it.
 */
public final class FitsGenerator {

  /** The FITS block size in bytes. */
  public static final int BLOCK = 2880;

  private static final int CARD = 80;
  private static final double MJD_UNIX_EPOCH = 40587.0;
  private static final DateTimeFormatter DATE_OBS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

  private FitsGenerator() {}

  /**
   * @param o the object
   * @return the complete file: one header block, then the data zero-padded to whole blocks
   */
  public static byte[] generate(CorpusObject o) {
    byte[] head = header(o).getBytes(StandardCharsets.US_ASCII);
    if (head.length != BLOCK) {
      throw new IllegalArgumentException("header does not fit in one block: " + o.id());
    }
    byte[] out = new byte[Math.multiplyExact(o.blocks(), BLOCK)];
    System.arraycopy(head, 0, out, 0, BLOCK);
    byte[] data = dataStream(o.seed(), dataLength(o));
    System.arraycopy(data, 0, out, BLOCK, data.length);
    return out;
  }

  /**
   * @param o the object
   * @return NAXIS1: the generated data bytes before the zero padding
   */
  public static int dataLength(CorpusObject o) {
    return (o.blocks() - 1) * BLOCK - (int) Math.floorMod(o.seed(), 1440L);
  }

  /**
   * @param o the object
   * @return the primary header as 80-character cards, space-padded to whole blocks
   */
  public static String header(CorpusObject o) {
    StringBuilder h = new StringBuilder(BLOCK);
    card(h, "SIMPLE", number("T"));
    card(h, "BITPIX", number("8"));
    card(h, "NAXIS", number("1"));
    card(h, "NAXIS1", number(Integer.toString(dataLength(o))));
    card(h, "OBJECT", string(o.target()));
    card(h, "TELESCOP", string(o.facility()));
    card(h, "INSTRUME", string(o.instrument()));
    card(h, "FILTER", string(o.filter()));
    card(h, "RA", number(format("%.6f", o.ra())));
    card(h, "DEC", number(format("%.6f", o.dec())));
    card(h, "DATE-OBS", string(dateObs(o.tMin())));
    card(h, "MJD-OBS", number(format("%.5f", o.tMin())));
    card(h, "EXPTIME", number(format("%.1f", o.exptime())));
    card(h, "WAVEMIN", number(format("%.4E", o.emMin())));
    card(h, "WAVEMAX", number(format("%.4E", o.emMax())));
    card(h, "OBS_ID", string(o.id()));
    card(h, "ORIGIN", string("cloud_access test corpus (fictional data)"));
    h.append(pad("END", CARD));
    int blocks = (h.length() + BLOCK - 1) / BLOCK;
    return pad(h.toString(), blocks * BLOCK);
  }

  /**
   * @param tMin an MJD
   * @return DATE-OBS: the UTC time rounded half up to whole seconds, {@code yyyy-MM-ddTHH:mm:ss}
   */
  public static String dateObs(double tMin) {
    long seconds = (long) Math.floor((tMin - MJD_UNIX_EPOCH) * 86400.0 + 0.5);
    return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC).format(DATE_OBS);
  }

  /**
   * SHA-256 in counter mode: SHA256(seed as 8 bytes big-endian || counter as 8 bytes big-endian)
   * for counter 0, 1, 2, ..., concatenated and cut to {@code length}.
   *
   * @param seed the seed
   * @param length the number of bytes
   * @return the bytes
   */
  public static byte[] dataStream(long seed, int length) {
    MessageDigest sha = sha256();
    byte[] out = new byte[length];
    ByteBuffer input = ByteBuffer.allocate(16);
    for (long counter = 0; counter * 32 < length; counter++) {
      input.clear();
      input.putLong(seed).putLong(counter);
      byte[] digest = sha.digest(input.array());
      int at = (int) (counter * 32);
      System.arraycopy(digest, 0, out, at, Math.min(32, length - at));
    }
    return out;
  }

  private static void card(StringBuilder h, String keyword, String valueField) {
    h.append(pad(pad(keyword, 8) + "= " + valueField, CARD));
  }

  private static String string(String value) {
    if (value.indexOf('\'') >= 0 || value.length() > 66) {
      throw new IllegalArgumentException("string not representable in fits-v1: " + value);
    }
    return "'" + pad(value, 8) + "'";
  }

  private static String number(String text) {
    return " ".repeat(Math.max(0, 20 - text.length())) + text;
  }

  private static String format(String pattern, double value) {
    return String.format(Locale.ROOT, pattern, value);
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
