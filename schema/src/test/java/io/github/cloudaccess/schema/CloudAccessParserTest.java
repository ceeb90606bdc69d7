package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Normalisation, problem positions and ordering, and the parser's contract. */
class CloudAccessParserTest {

  private static final CloudAccessParser LENIENT = CloudAccessParser.forProfile(Profile.LENIENT);
  private static final CloudAccessParser STRICT = CloudAccessParser.forProfile(Profile.STRICT);

  private static CloudAccess value(String text) {
    return LENIENT.parse(text).value().orElseThrow();
  }

  @Test
  void forProfileReturnsOneSharedParserPerProfile() {
    assertThat(CloudAccessParser.forProfile(Profile.STRICT)).isSameAs(STRICT);
    assertThat(CloudAccessParser.forProfile(Profile.LENIENT)).isSameAs(LENIENT).isNotSameAs(STRICT);
    assertThat(STRICT.profile()).isEqualTo(Profile.STRICT);
    assertThatNullPointerException().isThrownBy(() -> CloudAccessParser.forProfile(null));
    assertThatNullPointerException().isThrownBy(() -> LENIENT.parse(null));
  }

  @Test
  void dictFormBecomesOneAwsLocationAtTheProviderPointer() {
    CloudAccess v = value("{\"aws\": {\"bucket_name\": \"nasa-irsa-wise\", \"key\":\"wise/x.fits\", \"region\": \"us-west-2\"}}");
    assertThat(v.locations()).containsExactly(new AwsLocation("nasa-irsa-wise", "wise/x.fits",
        Optional.of("us-west-2"), Optional.empty(), Optional.empty(), "/aws"));
    assertThat(v.providers()).containsExactly("aws");
  }

  @Test
  void listFormKeepsOrderAndIndexPointers() {
    CloudAccess v = value("{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"a\", \"access\": \"open\"},"
        + " {\"bucket_name\": \"stpubdata\", \"key\": \"b\", \"access\": \"restricted\"}]}");
    assertThat(v.locations()).extracting(Location::pointer).containsExactly("/aws/0", "/aws/1");
    assertThat(v.locations()).extracting(Location::access)
        .containsExactly(Optional.of(Access.OPEN), Optional.of(Access.RESTRICTED));
  }

  @Test
  void legacyNamesMapToCanonicalNamesAndKeysStayLiteral() {
    AwsLocation a = (AwsLocation) value(
        "{\"aws\": {\"bucket\": \"heasarc-bucket\", \"path\": \"/FTP/chandra//x.fits\", \"access\": \"region\"}}")
        .locations().get(0);
    assertThat(a.bucketName()).isEqualTo("heasarc-bucket");
    assertThat(a.key()).isEqualTo("/FTP/chandra//x.fits");
    assertThat(a.s3Uri()).isEqualTo("s3://heasarc-bucket//FTP/chandra//x.fits");
    assertThat(a.access()).contains(Access.REGION);
  }

  @Test
  void uriAloneSuppliesBucketAndKey() {
    AwsLocation a = (AwsLocation) value("{\"aws\": [{\"uri\": \"s3://stpubdata/hst/public/x.fits\"}]}").locations().get(0);
    assertThat(a.bucketName()).isEqualTo("stpubdata");
    assertThat(a.key()).isEqualTo("hst/public/x.fits");
    assertThat(a.uri()).contains("s3://stpubdata/hst/public/x.fits");
  }

  @Test
  void googleAzureAndUnknownProvidersAreNormalised() {
    CloudAccess v = value("{\"google\": [{\"bucket_name\": \"gbucket\", \"object_name\": \"o/x.fits\", \"region\": \"US\"}],"
        + " \"azure\": {\"account_name\": \"acct\", \"container_name\": \"cont\", \"blob_name\": \"b.fits\", \"access\": \"none\"},"
        + " \"gc\": [{\"bucket\": \"x\", \"access\": \"open\"}]}");
    assertThat(v.locations()).containsExactly(
        new GoogleLocation("gbucket", "o/x.fits", Optional.of("US"), Optional.empty(), "/google/0"),
        new AzureLocation("acct", "cont", "b.fits", Optional.empty(), Optional.of(Access.NONE), "/azure"),
        new OtherLocation("gc", "{\"bucket\":\"x\",\"access\":\"open\"}", Optional.of(Access.OPEN), "/gc/0"));
  }

