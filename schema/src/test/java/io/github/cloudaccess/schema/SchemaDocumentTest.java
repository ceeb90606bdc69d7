package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The schema file itself: one source of truth, a valid draft 2020-12 schema, documented entry points. */
class SchemaDocumentTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Path sourceFile() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    Path inModule = dir.resolve("cloud-access-1.0.schema.json");
    return Files.exists(inModule) ? inModule : dir.resolve("schema").resolve("cloud-access-1.0.schema.json");
  }

  @Test
  void classpathResourceIsTheRepositoryFile() throws Exception {
    assertThat(SchemaValidator.schemaText()).isEqualTo(Files.readString(sourceFile()));
  }

  @Test
  void isAValidDraft202012SchemaWithTheDocumentedId() {
    JsonNode schema = JSON.readTree(SchemaValidator.schemaText());
    assertThat(schema.get("$schema").stringValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("$id").stringValue()).isEqualTo(SchemaValidator.SCHEMA_ID);
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    assertThat(meta.validate(schema)).isEmpty();
  }

  @Test
  void hasStrictAndLenientEntryPointsAndTheRootIsLenient() {
    JsonNode schema = JSON.readTree(SchemaValidator.schemaText());
    assertThat(schema.get("$defs").has("strict")).isTrue();
    assertThat(schema.get("$defs").has("lenient")).isTrue();
    assertThat(schema.get("$ref").stringValue()).isEqualTo("#/$defs/lenient");
  }

  @Test
  void googleAndAzureDefinitionsAreMarkedAsThisToolkitsProposal() {
    JsonNode defs = JSON.readTree(SchemaValidator.schemaText()).get("$defs");
    for (String name : new String[] {"googleLocationStrict", "azureLocationStrict", "googleLocationLenient",
        "azureLocationLenient", "gcsBucketName", "gcsLocation", "azureAccountName", "azureContainerName",
        "azureRegion", "objectName"}) {
      assertThat(defs.get(name).get("description").stringValue()).as(name).contains("toolkit's proposal");
    }
  }

  @Test
  void rootOfTheFileValidatesLikeTheLenientProfile() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(SchemaValidator.SCHEMA_ID, SchemaValidator.schemaText())));
    Schema root = registry.getSchema(SchemaLocation.of(SchemaValidator.SCHEMA_ID));
    assertThat(root.validate(JSON.readTree("{\"aws\": {\"bucket\": \"heasarc-bucket\", \"path\": \"x.fits\"}}"))).isEmpty();
    assertThat(root.validate(JSON.readTree("{\"aws\": {\"bucket_name\": \"heasarc-bucket\"}}"))).isNotEmpty();
  }
}
