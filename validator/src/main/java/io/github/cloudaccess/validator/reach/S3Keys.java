package io.github.cloudaccess.validator.reach;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * A static AWS key pair for checking {@code restricted} objects, taken only from what the user
 * set up explicitly: environment variables or the shared credentials file.
 *
 * <p>Rationale: the SDK's default chain ends by asking the instance-metadata endpoint, which a
 * validator must never probe; profiles that name a credential process, SSO or a role are ignored
 * for the same reason (they run programs or call STS).
 *
 * @param accessKeyId the access key id
 * @param secretAccessKey the secret (never printed)
 * @param sessionToken the session token, {@code null} for long-term keys
 */
public record S3Keys(String accessKeyId, String secretAccessKey, String sessionToken) {

  /** Rejects empty keys. */
  public S3Keys {
    if (Objects.requireNonNull(accessKeyId).isBlank()
        || Objects.requireNonNull(secretAccessKey).isBlank()) {
      throw new IllegalArgumentException("empty AWS key");
    }
  }

  /**
   * Finds keys the way the AWS CLI documents them, without any network: {@code AWS_ACCESS_KEY_ID}
   * / {@code AWS_SECRET_ACCESS_KEY} / {@code AWS_SESSION_TOKEN} first, else static keys of profile
   * {@code AWS_PROFILE} (default {@code default}) in {@code AWS_SHARED_CREDENTIALS_FILE} (default
   * {@code ~/.aws/credentials}).
   *
   * @param env the environment (the CLI passes {@code System.getenv()}; tests pass a map)
   * @param home the user's home directory
   * @return the keys, empty when none are configured
   */
  public static Optional<S3Keys> fromEnvironment(Map<String, String> env, Path home) {
    String id = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
      return Optional.of(new S3Keys(id, secret, blankToNull(env.get("AWS_SESSION_TOKEN"))));
    }
    String fileName = env.get("AWS_SHARED_CREDENTIALS_FILE");
    Path file = fileName != null && !fileName.isBlank() ? Path.of(fileName)
        : home.resolve(".aws").resolve("credentials");
    String profileName = env.getOrDefault("AWS_PROFILE", "default");
    return fromProfileFile(file, profileName);
  }

  private static Optional<S3Keys> fromProfileFile(Path file, String profileName) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      ProfileFile parsed = ProfileFile.builder().content(file)
          .type(ProfileFile.Type.CREDENTIALS).build();
      Optional<Profile> profile = parsed.profile(profileName);
      Optional<String> id = profile.flatMap(p -> p.property("aws_access_key_id"));
      Optional<String> secret = profile.flatMap(p -> p.property("aws_secret_access_key"));
      if (id.isEmpty() || secret.isEmpty() || id.get().isBlank() || secret.get().isBlank()) {
        return Optional.empty();
      }
      String token = profile.flatMap(p -> p.property("aws_session_token")).orElse(null);
      return Optional.of(new S3Keys(id.get(), secret.get(), blankToNull(token)));
    } catch (RuntimeException e) {
      // An unreadable or malformed file means "no keys", as for the AWS CLI with a broken file.
      return Optional.empty();
    }
  }

  /** @return the SDK form of these keys */
  AwsCredentials toSdk() {
    return sessionToken == null ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
        : AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Never shows the secret or the token. */
  @Override
  public String toString() {
    return "S3Keys[" + accessKeyId + ", secret redacted]";
  }
}
