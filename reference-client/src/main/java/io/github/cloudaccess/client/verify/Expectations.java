package io.github.cloudaccess.client.verify;

import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.ObjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a delivered file against everything known about it.
 *
 * <p>Exact sizes (the store's HEAD and GET Content-Length, DataLink {@code content_length}) must
 * all match. {@code access_estsize} is an estimate: it is checked only when no exact size is
 * known, and then within {@code max(estimate x tolerance, 1024)} bytes (1 kbyte of rounding);
 * a negative tolerance switches that check off. Every MD5 the store gave must match.
 *
 * @param record the record (sizes)
 * @param probe what HEAD said
 * @param got what the GET response headers said
 * @param estsizeTolerance relative tolerance for {@code access_estsize}, negative to ignore it
 */
public record Expectations(ProductRecord record, ObjectFacts probe, ObjectFacts got, double estsizeTolerance) {

  /**
   * @param bytes the number of bytes written
   * @param md5Hex the MD5 of the bytes written, null when not computed (checksums not verified)
   * @return the mismatches found, empty when the file is verified
   */
  public List<String> mismatches(long bytes, String md5Hex) {
    List<String> out = new ArrayList<>();
    boolean exact = false;
    exact |= size(out, "HEAD Content-Length", probe.size(), bytes);
    exact |= size(out, "GET Content-Length", got.size(), bytes);
    exact |= size(out, "content_length", record.exactSize(), bytes);
    if (!exact && record.estimatedSize().isPresent() && estsizeTolerance >= 0) {
      long est = record.estimatedSize().getAsLong();
      double slack = Math.max(est * estsizeTolerance, 1024.0);
      if (Math.abs(bytes - est) > slack) {
        out.add("size " + bytes + " is not within " + (long) slack + " bytes of access_estsize " + est);
      }
    }
    md5(out, "HEAD", probe.md5Hex(), md5Hex);
    md5(out, "GET", got.md5Hex(), md5Hex);
    return out;
  }

  private static boolean size(List<String> out, String what, OptionalLong expected, long actual) {
    if (expected.isEmpty()) {
      return false;
    }
    if (expected.getAsLong() != actual) {
      out.add("size " + actual + " differs from " + what + " " + expected.getAsLong());
    }
    return true;
  }

  private static void md5(List<String> out, String what, Optional<String> expected, String actual) {
    if (actual != null && expected.isPresent() && !expected.get().equalsIgnoreCase(actual)) {
      out.add("MD5 differs from the " + what + " checksum");
    }
  }
}
