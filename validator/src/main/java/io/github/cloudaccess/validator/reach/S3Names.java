package io.github.cloudaccess.validator.reach;

import java.util.regex.Pattern;

/**
 * Tells whether a bucket name could ever have existed on S3, so that no request is spent on one
 * that cannot (the CLD stage reports the naming rule broken, E-CLD-BKNM).
 *
 * <p>Deliberately wider than today's rules (3-63 of {@code a-z0-9.-}): buckets created in
 * us-east-1 before March 2018 may hold capitals and underscores and be up to 255 long, and still
 * exist. The SDK does not refuse such names itself: it falls back to path-style addressing.
 */
final class S3Names {

  private static final Pattern EVER_VALID = Pattern.compile("[A-Za-z0-9._-]{3,255}");

  private S3Names() {}

  /**
   * @param bucket a bucket name from the JSON
   * @return true when S3 could ever have had a bucket of that name
   */
  static boolean addressable(String bucket) {
    return EVER_VALID.matcher(bucket).matches();
  }
}
