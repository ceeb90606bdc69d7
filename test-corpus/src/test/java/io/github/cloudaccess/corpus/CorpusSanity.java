package io.github.cloudaccess.corpus;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The corpus sanity checker: runs every invariant of README.md over a corpus directory and returns
 * the violations, so that a test can feed it broken corpora as well as the real one.
 *
 * <p>Invariants: case files are JSON valid against case-schema.json and of their file's kind;
 * descriptions are unique, short and factual; codes are T-SSS-LLLL tokens known to the validator
 * (document tests) or the parser (value tests) and agree with the verdict; every referenced
 * response exists and every response is referenced; the objects regenerate to the manifest's
 * sizes and digests.
 */
public final class CorpusSanity {

  private final Corpus corpus;
  private final Set<String> validatorCodes;
  private final Set<String> parserCodes;

  /**
   * @param root the corpus directory
   * @param validatorCodes the validator's code tokens (see {@link CodeRegistry})
   * @param parserCodes the parser's code tokens
   */
  public CorpusSanity(Path root, Set<String> validatorCodes, Set<String> parserCodes) {
    this.corpus = new Corpus(root);
    this.validatorCodes = Set.copyOf(validatorCodes);
    this.parserCodes = Set.copyOf(parserCodes);
  }

  /**
   * Reads the registries from the repository that holds the corpus ({@code <root>/..}).
   *
   * @param root the corpus directory inside the repository
   * @return the checker
   */
  public static CorpusSanity forRepository(Path root) {
    Path repo = root.toAbsolutePath().normalize().getParent();
    return new CorpusSanity(root,
        CodeRegistry.validatorCodes(repo.resolve(CodeRegistry.CODE_JAVA)),
        CodeRegistry.parserCodes(repo.resolve(CodeRegistry.PROBLEM_KIND_JAVA)));
  }

  /** @return every violation of the case files, responses and objects; empty when sane */
  public List<Violation> check() {
    List<Violation> out = checkCases();
    ObjectRules.check(corpus, out);
    return out;
  }

  /** @return the violations of the case files and responses only */
  public List<Violation> checkCases() {
    List<Violation> out = new ArrayList<>();
    CaseFileRules rules = new CaseFileRules(corpus.root(), schema(), validatorCodes, parserCodes,
        out);
    for (Path file : list(corpus.casesDir())) {
      rules.check(file);
    }
    for (Path response : list(corpus.responsesDir())) {
      if (!rules.referenced().contains(response.toAbsolutePath().normalize())) {
        out.add(new Violation(Rule.RESPONSE_UNUSED,
            corpus.root().relativize(response).toString(), "no document test names it"));
      }
    }
    return out;
  }

  private Schema schema() {
    try {
      SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
      return registry.getSchema(Files.readString(corpus.root().resolve("case-schema.json")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case-schema.json", e);
    }
  }

  private static List<Path> list(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.toAbsolutePath().normalize()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
