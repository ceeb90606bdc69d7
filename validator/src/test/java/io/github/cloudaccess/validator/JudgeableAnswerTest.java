package io.github.cloudaccess.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.validator.live.FactsReader;
import io.github.cloudaccess.validator.live.RowSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whether a document's cloud objects are judged is decided twice: by the pipeline's own pass for
 * recorded files ({@link InputSummary#judgeableAnswer()}) and by {@link FactsReader} for what a
 * live run fetches. On every corpus response and every real-world file the two agree, and the
 * corpus holds both kinds.
 */
class JudgeableAnswerTest {

  @TestFactory
  Stream<DynamicTest> thePipelineAndTheLiveReaderAgree() throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(Corpus.locate().responsesDir())) {
      s.filter(Files::isRegularFile).sorted().forEach(files::add);
    }
    Path real = RealWorldTest.folder();
    if (real != null && Files.isDirectory(real)) {
      try (Stream<Path> s = Files.walk(real)) {
        s.filter(p -> p.toString().endsWith(".xml")).sorted().forEach(files::add);
      }
    }
    long judgeable = files.stream().filter(JudgeableAnswerTest::live).count();
    assertThat(judgeable).as("judgeable documents among " + files.size())
        .isPositive().isLessThan(files.size());
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        f.toUri(), () -> assertThat(pipeline(f)).as(f.toString()).isEqualTo(live(f))));
  }

  private static boolean live(Path file) {
    return FactsReader.read(PathInput.of(file), 0, RowSink.NONE).judgeableAnswer();
  }

  private static boolean pipeline(Path file) {
    return new Validator(ValidatorOptions.defaults())
        .validate(PathInput.of(file), f -> { }).judgeableAnswer();
  }
}
