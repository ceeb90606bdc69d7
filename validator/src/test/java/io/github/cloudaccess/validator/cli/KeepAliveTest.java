package io.github.cloudaccess.validator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JVM-wide {@code http.maxConnections} is the process entry point's to set: the command run
 * in-process leaves it alone, and {@link KeepAlive#raise} only ever raises it.
 */
class KeepAliveTest {

  private static final String PROPERTY = "http.maxConnections";
  private String saved;

  @BeforeEach
  void save() {
    saved = System.getProperty(PROPERTY);
    System.clearProperty(PROPERTY);
  }

  @AfterEach
  void restore() {
    if (saved == null) {
      System.clearProperty(PROPERTY);
    } else {
      System.setProperty(PROPERTY, saved);
    }
  }

  @Test
  void anInProcessRunThatChecksObjectsLeavesTheHostJvmAlone() {
    CliRun r = CliRun.run(CliRun.SCRIPTS + "clean.xml", "--reachability", "--concurrency", "32",
        "--s3-endpoint", "http://127.0.0.1:9");
    assertThat(r.status()).as(r.out() + r.err()).isZero();
    assertThat(System.getProperty(PROPERTY)).isNull();
  }

  @Test
  void raiseSetsAMissingOrLowerValueAndNeverLowersOne() {
    KeepAlive.raise(8);
    assertThat(System.getProperty(PROPERTY)).isEqualTo("8");
    System.setProperty(PROPERTY, "32");
    KeepAlive.raise(8);
    assertThat(System.getProperty(PROPERTY)).isEqualTo("32");
    System.setProperty(PROPERTY, "three");
    KeepAlive.raise(8);
    assertThat(System.getProperty(PROPERTY)).as("unreadable counts as the JDK's 5").isEqualTo("8");
  }
}
