package io.github.cloudaccess.client.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names never leave the directory; temporary files commit atomically and never clobber. */
class TargetDirectoryTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"", ".", "..", "../x", "a/b", "a\\b", "/etc/passwd", "x\u0000y"})
  void unsafeNamesAreRefused(String name) throws Exception {
    TargetDirectory t = new TargetDirectory(dir);
    assertThatThrownBy(() -> t.resolve(name)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tempFileCommitsUnderTheTargetNameAndLeavesNothingElse() throws Exception {
    TargetDirectory t = new TargetDirectory(dir);
    TempFile tmp = t.createTemp("x.fits", true);
    assertThat(tmp.path().getFileName().toString()).matches("\\.x\\.fits\\.part-[0-9a-f]{12}");
    assertThat(StaleTemps.isTempName(tmp.path().getFileName().toString())).isTrue();
    tmp.write(ByteBuffer.wrap("hello".getBytes(StandardCharsets.US_ASCII)));
    assertThat(tmp.finish().md5Hex()).isEqualTo("5d41402abc4b2a76b9719d911017c592");
    assertThat(tmp.finish().bytes()).isEqualTo(5);
    tmp.commit(t.resolve("x.fits"), false, true);
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("x.fits");
    }
    assertThat(Files.readString(dir.resolve("x.fits"))).isEqualTo("hello");
  }

  @Test
  void commitWithoutOverwriteNeverReplacesAnExistingFile() throws Exception {
    TargetDirectory t = new TargetDirectory(dir);
    Files.writeString(dir.resolve("x.fits"), "theirs");
    TempFile tmp = t.createTemp("x.fits", true);
    tmp.write(ByteBuffer.wrap(new byte[] {1}));
    assertThatThrownBy(() -> tmp.commit(t.resolve("x.fits"), false, true)).isInstanceOf(FileAlreadyExistsException.class);
    tmp.abort();
    assertThat(Files.readString(dir.resolve("x.fits"))).isEqualTo("theirs");
    try (var s = Files.list(dir)) {
      assertThat(s).hasSize(1);
    }
  }

  @Test
  void commitWithOverwriteReplacesASymlinkNotItsTarget() throws Exception {
    Path outside = Files.writeString(Files.createTempFile("outside", ".txt"), "keep");
    try {
      TargetDirectory t = new TargetDirectory(dir);
      Files.createSymbolicLink(dir.resolve("x.fits"), outside);
      TempFile tmp = t.createTemp("x.fits", true);
      tmp.write(ByteBuffer.wrap("new".getBytes(StandardCharsets.US_ASCII)));
      tmp.commit(t.resolve("x.fits"), true, true);
      assertThat(Files.isSymbolicLink(dir.resolve("x.fits"))).isFalse();
      assertThat(Files.readString(dir.resolve("x.fits"))).isEqualTo("new");
      assertThat(Files.readString(outside)).isEqualTo("keep");
    } finally {
      Files.deleteIfExists(outside);
    }
  }

  @Test
  void largeBodiesAreHashedAndWrittenInOrder() throws Exception {
    TargetDirectory t = new TargetDirectory(dir);
    byte[] all = new byte[3_000_007];
    new java.util.Random(5).nextBytes(all);
    TempFile tmp = t.createTemp("big.bin", true);
    for (int off = 0; off < all.length; off += 70_001) {
      tmp.write(ByteBuffer.wrap(all, off, Math.min(70_001, all.length - off)));
    }
    Written w = tmp.finish();
    assertThat(w.bytes()).isEqualTo(all.length);
    assertThat(w.md5Hex()).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("MD5").digest(all)));
    tmp.commit(t.resolve("big.bin"), false, true);
    assertThat(Files.readAllBytes(dir.resolve("big.bin"))).isEqualTo(all);
  }

  @Test
  void hashingCanBeSwitchedOff() throws Exception {
    TempFile tmp = new TargetDirectory(dir).createTemp("n.bin", false);
    tmp.write(ByteBuffer.wrap(new byte[10]));
    assertThat(tmp.finish()).isEqualTo(new Written(10, null));
    tmp.abort();
  }

  @Test
  void abortDeletesTheTemporaryFile() throws Exception {
    TempFile tmp = new TargetDirectory(dir).createTemp("y.fits", true);
    tmp.write(ByteBuffer.wrap(new byte[100]));
    tmp.abort();
    assertThat(tmp.path()).doesNotExist();
  }
}
