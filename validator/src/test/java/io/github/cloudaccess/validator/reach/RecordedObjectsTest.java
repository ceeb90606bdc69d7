package io.github.cloudaccess.validator.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.corpus.Corpus;
import io.github.cloudaccess.validator.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The acceptance test of the OBJ stage through the command: a recorded SIA 2.0 response
 * ({@code objects/sia2-objects.xml}) whose rows point into a local s3proxy and a local on-prem
 * server, validated with {@code --reachability} and {@code --s3-endpoint}, gives exactly the
 * expected OBJ findings in each row, and the exit status follows from them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RecordedObjectsTest {

  private static final byte[] FILE = Refs.bytes(10_000, 7);
  private static final String FITS = "application/fits";

  /** Row of the recorded response to the OBJ codes it must get (rows absent: none). */
  private static final Map<Long, List<String>> EXPECTED = Map.ofEntries(
      Map.entry(2L, List.of("E-OBJ-NOEX")),
      Map.entry(3L, List.of("E-OBJ-NOBK")),
      Map.entry(4L, List.of("E-OBJ-OPEN")),
      Map.entry(5L, List.of("I-OBJ-REGN")),
      Map.entry(7L, List.of("W-OBJ-NONE")),
      Map.entry(8L, List.of("E-OBJ-BYTE", "W-OBJ-HASH")),
      Map.entry(9L, List.of("E-OBJ-SIZE", "W-OBJ-HASH")),
      Map.entry(10L, List.of("E-OBJ-REGM")),
      Map.entry(11L, List.of("I-OBJ-NACC")),
      Map.entry(12L, List.of("W-OBJ-NAME")),
      Map.entry(13L, List.of("E-OBJ-AURL")),
      Map.entry(14L, List.of("E-OBJ-SIZE")));

  private static S3Store s3;
  private static PremServer prem;

  @BeforeAll
  static void setUp() throws Exception {
    s3 = S3Store.get();
    s3.bucket("cli-open", true, "us-east-1");
    s3.bucket("cli-private", false, "us-east-1");
    s3.bucket("cli-west", true, "us-west-2");
    for (String name : List.of("same", "none", "renamed")) {
      s3.put("cli-open", "data/" + name + ".fits", FILE, true, FITS);
    }
    s3.put("cli-open", "data/private.fits", FILE, false, FITS);
    s3.put("cli-open", "data/private2.fits", FILE, false, FITS);
    byte[] altered = FILE.clone();
    altered[80] ^= 1;
    s3.put("cli-open", "data/altered.fits", altered, true, FITS);
    byte[] resized = java.util.Arrays.copyOf(FILE, FILE.length + 2880);
    s3.put("cli-open", "data/resized.fits", resized, true, FITS);
    for (String name : List.of("region", "restricted", "none")) {
      s3.put("cli-private", "data/" + name + ".fits", FILE, false, FITS);
    }
    s3.put("cli-west", "data/west.fits", FILE, true, FITS);
    prem = new PremServer();
    for (String name : List.of("same", "gone", "private", "region", "restricted", "none",
        "altered", "resized", "west", "private2")) {
      prem.put("/files/" + name + ".fits", FILE);
    }
  }

  @AfterAll
  static void tearDown() {
    prem.close();
  }

  @Test
  void everyRowGetsExactlyItsFindings(@TempDir Path dir) throws Exception {
    Run run = validate(dir, "--reachability");
    assertThat(run.status).as(run.out + run.err).isEqualTo(1);
    assertThat(objectCodesByRow(run.report)).as(run.out).isEqualTo(sorted(EXPECTED));
    assertThat(otherErrors(run.report)).as("the response is clean but for its objects").isEmpty();
    assertThat(tokens(run.report)).contains("S-OBJ-SUMM");
  }

  @Test
  void withoutTheSwitchARecordedFileIsNotCheckedForObjects(@TempDir Path dir) throws Exception {
    Run run = validate(dir);
    assertThat(run.status).as(run.out + run.err).isZero();
    assertThat(tokens(run.report)).noneMatch(t -> t.contains("-OBJ-"));
  }

  /**
   * With {@code --compare 7} the first seven references are compared with access_url as before;
   * the later ones lose exactly the findings that need the on-prem copy (row 8's bytes, the
   * checksums, row 13's unreachable access_url) and keep those the row itself supports (size
   * against access_estsize, region, name).
   */
  @Test
  void aCompareLimitLeavesLaterRowsToTheirOwnFigures(@TempDir Path dir) throws Exception {
    Map<Long, List<String>> expected = new TreeMap<>(sorted(EXPECTED));
    expected.remove(8L);
    expected.put(9L, List.of("E-OBJ-SIZE"));
    expected.remove(13L);

    Run run = validate(dir, "--reachability", "--compare", "7");
    assertThat(objectCodesByRow(run.report)).as(run.out).isEqualTo(expected);
    JsonNode objects = run.report.get("inputs").get(0).get("summary").get("objects");
    assertThat(objects.get("compared").asLong()).isEqualTo(7);
    assertThat(objects.get("selected").asLong()).isEqualTo(15);

    Run all = validate(dir, "--reachability", "--compare", "all");
    assertThat(all.report.get("inputs").get(0).get("summary").get("objects").get("compared")
        .asLong()).isEqualTo(15);
  }

  @Test
  void aCompareLimitThatIsNotACountIsAUsageError(@TempDir Path dir) throws Exception {
    assertThat(validateStatus(dir, "--reachability", "--compare", "-1")).isEqualTo(2);
    assertThat(validateStatus(dir, "--reachability", "--compare", "some")).isEqualTo(2);
  }

  @Test
  void inRegionTurnsARefusedRegionObjectIntoAnError(@TempDir Path dir) throws Exception {
    Run run = validate(dir, "--reachability", "--in-region");
    assertThat(objectCodesByRow(run.report).get(5L)).containsExactly("E-OBJ-RGDN");
  }

  @Test
  void withoutKeysRestrictedObjectsAreSkippedAndSaidSo(@TempDir Path dir) throws Exception {
    Run run = validateWith(dir, Map.of("AWS_SHARED_CREDENTIALS_FILE",
        dir.resolve("none").toString()), "--reachability");
    assertThat(objectCodesByRow(run.report).get(6L)).containsExactly("I-OBJ-RSTR");
  }

  @Test
  void refusedKeysLeaveRestrictedObjectsUntested(@TempDir Path dir) throws Exception {
    Run run = validateWith(dir, Map.of("AWS_ACCESS_KEY_ID", "AKIDWRONGKEY00", "AWS_SECRET_ACCESS_KEY",
        "not-the-secret"), "--reachability");
    assertThat(objectCodesByRow(run.report).get(6L)).containsExactly("I-OBJ-RDNY");
  }

  @Test
  void maxObjectsBoundsTheWork(@TempDir Path dir) throws Exception {
    Run run = validate(dir, "--reachability", "--max-objects", "3", "--listing", "never");
    // Rows 1 to 3 hold the first three references: row 1's copy is fine, and no later row is
    // judged.
    assertThat(objectCodesByRow(run.report)).as(run.out).isEqualTo(Map.of(
        2L, List.of("E-OBJ-NOEX"), 3L, List.of("E-OBJ-NOBK")));
    JsonNode objects = run.report.get("inputs").get(0).get("summary").get("objects");
    assertThat(objects.get("seen").asLong()).as(run.out).isEqualTo(15);
    assertThat(objects.get("selected").asLong()).isEqualTo(3);
    assertThat(objects.get("found").asLong()).isEqualTo(1);
    assertThat(objects.get("missing").asLong()).isEqualTo(2);
    assertThat(objects.get("missingBuckets").asLong()).isEqualTo(1);
  }

  /** As in a live run: no objects are judged in a document cut short or an error document. */
  @Test
  void unreadableAndErrorDocumentsAreNotCheckedForObjects() throws Exception {
    Path responses = Corpus.locate().responsesDir();
    for (String name : List.of("sia2-truncated.xml", "sia2-query-status-error.xml",
        "sia2-error-with-rows.xml")) {
      Run run = runCommand(List.of(responses.resolve(name).toString(), "--format", "json",
          "--reachability", "--s3-endpoint", s3.endpoint().toString()), Map.of());
      assertThat(tokens(run.report)).as(name + "\n" + run.out).isNotEmpty()
          .noneMatch(t -> t.contains("-OBJ-"));
      assertThat(run.report.get("inputs").get(0).get("summary").get("objects").isNull())
          .as(name).isTrue();
    }
  }

  private record Run(int status, JsonNode report, String out, String err) {}

  private static Run validate(Path dir, String... options) throws Exception {
    return validateWith(dir, Map.of("AWS_ACCESS_KEY_ID", S3Store.ID, "AWS_SECRET_ACCESS_KEY",
        S3Store.SECRET), options);
  }

  private static Run validateWith(Path dir, Map<String, String> env, String... options)
      throws Exception {
    Exchange e = exchange(dir, env, options);
    return new Run(e.status, new ObjectMapper().readTree(e.out), e.out, e.err);
  }

  /** @return the exit status alone, for runs that print no report (usage errors) */
  private static int validateStatus(Path dir, String... options) throws Exception {
    return exchange(dir, Map.of(), options).status;
  }

  private record Exchange(int status, String out, String err) {}

  private static Exchange exchange(Path dir, Map<String, String> env, String... options)
      throws Exception {
    String template;
    try (InputStream in = RecordedObjectsTest.class.getResourceAsStream(
        "/objects/sia2-objects.xml")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Path file = dir.resolve("sia2-objects.xml");
    String port = prem.url("/").replaceAll("^http://127\\.0\\.0\\.1:(\\d+)/$", "$1");
    Files.writeString(file, template.replace("@PREM_PORT@", port));
    List<String> args = new ArrayList<>(List.of(file.toString(), "--format", "json",
        "--maxrepeat", "100", "--s3-endpoint", s3.endpoint().toString()));
    args.addAll(List.of(options));
    return command(args, env);
  }

  private static Run runCommand(List<String> args, Map<String, String> env) throws Exception {
    Exchange e = command(args, env);
    return new Run(e.status, new ObjectMapper().readTree(e.out), e.out, e.err);
  }

  private static Exchange command(List<String> args, Map<String, String> env) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = new Main(new PrintWriter(out), new PrintWriter(err),
        InputStream.nullInputStream(), env).run(args.toArray(String[]::new));
    return new Exchange(status, out.toString(), err.toString());
  }

  private static Map<Long, List<String>> objectCodesByRow(JsonNode report) {
    Map<Long, TreeSet<String>> rows = new TreeMap<>();
    for (JsonNode f : report.get("inputs").get(0).get("findings")) {
      String code = f.get("code").asString();
      if (code.contains("-OBJ-") && !code.equals("S-OBJ-SUMM")) {
        rows.computeIfAbsent(f.path("row").asLong(0), k -> new TreeSet<>()).add(code);
      }
    }
    Map<Long, List<String>> out = new TreeMap<>();
    rows.forEach((row, codes) -> out.put(row, List.copyOf(codes)));
    return out;
  }

  private static List<String> otherErrors(JsonNode report) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : report.get("inputs").get(0).get("findings")) {
      String code = f.get("code").asString();
      if (!code.contains("-OBJ-") && (code.startsWith("E-") || code.startsWith("F-"))) {
        out.add(code + " " + f.get("message").asString());
      }
    }
    return out;
  }

  private static List<String> tokens(JsonNode report) {
    List<String> out = new ArrayList<>();
    report.get("inputs").get(0).get("findings").forEach(f -> out.add(f.get("code").asString()));
    return out;
  }

  private static Map<Long, List<String>> sorted(Map<Long, List<String>> m) {
    Map<Long, List<String>> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, v.stream().sorted().toList()));
    return out;
  }
}
