package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.JsonNodeFactory;

/** The naming rules written as patterns in {@code $defs}, checked one definition at a time. */
class SchemaPatternTest {

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(SchemaValidator.SCHEMA_ID, SchemaValidator.schemaText())));

  private static boolean accepts(String def, String value) {
    return REGISTRY.getSchema(SchemaLocation.of(SchemaValidator.SCHEMA_ID + "#/$defs/" + def))
        .validate(JsonNodeFactory.instance.stringNode(value)).isEmpty();
  }

  @ParameterizedTest(name = "s3BucketName {0} -> {1}")
  @CsvSource({
      "stpubdata, true", "nasa-heasarc, true", "nasa-irsa-euclid-q1, true", "dh-fornaxdev-public, true",
      "irsa-mast-tike-spitzer-data, true", "heasarc1, true", "abc, true", "a.b.c, true", "test, true",
      "ab, false", "Heasarc, false", "heasarc_bucket, false", "-heasarc, false", "heasarc-, false",
      "heasarc., false", ".heasarc, false", "nasa..heasarc, false", "192.168.5.4, false", "xn--heasarc, false",
      "sthree-heasarc, false", "sthree-configurator, false", "amzn-s3-demo-bucket, false",
      "heasarc-s3alias, false", "heasarc--ol-s3, false", "heasarc.mrap, false", "heasarc--x-s3, false",
      "heasarc--table-s3, false", "'heasarc bucket', false", "'', false", "192.168.5.4a, true"})
  void s3BucketNames(String name, boolean valid) {
    assertThat(accepts("s3BucketName", name)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "s3BucketName of length {0} -> {1}")
  @CsvSource({"3, true", "63, true", "64, false", "2, false"})
  void s3BucketNameLength(int length, boolean valid) {
    assertThat(accepts("s3BucketName", "a".repeat(length))).isEqualTo(valid);
  }

  @ParameterizedTest(name = "awsRegion {0} -> {1}")
  @CsvSource({
      "us-east-1, true", "us-west-2, true", "eu-central-1, true", "ap-southeast-2, true", "cn-north-1, true",
      "cn-northwest-1, true", "us-gov-west-1, true", "us-gov-east-1, true", "us-iso-east-1, true",
      "us-isob-east-1, true", "eu-isoe-west-1, true", "me-central-1, true", "ap-southeast-5, true",
      "us-east1, false", "us-east2, false", "US-EAST-1, false", "us-east-1a, false", "useast1, false",
      "us-east-, false", "'', false", "aws:us-east1, false", "'us-east-1 ', false"})
  void awsRegions(String region, boolean valid) {
    assertThat(accepts("awsRegion", region)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "s3Key {0} -> {1}")
  @CsvSource({
      "chandra/x.fits, true", "/FTP/chandra/x.fits, true", "a//b, true", "dir/, true", ".hidden, true",
      "a/.b/c, true", "a/..b, true", "..., true",
      "., false", "'..', false", "../x, false", "a/../b, false", "a/./b, false", "a/., false", "'', false"})
  void s3Keys(String key, boolean valid) {
    assertThat(accepts("s3Key", key)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "s3Uri {0} -> {1}")
  @CsvSource({
      "s3://stpubdata/hst/x.fits, true", "s3://dh-fornaxdev//FTP/x.fits, true", "s3://stpubdata/, false",
      "s3://stpubdata, false", "https://stpubdata.s3.amazonaws.com/x.fits, false", "S3://stpubdata/x, false"})
  void s3Uris(String uri, boolean valid) {
    assertThat(accepts("s3Uri", uri)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "gcsBucketName {0} -> {1}")
  @CsvSource({
      "heasarc-mirror, true", "heasarc_mirror, true", "heasarc.mirror.example.org, true", "abc, true",
      "ab, false", "google-heasarc, false", "heasarc-g00gle, false", "goog-data, false", "Heasarc, false",
      "_heasarc, false", "192.168.5.4, false"})
  void gcsBucketNames(String name, boolean valid) {
    assertThat(accepts("gcsBucketName", name)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "gcsBucketName of {1} component(s) of {0} characters -> {2}")
  @CsvSource({"63, 1, true", "64, 1, false", "63, 3, true", "64, 3, false", "55, 4, false", "54, 4, true"})
  void gcsBucketNameLengths(int componentLength, int components, boolean valid) {
    String name = String.join(".", java.util.Collections.nCopies(components, "a".repeat(componentLength)));
    assertThat(accepts("gcsBucketName", name)).as(name.length() + " chars").isEqualTo(valid);
  }

  @ParameterizedTest(name = "gcsLocation {0} -> {1}")
  @CsvSource({"us-central1, true", "europe-west4, true", "US, true", "EU, true", "ASIA, true", "nam4, true",
      "us-central-1, false", "'US CENTRAL', false", "'', false"})
  void gcsLocations(String location, boolean valid) {
    assertThat(accepts("gcsLocation", location)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "azureAccountName {0} -> {1}")
  @CsvSource({"heasarcmirror, true", "abc, true", "ab, false", "Heasarc, false", "heasarc-mirror, false",
      "aaaaaaaaaaaaaaaaaaaaaaaa, true", "aaaaaaaaaaaaaaaaaaaaaaaaa, false"})
  void azureAccountNames(String name, boolean valid) {
    assertThat(accepts("azureAccountName", name)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "azureContainerName {0} -> {1}")
  @CsvSource({"chandra-data, true", "abc, true", "a-b-c, true", "ab, false", "-chandra, false",
      "chandra-, false", "chandra--data, false", "Chandra, false", "chandra_data, false"})
  void azureContainerNames(String name, boolean valid) {
    assertThat(accepts("azureContainerName", name)).isEqualTo(valid);
  }

  @ParameterizedTest(name = "azureRegion {0} -> {1}")
  @CsvSource({"eastus, true", "westeurope, true", "eastus2, true", "'East US', false", "east-us, false"})
  void azureRegions(String region, boolean valid) {
    assertThat(accepts("azureRegion", region)).isEqualTo(valid);
  }
}
