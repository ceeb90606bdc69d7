package io.github.cloudaccess.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * One document test, flattened out of its file and group: a recorded response and the verdict and
 * codes the validator must produce for it.
 *
 * @param file the case file name, e.g. {@code document-sia2.json}
 * @param group the group's description
 * @param description the test's description (unique across the corpus)
 * @param response absolute path of the recorded response
 * @param protocol what to pass as {@code --protocol}: {@code auto}, {@code sia1}, {@code sia2} or
 *     {@code datalink}
 * @param profile {@code lenient} (the default) or {@code strict}
 * @param requireCloud true when the test validates with a required {@code cloud_access} column
 *     (the validator's {@code --require-cloud}); false by default
 * @param verdict the exact verdict (and so the exit status)
 * @param codes must-include set of validator codes; I and S codes never break it when absent from
 *     this list
 * @param findings findings that must appear at a given line and/or row; often empty
 */
public record DocumentCase(
    String file,
    String group,
    String description,
    Path response,
    String protocol,
    String profile,
    boolean requireCloud,
    Verdict verdict,
    List<String> codes,
    List<ExpectedFinding> findings) {

  /** Copies the lists so the record stays immutable. */
  public DocumentCase {
    codes = List.copyOf(codes);
    findings = List.copyOf(findings);
  }

  /** A test that does not require a cloud_access column (the members before requireCloud). */
  public DocumentCase(String file, String group, String description, Path response,
      String protocol, String profile, Verdict verdict, List<String> codes,
      List<ExpectedFinding> findings) {
    this(file, group, description, response, protocol, profile, false, verdict, codes, findings);
  }

  @Override
  public String toString() {
    return file + " / " + group + " / " + description;
  }
}
