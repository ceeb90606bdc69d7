package io.github.cloudaccess.validator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The tool's name and version, read from the Maven descriptor that the jar carries. */
public final class ToolVersion implements IVersionProvider {

  /** The tool's name in reports. */
  public static final String NAME = "cloud_access validator";

  private static final String POM_PROPERTIES =
      "/META-INF/maven/io.github.cloudaccess/cloud-access-validator/pom.properties";

  /** @return the version, or {@code dev} when running from classes rather than the jar */
  public static String version() {
    try (InputStream in = ToolVersion.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v;
        }
      }
    } catch (IOException e) {
      // An unreadable descriptor only costs the version string.
    }
    String v = ToolVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {NAME + " " + version()};
  }
}
