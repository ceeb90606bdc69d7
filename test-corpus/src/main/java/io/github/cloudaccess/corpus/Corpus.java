package io.github.cloudaccess.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The test corpus on disk: finds it, lists its case files and loads value cases, document cases
 * and data-product objects as records.
 *
 * <p>The files are the contract (README.md, case-schema.json); this class only reads them. It does
 * not check the corpus's invariants: the sanity test does.
 */
public final class Corpus {

  /** System property naming the corpus directory explicitly. */
  public static final String DIR_PROPERTY = "cloudaccess.corpus.dir";

  /** The convention version whose cases this loader reads. */
  public static final String VERSION = "v1.0";

  private final Path root;

  /**
   * @param root the corpus directory (the one holding {@code case-schema.json})
   */
  public Corpus(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /**
   * Finds the corpus: the directory named by {@value #DIR_PROPERTY} if set, else the first
   * directory, walking up from {@code user.dir}, that is a corpus or holds {@code test-corpus/}.
   *
   * @return the corpus
   * @throws IllegalStateException when no corpus is found
   */
  public static Corpus locate() {
    String explicit = System.getProperty(DIR_PROPERTY);
    if (explicit != null && !explicit.isBlank()) {
      Path dir = Paths.get(explicit);
      if (!isCorpus(dir)) {
        throw new IllegalStateException(DIR_PROPERTY + " is not a corpus directory: " + dir);
      }
      return new Corpus(dir);
    }
    for (Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        dir != null;
        dir = dir.getParent()) {
      if (isCorpus(dir)) {
        return new Corpus(dir);
      }
      if (isCorpus(dir.resolve("test-corpus"))) {
        return new Corpus(dir.resolve("test-corpus"));
      }
    }
    throw new IllegalStateException(
        "no test corpus above " + System.getProperty("user.dir") + "; set -D" + DIR_PROPERTY);
  }

  private static boolean isCorpus(Path dir) {
    return Files.isRegularFile(dir.resolve("case-schema.json"))
        && Files.isDirectory(dir.resolve("cases"));
  }

  /** @return the corpus directory */
  public Path root() {
    return root;
  }

  /** @return {@code cases/v1.0} */
  public Path casesDir() {
    return root.resolve("cases").resolve(VERSION);
  }

  /** @return {@code responses/} */
  public Path responsesDir() {
    return root.resolve("responses");
  }

  /** @return {@code objects/manifest.json} */
  public Path manifest() {
    return root.resolve("objects").resolve("manifest.json");
  }

  /**
   * @param prefix the file-name prefix: {@code value-}, {@code document-} or {@code client-}
   * @return the case files with that prefix, sorted by name
   */
  public List<Path> caseFiles(String prefix) {
    try (Stream<Path> files = Files.list(casesDir())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + casesDir(), e);
    }
  }

  /** @return every value test of every {@code value-*.json}, in file, group and test order */
  public List<ValueCase> valueCases() {
    List<ValueCase> all = new ArrayList<>();
    for (Path file : caseFiles("value-")) {
      all.addAll(CaseReader.valueCases(file));
    }
    return all;
  }

  /** @return every document test of every {@code document-*.json}, in file, group, test order */
  public List<DocumentCase> documentCases() {
    List<DocumentCase> all = new ArrayList<>();
    for (Path file : caseFiles("document-")) {
      all.addAll(CaseReader.documentCases(file, root));
    }
    return all;
  }

  /** @return every object of {@code objects/manifest.json}, in manifest order */
  public List<CorpusObject> objects() {
    return CaseReader.objects(manifest());
  }
}
