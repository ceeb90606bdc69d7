package io.github.cloudaccess.server.s3;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The access key pair the embedded store accepts (AWS signature V2 or V4), generated afresh at
 * every start so no fixed secret lives in the code.
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret key
 */
public record S3Credentials(String accessKeyId, String secretAccessKey) {

  /** @return a new random key pair */
  public static S3Credentials generate() {
    SecureRandom random = new SecureRandom();
    byte[] id = new byte[8];
    byte[] secret = new byte[20];
    random.nextBytes(id);
    random.nextBytes(secret);
    return new S3Credentials("CAREF" + HexFormat.of().withUpperCase().formatHex(id),
        HexFormat.of().formatHex(secret));
  }

  @Override
  public String toString() {
    // Keep the secret out of logs and assertion messages.
    return "S3Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=***]";
  }
}
