package io.github.cloudaccess.client.plan;

import java.util.Locale;
import java.util.Set;

/** Which providers' cloud locations a caller wants to use. */
public enum ProviderChoice {
  /** Amazon S3 locations only. */
  AWS("aws", Set.of("aws")),
  /** Google Cloud Storage locations only (anonymous HTTPS). */
  GOOGLE("google", Set.of("google")),
  /** Azure Blob Storage locations only (anonymous HTTPS). */
  AZURE("azure", Set.of("azure")),
  /** No cloud location: the archive's own {@code access_url} only. */
  ON_PREM("on-prem", Set.of()),
  /** Every provider this client can fetch from, ranked together by access class. */
  AUTO("auto", Set.of("aws", "google", "azure"));

  private final String wireName;
  private final Set<String> providers;

  ProviderChoice(String wireName, Set<String> providers) {
    this.wireName = wireName;
    this.providers = providers;
  }

  /** @return the spelling used on the command line and in the corpus */
  public String wireName() {
    return wireName;
  }

  /**
   * @param provider a provider key of the {@code cloud_access} value
   * @return true when locations under that key are requested
   */
  public boolean requests(String provider) {
    return providers.contains(provider);
  }

  /**
   * @param text a wire name, case-insensitive
   * @return the choice
   * @throws IllegalArgumentException for an unknown name
   */
  public static ProviderChoice fromWire(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (ProviderChoice c : values()) {
      if (c.wireName.equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown provider choice (expected aws, google, azure, on-prem or auto)");
  }

  @Override
  public String toString() {
    return wireName;
  }
}
