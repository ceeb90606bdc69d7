package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.corpus.DocumentCase;
import io.github.cloudaccess.corpus.ExpectedFinding;
import io.github.cloudaccess.corpus.ValueCase;
import io.github.cloudaccess.schema.ProblemKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the code registry honest (style guideline 7; Checkstyle's AllChecksTest, taplint's
 * CodeTest): token shape, unique labels, documentation, the schema parser's mapping, use in the
 * sources, and coverage by the corpus.
 */
class CodeTest {

  private static final Pattern TOKEN = Pattern.compile("^[EWISF]-[A-Z0-9]{3}-[A-Z0-9]{4}$");

  @Test
  void tokensHaveTheTaplintShapeAndTheirSeverityLetter() {
    for (Code c : Code.values()) {
      assertThat(c.token()).as(c.name()).matches(TOKEN);
      assertThat(c.token().charAt(0)).as(c.name()).isEqualTo(c.severity().letter());
      assertThat(c.name()).as("constant name follows the token").isEqualTo(c.token().replace('-', '_'));
      assertThat(Code.fromToken(c.token())).isSameAs(c);
    }
  }

  @Test
  void areaAndLabelAreUniqueAcrossSeverities() {
    Map<String, List<String>> byLabel = Arrays.stream(Code.values())
        .collect(Collectors.groupingBy(c -> c.area() + "-" + c.label(),
            Collectors.mapping(Code::token, Collectors.toList())));
    assertThat(byLabel.entrySet()).as("area-label used by more than one code")
        .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).hasSize(1));
  }

  @Test
  void everyCodeHasTitleAndSpec() {
    for (Code c : Code.values()) {
      assertThat(c.title()).as(c.token()).isNotBlank();
      assertThat(c.spec()).as(c.token()).isNotBlank();
    }
  }

  @Test
  void everyProblemKindMapsOneToOneOntoACodeOfTheSameSeverity() {
    Set<String> tokens = Arrays.stream(Code.values()).map(Code::token).collect(Collectors.toSet());
    Map<String, ProblemKind> seen = new HashMap<>();
    for (ProblemKind k : ProblemKind.values()) {
      assertThat(tokens).as(k + " maps to " + k.code()).contains(k.code());
      Code c = Code.fromToken(k.code());
      assertThat(c.area()).as(k.name()).isEqualTo("CLD");
      assertThat(k.isError()).as(k.name()).isEqualTo(c.severity() == Severity.ERROR);
      ProblemKind before = seen.put(k.code(), k);
      assertThat(before).as(k.code() + " is the code of both " + before + " and " + k).isNull();
    }
  }

  /** A code no stage emits must be marked reserved; a code someone emits must be findable. */
  @Test
  void everyActiveCodeIsUsedBySomeSource() throws IOException {
    Set<String> used = new HashSet<>();
    Path main = moduleDir().resolve("src/main/java");
    Pattern constant = Pattern.compile("\\b([EWISF]_[A-Z0-9]{3}_[A-Z0-9]{4})\\b");
    Pattern token = Pattern.compile("\"([EWISF]-[A-Z0-9]{3}-[A-Z0-9]{4})\"");
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (f.endsWith(Path.of("report", "Code.java"))) {
          continue;
        }
        String text = Files.readString(f);
        Matcher m = constant.matcher(text);
        while (m.find()) {
          used.add(m.group(1).replace('_', '-'));
        }
        m = token.matcher(text);
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    Arrays.stream(ProblemKind.values()).map(ProblemKind::code).forEach(used::add);
    Set<String> unused = new TreeSet<>();
    for (Code c : Code.values()) {
      if (!c.reserved() && !used.contains(c.token())) {
        unused.add(c.token());
      }
    }
    assertThat(unused).as("active codes that no source under src/main/java names: mark them reserved")
        .isEmpty();
  }

  /**
   * Active codes that no corpus case can show, each with the reason; the command's own tests
   * ({@code cli.MainTest}) cover them instead.
   */
  static final Map<Code, String> NOT_IN_CORPUS = Map.of(
      Code.F_RUN_UNEX, "a validator fault: a recorded response that triggers it is a bug to fix",
      Code.F_RUN_READ, "an unreadable input cannot be a recorded response file");

  /**
   * Active codes that only a live run can show, each with the test class (under
   * {@code src/test/java/io/github/cloudaccess/validator/}) that asserts it. A recorded document
   * cannot carry what they judge: an HTTP status, header, redirect, timeout or size cap, or the
   * answer to a question the validator chose (MAXREC, a malformed POS, RESPONSEFORMAT,
   * FORMAT=METADATA, VOSI resources, DataLink {links} of sampled rows). The http.* classes assert
   * the fetcher's mapping ({@code HttpFindings}), which live runs report as it is; the live.*
   * classes run the command against in-test services, WireMock or raw sockets.
   * {@link #everyLiveTestedCodeIsAssertedByItsTestClass} keeps this list honest.
   */
  static final Map<Code, String> LIVE_TESTED = Map.ofEntries(
      Map.entry(Code.I_HTP_QURL, "live/LiveServiceTest"),
      Map.entry(Code.E_HTP_CONN, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_PROT, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_TRNC, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_TOUT, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_S5XX, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_N200, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_CTYP, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_RLOP, "live/LiveFaultsTest"),
      Map.entry(Code.E_HTP_RSCH, "live/LiveFaultsTest"),
      Map.entry(Code.F_HTP_BCAP, "live/LiveFaultsTest"),
      Map.entry(Code.F_HTP_ZCAP, "live/LiveFaultsTest"),
      Map.entry(Code.F_HTP_RMIS, "live/LiveRecordReplayTest"),
      Map.entry(Code.E_HTP_IDLE, "http/RawSocketFaultsTest"),
      Map.entry(Code.E_HTP_RMAX, "http/RedirectRetryTest"),
      Map.entry(Code.E_HTP_RLOC, "http/RedirectRetryTest"),
      Map.entry(Code.W_HTP_RDIR, "http/RedirectRetryTest"),
      Map.entry(Code.W_HTP_RDSC, "http/HttpFindingsTest"),
      Map.entry(Code.E_HTP_TLSX, "http/HttpFindingsTest"),
      Map.entry(Code.E_HTP_CDEC, "http/EncodingTest"),
      Map.entry(Code.W_HTP_CENC, "http/EncodingTest"),
      Map.entry(Code.W_HTP_NOCT, "http/WireMockFaultsTest"),
      Map.entry(Code.E_HTP_CTSX, "http/WireMockFaultsTest"),
      Map.entry(Code.E_SI2_CAPX, "live/LiveProbesTest"),
      Map.entry(Code.E_SI2_CSID, "live/LiveProbesTest"),
      Map.entry(Code.E_SI2_AVAX, "live/LiveProbesTest"),
      Map.entry(Code.E_SI2_PUNS, "live/LiveProbesTest"),
      Map.entry(Code.E_SI2_PIGN, "live/LiveProbesTest"),
      Map.entry(Code.E_SI2_POSX, "live/LiveProbesTest"),
      Map.entry(Code.E_DAL_DUFF, "live/LiveProbesTest"),
      Map.entry(Code.E_DAL_ERVT, "live/LiveProbesTest"),
      Map.entry(Code.W_DAL_ERHC, "live/LiveProbesTest"),
      Map.entry(Code.W_DAL_ERST, "live/LiveProbesTest"),
      Map.entry(Code.E_DAL_NREC, "live/LiveProbesTest"),
      Map.entry(Code.E_DAL_OVNO, "live/LiveProbesTest"),
      Map.entry(Code.W_DAL_OVRC, "live/LiveProbesTest"),
      Map.entry(Code.E_DAL_MX0X, "live/LiveProbesTest"),
      Map.entry(Code.E_DAL_RFCT, "live/LiveProbesTest"),
      Map.entry(Code.E_SI1_MINP, "live/LiveProbesTest"),
      Map.entry(Code.E_SI1_MERR, "live/LiveProbesTest"),
      Map.entry(Code.W_SI1_MROW, "live/LiveProbesTest"),
      Map.entry(Code.W_SI1_GEOM, "live/LiveProbesTest"),
      Map.entry(Code.E_DLK_CTYP, "live/LiveProbesTest"),
      Map.entry(Code.W_DLK_CTCN, "live/LiveProbesTest"),
      Map.entry(Code.W_DLK_CLDX, "live/LiveProbesTest"),
      Map.entry(Code.I_DLK_RNUM, "live/LiveServiceTest"),
      Map.entry(Code.F_RUN_PREQ, "live/LiveFaultsTest"),
      // A cloud object's state (exists, readable, region, bytes) is not in a response either.
      Map.entry(Code.E_OBJ_AURL, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_BYTE, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_NOBK, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_NOEX, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_OPEN, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_REGM, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_RGDN, "reach/RecordedObjectsTest"),
      Map.entry(Code.E_OBJ_SIZE, "reach/RecordedObjectsTest"),
      Map.entry(Code.I_OBJ_NACC, "reach/RecordedObjectsTest"),
      Map.entry(Code.I_OBJ_RDNY, "reach/RecordedObjectsTest"),
      Map.entry(Code.I_OBJ_REGN, "reach/RecordedObjectsTest"),
      Map.entry(Code.I_OBJ_RSTR, "reach/RecordedObjectsTest"),
      Map.entry(Code.W_OBJ_HASH, "reach/RecordedObjectsTest"),
      Map.entry(Code.W_OBJ_NAME, "reach/RecordedObjectsTest"),
      Map.entry(Code.W_OBJ_NONE, "reach/RecordedObjectsTest"),
      Map.entry(Code.S_OBJ_SUMM, "reach/RecordedObjectsTest"),
      Map.entry(Code.W_OBJ_AUHT, "reach/S3ReachabilityTest"),
      Map.entry(Code.W_OBJ_CTYP, "reach/S3ReachabilityTest"),
      Map.entry(Code.W_OBJ_RQPY, "reach/S3FaultsTest"),
      Map.entry(Code.F_OBJ_SLOW, "reach/S3FaultsTest"),
      Map.entry(Code.F_OBJ_NETX, "reach/S3FaultsTest"),
      Map.entry(Code.F_OBJ_RJCT, "reach/S3FaultsTest"));

  /** A cheap text check: the named class exists and names the code (token or constant). */
  @Test
  void everyLiveTestedCodeIsAssertedByItsTestClass() throws IOException {
    Path tests = moduleDir().resolve("src/test/java/io/github/cloudaccess/validator");
    Map<Code, Set<String>> reachOutcomes = reachOutcomes();
    for (Map.Entry<Code, String> e : LIVE_TESTED.entrySet()) {
      Code c = e.getKey();
      assertThat(c.reserved()).as(c.token() + " is live-tested, so it is active").isFalse();
      assertThat(NOT_IN_CORPUS).as(c.token()).doesNotContainKey(c);
      Path file = tests.resolve(e.getValue() + ".java");
      assertThat(file).as(c.token() + " is asserted by " + e.getValue()).isRegularFile();
      String text = Files.readString(file);
      boolean named = text.contains("\"" + c.token() + "\"") || text.contains("Code." + c.name())
          || reachOutcomes.getOrDefault(c, Set.of()).stream()
              .anyMatch(o -> text.contains("ReachCodes." + o + ")"));
      assertThat(named).as(e.getValue() + " names " + c.token()).isTrue();
    }
  }

  /**
   * The reachability tests name outcomes ({@code ReachCodes.MISSING_KEY}), not codes: read which
   * code each outcome constant maps to from the source, so that a test naming the outcome counts
   * for its code.
   */
  private static Map<Code, Set<String>> reachOutcomes() throws IOException {
    String source = Files.readString(moduleDir().resolve(
        "src/main/java/io/github/cloudaccess/validator/reach/ReachCodes.java"));
    Matcher m = Pattern.compile("static final Code (\\w+) = Code\\.(\\w+);").matcher(source);
    Map<Code, Set<String>> out = new HashMap<>();
    while (m.find()) {
      out.computeIfAbsent(Code.valueOf(m.group(2)), k -> new HashSet<>()).add(m.group(1));
    }
    assertThat(out).as("ReachCodes maps outcomes").isNotEmpty();
    return out;
  }

  @Test
  void everyActiveCodeAppearsInTheCorpusAndEveryCorpusCodeExists() {
    Corpus corpus = Corpus.locate();
    Set<String> inCorpus = new TreeSet<>();
    for (DocumentCase d : corpus.documentCases()) {
      inCorpus.addAll(d.codes());
      d.findings().stream().map(ExpectedFinding::code).forEach(inCorpus::add);
    }
    for (ValueCase v : corpus.valueCases()) {
      inCorpus.addAll(v.lenient().codes());
      inCorpus.addAll(v.strict().codes());
      inCorpus.addAll(v.pointers().keySet());
    }
    assertThat(inCorpus).as("the corpus has cases").isNotEmpty();
    Set<String> tokens = Arrays.stream(Code.values()).map(Code::token).collect(Collectors.toSet());
    assertThat(tokens).as("codes named by corpus cases").containsAll(inCorpus);
    Set<String> uncovered = new TreeSet<>();
    for (Code c : Code.values()) {
      if (!c.reserved() && !inCorpus.contains(c.token()) && !NOT_IN_CORPUS.containsKey(c)
          && !LIVE_TESTED.containsKey(c)) {
        uncovered.add(c.token());
      }
    }
    assertThat(uncovered).as("active codes without a corpus case").isEmpty();
  }

  static Path moduleDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    if (!Files.isDirectory(dir.resolve("src/main/java/io/github/cloudaccess/validator"))) {
      throw new UncheckedIOException(new IOException("not the validator module directory: " + dir));
    }
    return dir;
  }
}
