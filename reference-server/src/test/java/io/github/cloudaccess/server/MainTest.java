package io.github.cloudaccess.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.server.cloud.Defect;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The command line: defect listing, usage errors, and a real start on a free port. */
class MainTest {

  private static int run(StringWriter sink, CountDownLatch stop, String... args) {
    return Main.commandLine(new PrintWriter(sink, true), new PrintWriter(sink, true), stop)
        .execute(args);
  }

  @Test
  void listDefectsPrintsEveryDefectWithItsCodes() {
    StringWriter out = new StringWriter();
    assertThat(run(out, new CountDownLatch(1), "--list-defects")).isZero();
    for (Defect d : Defect.values()) {
      assertThat(out.toString()).contains(d.wireName());
      d.codes().forEach(c -> assertThat(out.toString()).contains(c));
    }
  }

  @Test
  void unknownValuesAreUsageErrors() {
    assertThat(run(new StringWriter(), new CountDownLatch(1), "--encoding", "base64")).isEqualTo(2);
    assertThat(run(new StringWriter(), new CountDownLatch(1), "--defect", "nope")).isEqualTo(2);
    assertThat(run(new StringWriter(), new CountDownLatch(1), "--port", "x")).isEqualTo(2);
  }

  @Test
  void startsOnAFreePortPrintsItAndStopsCleanly() throws Exception {
    StringWriter out = new StringWriter();
    CountDownLatch stop = new CountDownLatch(1);
    AtomicInteger code = new AtomicInteger(-1);
    Thread t = new Thread(() -> code.set(run(out, stop, "--port", "0", "--form", "dict",
        "--defect", "no-xtype")));
    t.start();
    Matcher m = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+)").matcher("");
    long deadline = System.currentTimeMillis() + 60_000;
    while (!m.reset(out.toString()).find() && System.currentTimeMillis() < deadline
        && t.isAlive()) {
      Thread.sleep(50);
    }
    assertThat(m.reset(out.toString()).find()).as(out.toString()).isTrue();
    HttpResponse<String> r = SharedServer.send(HttpRequest.newBuilder(
        URI.create(m.group(1) + "/sia2/query?MAXREC=3")).GET());
    assertThat(r.statusCode()).isEqualTo(200);
    Votables.Parsed p = Votables.parse(r.body());
    assertThat(p.field("cloud_access").hasAttribute("xtype")).isFalse();
    assertThat(p.column("cloud_access").get(0)).startsWith("{\"aws\": {");
    assertThat(out.toString()).contains("S3        http://127.0.0.1:");
    stop.countDown();
    t.join(30_000);
    assertThat(t.isAlive()).isFalse();
    assertThat(code.get()).isZero();
  }
}
