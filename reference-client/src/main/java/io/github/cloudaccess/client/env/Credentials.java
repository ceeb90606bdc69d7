package io.github.cloudaccess.client.env;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * AWS credentials the client may sign S3 requests with; never printable.
 *
 * <p>Not a record on purpose: a record's generated {@code toString}, {@code equals} and accessors
 * would expose the secret. {@link #toString()} names the kind of source only.
 */
public final class Credentials {

  /** Where the credentials come from. */
  public enum Kind {
    /** Given directly (options or the {@code AWS_ACCESS_KEY_ID} environment variables). */
    STATIC,
    /** A named profile of the shared credentials/config files. */
    PROFILE,
    /** The SDK's default chain, which may ask the instance-metadata endpoint (explicit opt-in). */
    DEFAULT_CHAIN
  }

  private final Kind kind;
  private final AwsCredentialsProvider provider;
  private final List<String> secrets;

  private Credentials(Kind kind, AwsCredentialsProvider provider, List<String> secrets) {
    this.kind = kind;
    this.provider = provider;
    this.secrets = List.copyOf(secrets);
  }

  /**
   * @param accessKeyId the access key id
   * @param secretAccessKey the secret access key
   * @param sessionToken the session token, or null
   * @return static credentials
   */
  public static Credentials of(String accessKeyId, String secretAccessKey, String sessionToken) {
    Objects.requireNonNull(accessKeyId, "accessKeyId");
    Objects.requireNonNull(secretAccessKey, "secretAccessKey");
    var creds = sessionToken == null || sessionToken.isEmpty()
        ? AwsBasicCredentials.create(accessKeyId, secretAccessKey)
        : AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken);
    List<String> s = new ArrayList<>(List.of(accessKeyId, secretAccessKey));
    if (sessionToken != null) {
      s.add(sessionToken);
    }
    return new Credentials(Kind.STATIC, StaticCredentialsProvider.create(creds), s);
  }

  /**
   * Reads a profile from the shared files, if it holds an access key.
   *
   * @param profileName the profile name
   * @param credentialsFile the shared credentials file (may be missing)
   * @param configFile the shared config file (may be missing)
   * @return the credentials, or empty when neither file has the profile with a key
   */
  public static Optional<Credentials> fromProfile(String profileName, Path credentialsFile, Path configFile) {
    ProfileFile.Aggregator agg = ProfileFile.aggregator();
    boolean any = false;
    if (credentialsFile != null && Files.isRegularFile(credentialsFile)) {
      agg.addFile(ProfileFile.builder().content(credentialsFile).type(ProfileFile.Type.CREDENTIALS).build());
      any = true;
    }
    if (configFile != null && Files.isRegularFile(configFile)) {
      agg.addFile(ProfileFile.builder().content(configFile).type(ProfileFile.Type.CONFIGURATION).build());
      any = true;
    }
    if (!any) {
      return Optional.empty();
    }
    ProfileFile file = agg.build();
    Optional<Profile> profile = file.profile(profileName);
    Optional<String> id = profile.flatMap(p -> p.property("aws_access_key_id"));
    if (id.isEmpty()) {
      return Optional.empty();
    }
    List<String> s = new ArrayList<>();
    s.add(id.get());
    profile.get().property("aws_secret_access_key").ifPresent(s::add);
    profile.get().property("aws_session_token").ifPresent(s::add);
    var provider = ProfileCredentialsProvider.builder().profileFile(file).profileName(profileName).build();
    return Optional.of(new Credentials(Kind.PROFILE, provider, s));
  }

  /** @return the SDK default chain (environment, profiles, containers, instance metadata) */
  public static Credentials defaultChain() {
    return new Credentials(Kind.DEFAULT_CHAIN, DefaultCredentialsProvider.builder().build(), List.of());
  }

  /** @return the kind of source */
  public Kind kind() {
    return kind;
  }

  /** @return the provider to sign with */
  public AwsCredentialsProvider provider() {
    return provider;
  }

  /** @return the strings that must never be printed (key id, secret, token where known) */
  public List<String> secrets() {
    return secrets;
  }

  @Override
  public String toString() {
    return "Credentials[" + kind.name().toLowerCase(java.util.Locale.ROOT) + ", REDACTED]";
  }
}
