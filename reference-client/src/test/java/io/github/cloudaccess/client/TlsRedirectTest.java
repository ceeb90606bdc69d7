package io.github.cloudaccess.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.github.cloudaccess.client.fixtures.Bytes;
import io.github.cloudaccess.client.plan.OnPremRoute;
import io.github.cloudaccess.client.plan.ProviderChoice;
import io.github.cloudaccess.client.record.ProductRecord;
import io.github.cloudaccess.client.transfer.AttemptOutcome;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirects between TLS and plain HTTP, with WireMock listening on an https and an http port of
 * loopback. The certificate is made for this run by the JDK's keytool (for IP 127.0.0.1) and
 * trusted through {@link DownloadOptions.Builder#sslContext}.
 */
class TlsRedirectTest {

  private static final String PASSWORD = "test-only-keystore";

  @TempDir static Path keys;
  private static WireMockServer wm;
  private static SSLContext trusting;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws Exception {
    Path store = keys.resolve("tls.p12");
    Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
        "-genkeypair", "-alias", "loopback", "-keyalg", "EC", "-groupname", "secp256r1",
        "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1", "-validity", "2",
        "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD, "-keypass", PASSWORD)
        .redirectErrorStream(true).redirectOutput(keys.resolve("keytool.log").toFile()).start();
    assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).as("keytool finished").isTrue();
    assertThat(keytool.exitValue()).as(Files.readString(keys.resolve("keytool.log"))).isZero();

    wm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort()
        .dynamicHttpsPort().keystorePath(store.toString()).keystoreType("PKCS12")
        .keystorePassword(PASSWORD).keyManagerPassword(PASSWORD));
    wm.start();

    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      ks.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(ks);
    trusting = SSLContext.getInstance("TLS");
    trusting.init(null, tmf.getTrustManagers(), null);
  }

  @AfterAll
  static void stop() {
    wm.stop();
  }

  private static String https(String path) {
    return "https://127.0.0.1:" + wm.httpsPort() + path;
  }

  private static String http(String path) {
    return "http://127.0.0.1:" + wm.port() + path;
  }

  private static void redirect(String from, String to) {
    wm.stubFor(any(urlPathEqualTo(from)).willReturn(aResponse().withStatus(302).withHeader("Location", to)));
  }

  private DownloadResult download(String url) throws Exception {
    DownloadOptions o = DownloadOptions.builder().provider(ProviderChoice.ON_PREM).sslContext(trusting)
        .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5)).build();
    try (CloudAccessClient c = new CloudAccessClient(o)) {
      return c.download(ProductRecord.of(0, null, url), dir);
    }
  }

  private long files() throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.count();
    }
  }

  @Test
  void aRedirectThatStaysOnHttpsIsFollowed() throws Exception {
    byte[] body = Bytes.random(9_000, 1);
    wm.stubFor(any(urlPathEqualTo("/tls/b.fits")).willReturn(aResponse().withStatus(200).withBody(body)));
    redirect("/tls/a.fits", https("/tls/b.fits"));
    DownloadResult r = download(https("/tls/a.fits"));
    assertThat(r.status()).as("%s", r.attempts()).isEqualTo(DownloadStatus.DOWNLOADED);
    assertThat(r.servedBy()).get().isInstanceOf(OnPremRoute.class);
    assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
  }

  @Test
  void aRedirectFromHttpsToHttpIsRefusedAndTheHttpUrlNeverAsked() throws Exception {
    byte[] body = Bytes.random(9_000, 2);
    wm.stubFor(any(urlPathEqualTo("/plain/x.fits")).willReturn(aResponse().withStatus(200).withBody(body)));
    redirect("/secure/x.fits", http("/plain/x.fits"));
    DownloadResult r = download(https("/secure/x.fits"));
    assertThat(r.status()).isEqualTo(DownloadStatus.FAILED);
    assertThat(r.attempts()).extracting(Attempt::outcome).containsExactly(AttemptOutcome.REDIRECT_REFUSED);
    assertThat(files()).isZero();
    assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo("/secure/x.fits")))).isNotEmpty();
    assertThat(wm.findAll(anyRequestedFor(urlPathEqualTo("/plain/x.fits")))).isEmpty();
  }

  @Test
  void plainHttpToHttpsIsAnUpgradeAndAllowed() throws Exception {
    byte[] body = Bytes.random(4_000, 3);
    wm.stubFor(any(urlPathEqualTo("/up/y.fits")).willReturn(aResponse().withStatus(200).withBody(body)));
    redirect("/start/y.fits", https("/up/y.fits"));
    DownloadResult r = download(http("/start/y.fits"));
    assertThat(r.status()).as("%s", r.attempts()).isEqualTo(DownloadStatus.DOWNLOADED);
    assertThat(Files.readAllBytes(r.file())).isEqualTo(body);
  }
}
