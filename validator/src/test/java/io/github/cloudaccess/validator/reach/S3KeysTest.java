package io.github.cloudaccess.validator.reach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come from the environment or the shared credentials file, and from nowhere else. */
class S3KeysTest {

  @TempDir
  Path home;

  private void credentials(String text) throws Exception {
    Files.createDirectories(home.resolve(".aws"));
    Files.writeString(home.resolve(".aws/credentials"), text);
  }

  @Test
  void environmentVariablesComeFirst() throws Exception {
    credentials("[default]\naws_access_key_id = FROMFILE\naws_secret_access_key = s\n");
    assertThat(S3Keys.fromEnvironment(Map.of("AWS_ACCESS_KEY_ID", "AKIDENV",
        "AWS_SECRET_ACCESS_KEY", "secret", "AWS_SESSION_TOKEN", "tok"), home))
        .contains(new S3Keys("AKIDENV", "secret", "tok"));
  }

  @Test
  void profileFileIsReadForTheNamedProfile() throws Exception {
    credentials("[default]\naws_access_key_id = DEF\naws_secret_access_key = s1\n"
        + "[archive]\naws_access_key_id = ARC\naws_secret_access_key = s2\n");
    assertThat(S3Keys.fromEnvironment(Map.of(), home)).contains(new S3Keys("DEF", "s1", null));
    assertThat(S3Keys.fromEnvironment(Map.of("AWS_PROFILE", "archive"), home))
        .contains(new S3Keys("ARC", "s2", null));
    Path other = home.resolve("elsewhere");
    Files.writeString(other, "[default]\naws_access_key_id = ELSE\naws_secret_access_key = s3\n");
    assertThat(S3Keys.fromEnvironment(Map.of("AWS_SHARED_CREDENTIALS_FILE", other.toString()),
        home)).contains(new S3Keys("ELSE", "s3", null));
  }

  @Test
  void profilesWithoutStaticKeysGiveNothing() throws Exception {
    credentials("[default]\ncredential_process = /bin/echo nothing\n"
        + "[role]\nrole_arn = arn:aws:iam::123456789012:role/x\n"
        + "credential_source = Ec2InstanceMetadata\n");
    assertThat(S3Keys.fromEnvironment(Map.of(), home)).isEmpty();
    assertThat(S3Keys.fromEnvironment(Map.of("AWS_PROFILE", "role"), home)).isEmpty();
    assertThat(S3Keys.fromEnvironment(Map.of("AWS_ACCESS_KEY_ID", "half"), home)).isEmpty();
  }

  @Test
  void missingOrBrokenFilesGiveNothing() throws Exception {
    assertThat(S3Keys.fromEnvironment(Map.of(), home)).isEmpty();
    credentials("[default\nthis is not an ini file = = =\n");
    assertThat(S3Keys.fromEnvironment(Map.of(), home)).isEmpty();
  }

  @Test
  void secretsAreNeverPrinted() {
    assertThat(new S3Keys("AKID", "very-secret", "token").toString())
        .doesNotContain("very-secret").doesNotContain("token");
    assertThatThrownBy(() -> new S3Keys(" ", "s", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
