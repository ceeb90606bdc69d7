package io.github.cloudaccess.validator.cli;

import static io.github.cloudaccess.validator.cli.CliRun.SCRIPTS;
import static io.github.cloudaccess.validator.cli.CliRun.TREE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.report.Code;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exit statuses, options and inputs of the command, over the scripted fake pipeline. */
class MainTest {

  @Test
  void cleanInputExitsZero() {
    CliRun r = CliRun.run(SCRIPTS + "clean.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.OK);
    assertThat(r.out()).contains("Checks: 1 passed, 0 failed");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void errorsExitOne() {
    CliRun r = CliRun.run(SCRIPTS + "errors.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.FINDINGS);
    assertThat(r.out()).contains("E-XML-AMPR-1 ").contains("Checks: 0 passed, 1 failed");
  }

  @Test
  void warningsPassUnlessFailOnWarning() {
    assertThat(CliRun.run(SCRIPTS + "warnings.xml").status()).isEqualTo(ExitStatus.OK);
    CliRun strict = CliRun.run("--fail-on", "warning", SCRIPTS + "warnings.xml");
    assertThat(strict.status()).isEqualTo(ExitStatus.FINDINGS);
    assertThat(strict.out()).contains("Checks: 0 passed, 1 failed");
  }

  @Test
  void failureWithoutErrorExitsThree() {
    CliRun r = CliRun.run(SCRIPTS + "untestable.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.UNTESTABLE);
    assertThat(r.out()).contains("F-RUN-TOUT-1 ").contains("Checks: 0 passed, 1 failed");
  }

  @Test
  void errorBeatsFailure() {
    CliRun r = CliRun.run(SCRIPTS + "untestable.xml", SCRIPTS + "errors.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.FINDINGS);
  }

  @Test
  void validatorFaultBecomesFindingAndRunGoesOn() {
    CliRun r = CliRun.run(SCRIPTS + "crash.xml", SCRIPTS + "clean.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.UNTESTABLE);
    assertThat(r.out())
        .contains("F-RUN-UNEX-1 " + SCRIPTS + "crash.xml: internal validator error")
        .contains("W-CLD-NREG-1 " + SCRIPTS + "crash.xml:5:1")
        .contains("Result " + SCRIPTS + "clean.xml: pass")
        .contains("Checks: 1 passed, 1 failed")
        .doesNotContain("\tat ");
    assertThat(r.err()).doesNotContain("IllegalStateException");
  }

  @Test
  void debugPrintsTheFaultsStackTraceToStandardError() {
    CliRun r = CliRun.run("--debug", SCRIPTS + "crash.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.UNTESTABLE);
    assertThat(r.err()).contains("F-RUN-UNEX").contains("IllegalStateException: boom")
        .contains("\tat " + ScriptPipeline.class.getName());
    assertThat(r.out()).doesNotContain("\tat ");
  }

  @Test
  void missingFileIsAFailureFindingNotAStackTrace() {
    CliRun r = CliRun.run(SCRIPTS + "no-such-file.xml", SCRIPTS + "clean.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.UNTESTABLE);
    assertThat(r.out()).contains(ValidationRunner.UNREADABLE.token() + "-1 " + SCRIPTS
        + "no-such-file.xml: cannot read input: no such file");
    assertThat(r.out()).contains("Result " + SCRIPTS + "clean.xml: pass");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(CliRun.run().status()).isEqualTo(ExitStatus.USAGE);
    assertThat(CliRun.run("--no-such-option", SCRIPTS + "clean.xml").status()).isEqualTo(ExitStatus.USAGE);
    assertThat(CliRun.run("--format", "html", SCRIPTS + "clean.xml").status()).isEqualTo(ExitStatus.USAGE);
    assertThat(CliRun.run("--maxrepeat", "-1", SCRIPTS + "clean.xml").status()).isEqualTo(ExitStatus.USAGE);
    assertThat(CliRun.run("--protocol", "sia3", SCRIPTS + "clean.xml").status()).isEqualTo(ExitStatus.USAGE);
    assertThat(CliRun.run("-", "-").status()).isEqualTo(ExitStatus.USAGE);
    assertThat(CliRun.run(TREE + "/empty").status()).isEqualTo(ExitStatus.USAGE);
    CliRun bad = CliRun.run("--fail-on", "sometimes", SCRIPTS + "clean.xml");
    assertThat(bad.err()).contains("--fail-on").contains("validator --help");
    assertThat(bad.err().lines()).hasSizeLessThan(4);
    assertThat(bad.out()).isEmpty();
  }

  @Test
  void badLiveOptionsAreUsageErrorsBeforeAnyRequest(@TempDir Path dir) throws Exception {
    String url = "http://127.0.0.1:9/sia";
    List<String[]> bad = List.of(
        new String[] {"http://"},
        new String[] {"--pos", "ten,20", url},
        new String[] {"--pos", "10,95", url},
        new String[] {"--size", "0", url},
        new String[] {"--timeout", "0", url},
        new String[] {"--max-bytes", "lots", url},
        new String[] {"--max-bytes", "0", url},
        new String[] {"--datalink-sample", "-1", url},
        new String[] {"--record", dir.resolve("r").toString(), "--replay", dir.toString(), url},
        new String[] {"--replay", dir.resolve("missing").toString(), url});
    for (String[] args : bad) {
      CliRun r = CliRun.run(args);
      assertThat(r.status()).as(String.join(" ", args)).isEqualTo(ExitStatus.USAGE);
      assertThat(r.out()).as(String.join(" ", args)).isEmpty();
      assertThat(r.err().lines()).as(String.join(" ", args)).hasSizeLessThan(4);
    }
    Files.writeString(dir.resolve("index.jsonl"), "");
    CliRun again = CliRun.run("--record", dir.toString(), url);
    assertThat(again.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(again.err()).contains("--record");
  }

  @Test
  void maxBytesTakesBinarySuffixes() {
    assertThat(LiveConfig.bytes("1G")).isEqualTo(1L << 30);
    assertThat(LiveConfig.bytes("16M")).isEqualTo(16L << 20);
    assertThat(LiveConfig.bytes("512kib")).isEqualTo(512L << 10);
    assertThat(LiveConfig.bytes("1048576")).isEqualTo(1L << 20);
  }

  @Test
  void unwritableOutputIsAUsageError(@TempDir Path dir) {
    CliRun r = CliRun.run("--output", dir.resolve("missing/dir/report.txt").toString(), SCRIPTS + "clean.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.USAGE);
    assertThat(r.err()).contains("cannot write --output");
  }

  @Test
  void helpDocumentsTheExitStatuses() {
    CliRun r = CliRun.run("--help");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Exit status:").contains("--fail-on").contains("--maxrepeat")
        .containsPattern("(?m)^\\s+3\\s+could not test");
  }

  @Test
  void versionNamesTheTool() {
    CliRun r = CliRun.run("--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith(ToolVersion.NAME + " " + ToolVersion.version());
  }

  @Test
  void listCodesPrintsEveryCodeAndExitsZero() {
    CliRun r = CliRun.run("--list-codes");
    assertThat(r.status()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(Code.values().length + 1);
    for (Code c : Code.values()) {
      assertThat(lines).anyMatch(l -> l.startsWith(c.token() + "\t" + c.title() + "\t"));
    }
    assertThat(CliRun.run("--list-codes", "--format", "sarif").status()).isEqualTo(ExitStatus.USAGE);
  }

  @Test
  void outputOptionWritesTheReportToTheFileOnly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    CliRun r = CliRun.run("--format", "json", "--output", file.toString(), SCRIPTS + "errors.xml");
    assertThat(r.status()).isEqualTo(ExitStatus.FINDINGS);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(file)).contains("\"E-XML-AMPR\"").endsWith("\n");
  }

  @Test
  void severalInputsMakeOneReport() {
    CliRun r = CliRun.run(SCRIPTS + "clean.xml", SCRIPTS + "errors.xml", SCRIPTS + "warnings.xml");
    assertThat(r.out().lines().filter(l -> l.startsWith("Input "))).hasSize(3);
    assertThat(r.out().lines().filter(l -> l.startsWith("Totals: "))).hasSize(1);
    assertThat(r.out()).contains("Checks: 2 passed, 1 failed")
        .contains("Totals: errors: 2; warnings: 3; infos: 2; summaries: 1; failures: 0");
  }

  @Test
  void directoryInputTakesResponsesRecursivelyInSortedOrder() {
    CliRun r = CliRun.run(TREE);
    List<String> inputs = r.out().lines().filter(l -> l.startsWith("Input ")).toList();
    assertThat(inputs).containsExactly(
        "Input " + TREE + "/C.VOTABLE", "Input " + TREE + "/b.xml", "Input " + TREE + "/sub/a.vot");
    assertThat(r.status()).isEqualTo(ExitStatus.FINDINGS);
  }

  @Test
  void standardInputIsSpooledSoItCanBeOpenedTwiceAndDeletedAfter() {
    List<Path> spools = new ArrayList<>();
    AtomicReference<String> seen = new AtomicReference<>();
    CliRun r = CliRun.with(
        (input, reporter) -> {
          try {
            String first = new String(input.open().readAllBytes(), StandardCharsets.UTF_8);
            String second = new String(input.open().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(first.equals(second) ? first : "differs");
            if (input instanceof StdinInput s) {
              spools.add(s.spoolFile());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return new ScriptPipeline().apply(input, reporter);
        },
        "E-XML-AMPR 3:4 | from stdin\n", Map.of(), "-");
    assertThat(seen.get()).isEqualTo("E-XML-AMPR 3:4 | from stdin\n");
    assertThat(r.status()).isEqualTo(ExitStatus.FINDINGS);
    assertThat(r.out()).contains("Input -").contains("E-XML-AMPR-1 -:3:4: from stdin");
    assertThat(spools).hasSize(1);
    assertThat(spools.get(0)).doesNotExist();
  }

  @Test
  void maxrepeatKeepsTheFirstFindingsAndCountsTheRest() {
    CliRun r = CliRun.run("--maxrepeat", "2", SCRIPTS + "many.xml");
    assertThat(r.out().lines().filter(l -> l.startsWith("E-XML-AMPR-")))
        .containsExactly(
            "E-XML-AMPR-1 " + SCRIPTS + "many.xml:100:5: Raw '&' starts no entity.",
            "E-XML-AMPR-2 " + SCRIPTS + "many.xml:101:5: Raw '&' starts no entity.",
            "E-XML-AMPR-x " + SCRIPTS + "many.xml (13 more)");
    assertThat(r.out()).contains("W-CLD-KLSL-x " + SCRIPTS + "many.xml (1 more)")
        .contains("Counts " + SCRIPTS + "many.xml: E-XML-AMPR 15; W-CLD-KLSL 3");
  }

  @Test
  void optionsReachThePipeline() {
    AtomicReference<ValidatorOptions> got = new AtomicReference<>();
    CliRun.withFactory(
        options -> {
          got.set(options);
          return new ScriptPipeline();
        },
        "", Map.of(), "--profile", "strict", "--protocol", "datalink", "--require-cloud",
        SCRIPTS + "clean.xml");
    assertThat(got.get()).isEqualTo(new ValidatorOptions(Profile.STRICT, Protocol.DATALINK, true));
    CliRun.withFactory(
        options -> {
          got.set(options);
          return new ScriptPipeline();
        },
        "", Map.of(), SCRIPTS + "clean.xml");
    assertThat(got.get()).isEqualTo(ValidatorOptions.defaults());
  }

  @Test
  void githubActionsAddsEscapedAnnotations() {
    CliRun r = CliRun.with(new ScriptPipeline(), "", Map.of("GITHUB_ACTIONS", "true"),
        SCRIPTS + "errors.xml");
    assertThat(r.out())
        .contains("::error file=" + SCRIPTS + "errors.xml,line=12,col=34,title=E-XML-AMPR::Raw '&' starts no entity.")
        .contains("::warning file=" + SCRIPTS + "errors.xml,line=40,col=7,title=W-CLD-KLSL::row 3 /aws/0/key: Key starts with '/'.")
        .contains("%0A#FAKE-LINE");
    assertThat(r.out()).doesNotContain("::notice");
    CliRun json = CliRun.with(new ScriptPipeline(), "", Map.of("GITHUB_ACTIONS", "true"),
        "--format", "json", SCRIPTS + "errors.xml");
    assertThat(json.out()).doesNotContain("::error");
    assertThat(json.err()).contains("::error file=");
    CliRun none = CliRun.run(SCRIPTS + "errors.xml");
    assertThat(none.out()).doesNotContain("::error");
  }

  @Test
  void summaryComesFromThePipeline() {
    CliRun r = CliRun.run(SCRIPTS + "errors.xml");
    assertThat(r.out()).contains("Summary " + SCRIPTS + "errors.xml: protocol SIA1; VOTable 1.3;"
        + " serialization TABLEDATA; rows 4; rows with cloud_access 3; CDATA sections 1")
        .contains("Providers " + SCRIPTS + "errors.xml: aws 3; google 1")
        .contains("Access " + SCRIPTS + "errors.xml: open 3; restricted 1");
  }

  @Test
  void hostileMessagesCannotForgeReportLines() {
    CliRun r = CliRun.run(SCRIPTS + "errors.xml");
    assertThat(r.out().lines()).noneMatch(l -> l.startsWith("#FAKE-LINE"));
    assertThat(r.out()).contains("\\n#FAKE-LINE");
  }

  /** The fake pipeline reads a script's summary line into the contract's summary. */
  @Test
  void seamReturnsTheContractSummary() {
    InputSummary s = new ScriptPipeline().apply(new FileInput("x", Path.of(SCRIPTS + "clean.xml")),
        f -> {});
    assertThat(s.protocol()).isEqualTo(Protocol.SIA2);
    assertThat(s.providers()).containsEntry("aws", 2L);
  }

  @Test
  void reportThatCannotBeWrittenIsNotAPass() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buf, int off, int len) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    Main.Environment env = new Main.Environment(InputStream.nullInputStream(), Map.of(),
        Path.of("").toAbsolutePath(), options -> new ScriptPipeline(), false);
    int status = new Main(new PrintWriter(broken), new PrintWriter(err), env)
        .run(SCRIPTS + "clean.xml");
    assertThat(status).isEqualTo(ExitStatus.UNTESTABLE);
    assertThat(err.toString()).contains("could not be written");
  }

  @Test
  void everyMachineFormatParsesBack() throws Exception {
    String[] inputs = {SCRIPTS + "errors.xml", SCRIPTS + "crash.xml", SCRIPTS + "clean.xml"};
    CliRun json = CliRun.run(concat(new String[] {"--format", "json"}, inputs));
    assertThat(JsonMapper.shared().readTree(json.out()).get("inputs")).hasSize(3);
    CliRun sarif = CliRun.run(concat(new String[] {"--format", "SARIF"}, inputs));
    JsonNode run = JsonMapper.shared().readTree(sarif.out()).get("runs").get(0);
    assertThat(run.get("results").get(0).get("locations").get(0).get("physicalLocation")
        .get("artifactLocation").get("uri").asString()).startsWith(SCRIPTS);
    CliRun junit = CliRun.run(concat(new String[] {"--format", "junit"}, inputs));
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(junit.out())));
    assertThat(d.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
    assertThat(List.of(json.status(), sarif.status(), junit.status()))
        .containsOnly(ExitStatus.FINDINGS);
    CliRun codes = CliRun.run("--list-codes", "--format", "json");
    assertThat(JsonMapper.shared().readTree(codes.out())).hasSize(Code.values().length);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
