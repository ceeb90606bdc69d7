package io.github.cloudaccess.validator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.corpus.DocumentCase;
import io.github.cloudaccess.corpus.ExpectedFinding;
import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.report.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every document case of the test corpus through the validator: the verdict must be exact,
 * the listed codes must all appear, and each listed finding must appear at its line and/or row.
 * Cases whose expectation this project disputes are listed in {@link #SKIPS} with the reason and
 * show as aborted.
 */
class CorpusTest {

  /** Case description to the reason it is skipped. Keep it short. */
  static final Map<String, String> SKIPS = Map.of();

  @TestFactory
  Stream<DynamicNode> documentCases() {
    Corpus corpus = Corpus.locate();
    Map<String, List<DocumentCase>> byFile = new LinkedHashMap<>();
    for (DocumentCase c : corpus.documentCases()) {
      byFile.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c);
    }
    assertTrue(!byFile.isEmpty(), "the corpus holds no document cases");
    return byFile.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(),
        e.getValue().stream().map(c -> DynamicTest.dynamicTest(c.description(),
            c.response().toUri(), () -> run(c)))));
  }

  private static void run(DocumentCase c) {
    String skip = SKIPS.get(c.description());
    if (skip != null) {
      abort("skipped: " + skip);
    }
    ValidatorOptions options = new ValidatorOptions(
        "strict".equals(c.profile()) ? Profile.STRICT : Profile.LENIENT, protocol(c.protocol()),
        c.requireCloud());
    CollectingReporter r = PathInput.validate(PathInput.of(c.response()), options);
    String report = "\n" + c + "\ninput: " + c.response() + "\nexpected verdict "
        + c.verdict().wireName() + " with " + c.codes() + " and " + c.findings() + "\nactual:\n"
        + r.describe();
    assertEquals(c.verdict().wireName(), r.verdict(), "verdict" + report);
    for (String code : c.codes()) {
      assertTrue(r.tokens().contains(code), "missing " + code + report);
    }
    for (ExpectedFinding f : c.findings()) {
      assertTrue(matches(r.findings(), f), "missing finding " + f + report);
    }
  }

  static boolean matches(List<Finding> findings, ExpectedFinding f) {
    for (Finding x : findings) {
      if (x.code().token().equals(f.code())
          && (f.line() == 0 || x.position().line() == f.line())
          && (f.row() == 0 || x.position().row() == f.row())) {
        return true;
      }
    }
    return false;
  }

  static Protocol protocol(String wire) {
    return switch (wire == null ? "auto" : wire) {
      case "sia1" -> Protocol.SIA1;
      case "sia2" -> Protocol.SIA2;
      case "datalink" -> Protocol.DATALINK;
      default -> null;
    };
  }
}