  @Test
  void valueIsPresentDespiteErrorsAndSkipsOnlyUnreadableEntries() {
    ParseResult r = LENIENT.parse("{\"aws\": [{\"bucket_name\": \"Bad_Name\", \"key\": \"k\", \"access\": \"public\"},"
        + " {\"bucket_name\": \"stpubdata\"}, 7, {\"bucket_name\": \"stpubdata\", \"key\": [\"x\"]}]}");
    assertThat(r.isValid()).isFalse();
    assertThat(r.value()).get().extracting(v -> v.locations().size()).isEqualTo(1);
    AwsLocation a = (AwsLocation) r.value().get().locations().get(0);
    assertThat(a.bucketName()).isEqualTo("Bad_Name");
    assertThat(a.access()).isEmpty();
  }

  @Test
  void nonObjectRootsAndSyntaxErrorsHaveNoValue() {
    for (String text : List.of("[]", "\"x\"", "null", "{", "", "{'a': 1}")) {
      assertThat(LENIENT.parse(text).value()).as(text).isEmpty();
    }
    assertThat(LENIENT.parse("{}").value()).contains(new CloudAccess(List.of()));
  }

  @Test
  void notJsonCarriesLineAndColumnInsideTheText() {
    String pr18 = "{\n    \"aws\": \n        { \n        \"bucket_name\": \"heasarc-bucket\", \n"
        + "        \"key\": \"chandra/x.jpg\" \n        \"region\": \"us-east-1\"        \n        }\n}\n";
    Problem p = LENIENT.parse(pr18).problems().get(0);
    assertThat(p.kind()).isEqualTo(ProblemKind.NOT_JSON);
    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(9);
  }

  @Test
  void entityTextCarriesThePositionOfTheFirstEntity() {
    Problem p = LENIENT.parse("{\"aws\":\n [{&quot;x&quot;: 1}]}").problems().stream()
        .filter(q -> q.kind() == ProblemKind.ENTITY_TEXT).findFirst().orElseThrow();
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(4);
  }

  @Test
  void pythonLiteralComesWithAHintAndAPosition() {
    Problem p = LENIENT.parse("{\"aws\": {\"bucket_name\": \"x\", \"public\": False}}").problems().stream()
        .filter(q -> q.kind() == ProblemKind.PYTHON_LITERAL).findFirst().orElseThrow();
    assertThat(p.hint()).isNotBlank();
    assertThat(p.column()).isEqualTo(40);
  }

  @Test
  void duplicatePointersEscapeSlashAndTilde() {
    ParseResult r = LENIENT.parse("{\"a/b\": {}, \"a/b\": {}, \"c~d\": [{\"k\": 1, \"k\": 2}]}");
    assertThat(r.problems()).filteredOn(p -> p.kind() == ProblemKind.DUPLICATE_MEMBER)
        .extracting(Problem::pointer).containsExactly("/a~1b", "/c~0d/0/k");
  }

  @Test
  void problemsComeInDocumentOrder() {
    ParseResult r = STRICT.parse("{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"/a\", \"region\": \"us-east1\","
        + " \"access\": \"none\"}], \"gc\": {}}");
    assertThat(r.problems()).extracting(Problem::pointer)
        .containsExactly("/aws/0/key", "/aws/0/region", "/aws/0/access", "/gc", "/gc", "/gc");
  }

  @Test
  void validityIsTheAbsenceOfErrors() {
    ParseResult r = LENIENT.parse("{\"aws\": {\"bucket_name\": \"stpubdata\", \"key\": \"/a b//\"}}");
    assertThat(r.problems()).isNotEmpty().noneMatch(p -> p.kind().isError());
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void strictAddsErrorsButKeepsTheSameWarnings() {
    String text = "{\"aws\": {\"bucket\": \"stpubdata\", \"path\": \"/a\", \"x\": 1}, \"gc\": []}";
    List<Problem> lenient = LENIENT.parse(text).problems();
    List<Problem> strict = STRICT.parse(text).problems();
    assertThat(strict.stream().filter(p -> !p.kind().isError()).toList())
        .containsExactlyInAnyOrderElementsOf(lenient.stream().filter(p -> !p.kind().isError()).toList());
    assertThat(strict).anyMatch(p -> p.kind().isError());
  }

  @Test
  void parsingIsThreadSafe() throws Exception {
    List<ValueCorpus.ValueTest> tests = ValueCorpus.tests();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> runs = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(pool.submit(() -> {
          for (int round = 0; round < 5; round++) {
            for (ValueCorpus.ValueTest test : tests) {
              for (Profile p : Profile.values()) {
                ParseResult r = CloudAccessParser.forProfile(p).parse(test.data());
                if (r.isValid() != test.expectation(p).valid()) {
                  return false;
                }
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> run : runs) {
        assertThat(run.get(60, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
