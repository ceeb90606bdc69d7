package io.github.cloudaccess.validator.http;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * Undoes gzip/deflate Content-Encoding, file to file, under the cap on decoded bytes.
 *
 * <p>Rationale: the validator asks for compression itself (and decodes itself, so the cap also
 * bounds a decompression bomb: copying stops at the first byte over the cap, after work
 * proportional to the cap, not to what the bomb would expand to).
 */
final class BodyDecoder {

  /** Layers of encoding accepted; more is treated as an unknown encoding. */
  private static final int MAX_LAYERS = 3;
  private static final int BUFFER = 64 * 1024;
  private static final Set<String> GZIP_TYPES =
      Set.of("application/gzip", "application/x-gzip", "application/octet-stream");

  private BodyDecoder() {}

  /**
   * What decoding produced.
   *
   * @param body the decoded file ({@code null} on failure; the raw file when nothing was decoded)
   * @param bytes its size
   * @param encodings the content codings found, in the order applied by the server
   * @param failure why decoding failed, or {@code null}
   * @param observations questionable things seen
   */
  record Decoded(Path body, long bytes, List<String> encodings, Failure failure,
      Set<Observation> observations) {}

  /**
   * Decodes a raw body; takes ownership of {@code raw} (deleted when replaced or on failure).
   *
   * @param raw the body as received
   * @param rawBytes its size
   * @param headers the response headers
   * @param type the parsed Content-Type, or {@code null}
   * @param cap the cap on decoded bytes
   * @param tempDir where decoded files go
   * @return the outcome
   */
  static Decoded decode(Path raw, long rawBytes, HttpHeaders headers, MediaType type, long cap,
      Path tempDir) {
    List<String> codings = codings(headers);
    Set<Observation> seen = EnumSet.noneOf(Observation.class);
    if (codings.isEmpty()) {
      if (gzipMagic(raw) && (type == null || !GZIP_TYPES.contains(type.essence()))) {
        seen.add(Observation.COMPRESSED_WITHOUT_ENCODING);
      }
      return new Decoded(raw, rawBytes, codings, null, seen);
    }
    boolean known = codings.size() <= MAX_LAYERS && codings.stream()
        .allMatch(c -> c.equals("gzip") || c.equals("x-gzip") || c.equals("deflate"));
    if (!known) {
      seen.add(Observation.UNKNOWN_ENCODING);
      return new Decoded(raw, rawBytes, codings, null, seen);
    }
    if (rawBytes == 0) {
      return new Decoded(raw, 0, codings, null, seen); // an empty body encodes nothing
    }
    return layers(raw, rawBytes, codings, cap, tempDir, seen);
  }

  private static Decoded layers(Path raw, long rawBytes, List<String> codings, long cap,
      Path tempDir, Set<Observation> seen) {
    Path current = raw;
    long size = rawBytes;
    for (int i = codings.size() - 1; i >= 0; i--) {
      Path out = null;
      try {
        out = Files.createTempFile(tempDir, "cav-", ".decoded");
        size = inflate(current, out, codings.get(i), cap);
        delete(current);
        current = out;
      } catch (CapExceeded e) {
        return failed(current, out, codings, seen, Failure.of(FailureKind.DECODED_TOO_LARGE,
            "decoded body exceeds the cap of " + cap + " bytes"));
      } catch (ZipException | EOFException e) {
        return failed(current, out, codings, seen, Failure.of(FailureKind.DECODING_FAILED,
            "body is not valid " + codings.get(i) + " data: "
                + FailureClassifier.printable(String.valueOf(e.getMessage()))));
      } catch (IOException e) {
        return failed(current, out, codings, seen, Failure.of(FailureKind.LOCAL_IO,
            "cannot write decoded body: " + e.getMessage()));
      }
    }
    return new Decoded(current, size, codings, null, seen);
  }

  private static long inflate(Path in, Path out, String coding, long cap) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(in), BUFFER);
        InputStream decoded = open(raw, coding);
        OutputStream sink = Files.newOutputStream(out)) {
      byte[] buf = new byte[BUFFER];
      long total = 0;
      for (int n; (n = decoded.read(buf)) > 0; ) {
        total += n;
        if (total > cap) {
          throw new CapExceeded();
        }
        sink.write(buf, 0, n);
      }
      return total;
    }
  }

  /**
   * "deflate" is meant to be zlib-wrapped (RFC 9110 §8.4.1.2), but some servers send raw
   * deflate: look at the zlib header to choose.
   */
  private static InputStream open(InputStream raw, String coding) throws IOException {
    if (!coding.equals("deflate")) {
      return new GZIPInputStream(raw, BUFFER);
    }
    raw.mark(2);
    int cmf = raw.read();
    int flg = raw.read();
    raw.reset();
    boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
    return new InflaterInputStream(raw, new Inflater(!zlib), BUFFER);
  }

  /** @return the content codings, lower case, "identity" left out */
  static List<String> codings(HttpHeaders headers) {
    List<String> out = new ArrayList<>();
    for (String value : headers.allValues("content-encoding")) {
      for (String part : value.split(",")) {
        String c = part.trim().toLowerCase(Locale.ROOT);
        if (!c.isEmpty() && !c.equals("identity")) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static boolean gzipMagic(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      return false;
    }
  }

  private static Decoded failed(Path current, Path out, List<String> codings,
      Set<Observation> seen, Failure failure) {
    delete(current);
    if (out != null) {
      delete(out);
    }
    return new Decoded(null, 0, codings, failure, seen);
  }

  private static void delete(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Left to the OS's temp cleaning.
    }
  }

  /** Signals the decoded-bytes cap; never escapes this class. */
  private static final class CapExceeded extends IOException {
    private static final long serialVersionUID = 1L;

    CapExceeded() {
      super("cap exceeded", null);
    }
  }
}
