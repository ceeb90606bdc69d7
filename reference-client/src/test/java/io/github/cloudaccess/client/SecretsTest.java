package io.github.cloudaccess.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.client.cli.CliContext;
import io.github.cloudaccess.client.cli.Main;
import io.github.cloudaccess.client.env.Credentials;
import io.github.cloudaccess.client.fixtures.Bytes;
import io.github.cloudaccess.client.fixtures.S3Fixture;
import io.github.cloudaccess.client.fixtures.Votables;
import io.github.cloudaccess.client.plan.OnPremRoute;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials never appear in toString(), results, messages, exceptions, CLI output or logs. */
class SecretsTest {

  private static final String WRONG_SECRET = "wrong-secret-Zq81xXk2";
  private static final String URL_PASSWORD = "urlPa55word";

  @TempDir Path dir;

  private final List<String> logged = new ArrayList<>();
  private final List<String> wire = new ArrayList<>();
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord r) {
      synchronized (logged) {
        // The JDK's own wire trace (sun.net.www at FINE, off by default) prints the standard
        // SigV4 Authorization header, which names the key id (never the secret): judged apart.
        String name = String.valueOf(r.getLoggerName());
        boolean jdkWire = name.startsWith("sun.net") || name.startsWith("jdk.internal");
        (jdkWire ? wire : logged).add(String.valueOf(r.getMessage()) + " " + r.getThrown());
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };
  private Level oldLevel;

  @BeforeEach
  void captureLogs() {
    Logger root = Logger.getLogger("");
    oldLevel = root.getLevel();
    root.setLevel(Level.ALL);
    root.addHandler(capture);
  }

  @AfterEach
  void release() {
    Logger root = Logger.getLogger("");
    root.removeHandler(capture);
    root.setLevel(oldLevel);
  }

  private static void assertClean(String text, String... secrets) {
    for (String s : secrets) {
      assertThat(text).doesNotContain(s);
    }
  }

  private static String everything(DownloadResult r) {
    StringBuilder b = new StringBuilder(r.toString());
    r.attempts().forEach(a -> b.append(a.detail()).append(a.route().describe()).append(a));
    r.plan().skipped().forEach(s -> b.append(s));
    return b.toString();
  }

  @Test
  void optionsAndCredentialsPrintNoSecret() {
    Credentials c = Credentials.of(S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY, "session-token-XYZ123");
    DownloadOptions.Builder b = DownloadOptions.builder().credentials(c);
    assertClean(c + " " + b + " " + b.build(), S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY, "session-token-XYZ123");
  }

  @Test
  void signedDownloadsLeaveNoSecretInResultsOrLogs() throws Exception {
    S3Fixture s3 = S3Fixture.get();
    byte[] body = Bytes.random(1000, 9);
    s3.put("private-data", "secret/x.fits", body, false);
    String value = "{\"aws\": {\"bucket_name\": \"private-data\", \"key\": \"secret/x.fits\", \"access\": \"restricted\"}}";
    DownloadOptions.Builder base = DownloadOptions.builder().provider(ProviderChoice.AWS).s3Endpoint(s3.endpoint(), true)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5));

    DownloadResult bad;
    try (CloudAccessClient c = new CloudAccessClient(base.credentials(
        Credentials.of(S3Fixture.ACCESS_KEY, WRONG_SECRET, null)).build())) {
      bad = c.download(ProductRecord.of(0, value, null), dir);
    }
    assertThat(bad.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.FORBIDDEN);
    assertClean(everything(bad), S3Fixture.ACCESS_KEY, WRONG_SECRET);

    DownloadResult good;
    try (CloudAccessClient c = new CloudAccessClient(base.credentials(
        Credentials.of(S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY, null)).build())) {
      good = c.download(ProductRecord.of(0, value, null), dir);
    }
    assertThat(good.status()).isEqualTo(DownloadStatus.DOWNLOADED);
    assertClean(everything(good), S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY);
    synchronized (logged) {
      assertClean(String.join("\n", logged), S3Fixture.ACCESS_KEY, S3Fixture.SECRET_KEY, WRONG_SECRET);
      assertThat(wire).isNotEmpty();
      assertClean(String.join("\n", wire), S3Fixture.SECRET_KEY, WRONG_SECRET);
    }
  }

  @Test
  void userInfoAndPresignedValuesInUrlsAreRedacted() throws Exception {
    URI u = URI.create("http://reader:" + URL_PASSWORD + "@127.0.0.1:9/x.fits?X-Amz-Signature=abcdef0123&id=7");
    OnPremRoute r = new OnPremRoute(u);
    assertClean(r.toString() + r.describe(), URL_PASSWORD, "abcdef0123");
    assertThat(r.describe()).contains("id=7");
    try (CloudAccessClient c = new CloudAccessClient(DownloadOptions.builder()
        .timeouts(Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofMillis(500)).build())) {
      DownloadResult res = c.download(ProductRecord.of(0, null, u.toString()), dir);
      assertThat(res.status()).isEqualTo(DownloadStatus.FAILED);
      assertClean(everything(res), URL_PASSWORD, "abcdef0123");
    }
  }

  @Test
  void theCommandLinePrintsNoSecret() throws Exception {
    S3Fixture s3 = S3Fixture.get();
    s3.put("private-data", "cli/x.fits", Bytes.random(500, 3), false);
    Path vot = Files.writeString(dir.resolve("q.xml"), Votables.discovery().row("ivo://x", null, null, null,
        "{\"aws\": {\"bucket_name\": \"private-data\", \"key\": \"cli/x.fits\", \"access\": \"restricted\"}}").xml());
    for (String secret : List.of(S3Fixture.SECRET_KEY, WRONG_SECRET)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", S3Fixture.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", secret);
      int code = Main.run(new String[] {"fetch", vot.toString(), "--out", dir.resolve("out").toString(),
          "--provider", "aws", "--s3-endpoint", s3.endpoint().toString(), "--overwrite"},
          new CliContext(new PrintWriter(out), new PrintWriter(err), env, dir, false));
      assertThat(code).isEqualTo(secret.equals(WRONG_SECRET) ? 1 : 0);
      assertClean(out + "\n" + err, S3Fixture.ACCESS_KEY, secret);
    }
  }
}
