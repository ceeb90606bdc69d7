package io.github.cloudaccess.client.env;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the caller's region and credentials from the standard AWS environment variables and
 * shared files, without any network call.
 *
 * <p>Region: {@code AWS_REGION}, else {@code AWS_DEFAULT_REGION}. Credentials:
 * {@code AWS_ACCESS_KEY_ID} + {@code AWS_SECRET_ACCESS_KEY} (+ {@code AWS_SESSION_TOKEN}), else the
 * profile {@code AWS_PROFILE} (default {@code default}) of {@code AWS_SHARED_CREDENTIALS_FILE}
 * (default {@code ~/.aws/credentials}) or {@code AWS_CONFIG_FILE} (default {@code ~/.aws/config})
 * when it holds an access key. The instance-metadata endpoint is never asked here: callers that
 * want it pass {@link Credentials#defaultChain()} explicitly.
 *
 * @param region the caller's region, empty when none is set
 * @param credentials the credentials found, empty when none
 */
public record CallerEnvironment(Optional<String> region, Optional<Credentials> credentials) {

  /**
   * @param env the process environment (injected for tests)
   * @param home the user's home directory
   * @return what the environment says
   */
  public static CallerEnvironment detect(Map<String, String> env, Path home) {
    Optional<String> region = first(env, "AWS_REGION", "AWS_DEFAULT_REGION");
    Optional<String> id = first(env, "AWS_ACCESS_KEY_ID");
    Optional<String> secret = first(env, "AWS_SECRET_ACCESS_KEY");
    if (id.isPresent() && secret.isPresent()) {
      return new CallerEnvironment(region,
          Optional.of(Credentials.of(id.get(), secret.get(), env.get("AWS_SESSION_TOKEN"))));
    }
    String profile = first(env, "AWS_PROFILE").orElse("default");
    Path aws = home == null ? null : home.resolve(".aws");
    Path credFile = first(env, "AWS_SHARED_CREDENTIALS_FILE").map(Path::of)
        .orElse(aws == null ? null : aws.resolve("credentials"));
    Path configFile = first(env, "AWS_CONFIG_FILE").map(Path::of)
        .orElse(aws == null ? null : aws.resolve("config"));
    return new CallerEnvironment(region, Credentials.fromProfile(profile, credFile, configFile));
  }

  private static Optional<String> first(Map<String, String> env, String... names) {
    for (String n : names) {
      String v = env.get(n);
      if (v != null && !v.isBlank()) {
        return Optional.of(v.strip());
      }
    }
    return Optional.empty();
  }
}
