package io.github.cloudaccess.client.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only old, unlocked files named like temporaries are swept. */
class StaleTempsTest {

  @TempDir Path dir;

  private Path old(String name) throws Exception {
    Path p = Files.writeString(dir.resolve(name), "partial");
    Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
    return p;
  }

  @Test
  void oldUnlockedTemporariesAreDeletedAndNothingElse() throws Exception {
    Path stale = old(".x.fits.part-0123456789ab");
    Path data = old("x.fits");
    Path lookalike = old(".x.fits.part-notahexname");
    Path recent = Files.writeString(dir.resolve(".y.fits.part-abcdef012345"), "in progress");
    int n = StaleTemps.clean(dir, Instant.now().minusSeconds(60));
    assertThat(n).isEqualTo(1);
    assertThat(stale).doesNotExist();
    assertThat(data).exists();
    assertThat(lookalike).exists();
    assertThat(recent).exists();
  }

  @Test
  void lockedTemporariesAreKept() throws Exception {
    TempFile live = new TargetDirectory(dir).createTemp("z.fits", true);
    Files.setLastModifiedTime(live.path(), FileTime.from(Instant.now().minusSeconds(3600)));
    assertThat(StaleTemps.clean(dir, Instant.now())).isZero();
    assertThat(live.path()).exists();
    live.abort();
  }
}
