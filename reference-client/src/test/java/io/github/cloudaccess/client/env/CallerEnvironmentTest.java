package io.github.cloudaccess.client.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Region and credentials come from the standard variables and files, never from the network. */
class CallerEnvironmentTest {

  @TempDir Path home;

  @Test
  void regionPrefersAwsRegion() {
    assertThat(CallerEnvironment.detect(Map.of("AWS_REGION", "us-west-2", "AWS_DEFAULT_REGION", "eu-west-1"), home)
        .region()).contains("us-west-2");
    assertThat(CallerEnvironment.detect(Map.of("AWS_DEFAULT_REGION", "eu-west-1"), home).region()).contains("eu-west-1");
    assertThat(CallerEnvironment.detect(Map.of(), home).region()).isEmpty();
  }

  @Test
  void environmentKeysAreStaticCredentials() {
    var c = CallerEnvironment.detect(Map.of("AWS_ACCESS_KEY_ID", "AKIDENVTEST1", "AWS_SECRET_ACCESS_KEY", "envsecret123"),
        home).credentials();
    assertThat(c).get().extracting(Credentials::kind).isEqualTo(Credentials.Kind.STATIC);
    assertThat(c.get().secrets()).contains("AKIDENVTEST1", "envsecret123");
    assertThat(c.get().toString()).doesNotContain("AKIDENVTEST1").doesNotContain("envsecret123");
  }

  @Test
  void aProfileWithAKeyIsUsedAndOneWithoutIsNot() throws Exception {
    Path aws = Files.createDirectories(home.resolve(".aws"));
    Files.writeString(aws.resolve("credentials"),
        "[default]\naws_access_key_id = AKIDPROFILE1\naws_secret_access_key = profsecret1\n"
            + "[empty]\nregion = us-east-1\n");
    var dflt = CallerEnvironment.detect(Map.of(), home).credentials();
    assertThat(dflt).get().extracting(Credentials::kind).isEqualTo(Credentials.Kind.PROFILE);
    assertThat(dflt.get().secrets()).contains("AKIDPROFILE1", "profsecret1");
    assertThat(CallerEnvironment.detect(Map.of("AWS_PROFILE", "empty"), home).credentials()).isEmpty();
    assertThat(CallerEnvironment.detect(Map.of("AWS_PROFILE", "missing"), home).credentials()).isEmpty();
  }

  @Test
  void noFilesAndNoVariablesMeanNoCredentials() {
    assertThat(CallerEnvironment.detect(Map.of("AWS_ACCESS_KEY_ID", "only-the-id"), home).credentials()).isEmpty();
  }
}
