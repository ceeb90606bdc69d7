package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.cli.ExitStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --record} then {@code --replay}: the replay sends nothing over the network (the
 * service is stopped) and gives the same report, byte for byte, and the same exit status.
 */
@Timeout(60)
class LiveRecordReplayTest {

  @TempDir Path dir;

  private void roundTrip(String format, Variant... variants) throws Exception {
    Path rec = dir.resolve("rec-" + format);
    String url;
    LiveCli recorded;
    try (SiaService s = SiaService.start(variants)) {
      url = variants.length > 0 && variants[0] == Variant.IGNORE_POS ? s.sia1() : s.sia2();
      recorded = LiveCli.run("--format", format, "--record", rec.toString(), url);
      assertThat(s.requests()).isNotEmpty();
    }
    assertThat(rec.resolve("index.jsonl")).exists();
    LiveCli replayed = LiveCli.run("--format", format, "--replay", rec.toString(), url);
    assertThat(replayed.out()).isEqualTo(recorded.out());
    assertThat(replayed.status()).isEqualTo(recorded.status());
    assertThat(replayed.err()).isEmpty();
  }

  @Test
  void aSia2RunWithDataLinkReplaysToTheSameTextReport() throws Exception {
    roundTrip("text", Variant.DATALINK_ACCESS, Variant.LINKS_OTHER_CLOUD, Variant.NO_OVERFLOW);
  }

  @Test
  void aSia1RunReplaysToTheSameJunitReportTimesIncluded() throws Exception {
    roundTrip("junit", Variant.IGNORE_POS, Variant.METADATA_ROWS);
  }

  @Test
  void aRequestThatWasNotRecordedIsAReplayMiss() throws Exception {
    Path rec = dir.resolve("rec");
    try (SiaService s = SiaService.start()) {
      assertThat(LiveCli.run("--record", rec.toString(), s.sia2()).status())
          .isEqualTo(ExitStatus.OK);
    }
    LiveCli r = LiveCli.run("--replay", rec.toString(), "http://127.0.0.1:9/other/query");
    assertThat(r.codes()).as(r.toString()).contains("F-HTP-RMIS", "F-RUN-PREQ");
    assertThat(r.status()).isEqualTo(ExitStatus.UNTESTABLE);
    assertThat(Files.list(rec).count()).isGreaterThan(10);
  }
}
