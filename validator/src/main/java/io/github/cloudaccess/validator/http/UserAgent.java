package io.github.cloudaccess.validator.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Builds the {@code User-Agent} every request carries: {@code cloud-access-validator/<version> (IVOA-test)}. */
public final class UserAgent {

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.github.cloudaccess/cloud-access-validator/pom.properties";

  private UserAgent() {}

  /** @return the User-Agent value, with the version of the running validator */
  public static String value() {
    return "cloud-access-validator/" + version() + " (IVOA-test)";
  }

  /**
   * The version from the jar's Maven metadata; "dev" when running from a build tree, where
   * that metadata does not exist yet.
   */
  static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.trim();
        }
      }
    } catch (IOException e) {
      // Unreadable metadata is not worth failing a run for; fall through to the manifest.
    }
    String v = UserAgent.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
