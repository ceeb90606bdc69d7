package io.github.cloudaccess.schema;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Validates a parsed value against one profile of {@code cloud-access-1.0.schema.json} with
 * networknt (draft 2020-12), loaded once from the classpath, with remote fetching off and
 * execution limits on. Thread-safe: networknt schemas are immutable once initialised.
 */
final class SchemaValidator {

  /** The schema's {@code $id}. */
  static final String SCHEMA_ID = "https://cloudaccess.github.io/schema/cloud-access-1.0.schema.json";

  /** Classpath location of the schema resource. */
  static final String RESOURCE = "/io/github/cloudaccess/schema/cloud-access-1.0.schema.json";

  private static final ExecutionConfig LIMITS =
      ExecutionConfig.builder()
          .maxEvaluationSteps(ParserLimits.MAX_EVALUATION_STEPS)
          .maxEvaluationDepth(ParserLimits.MAX_EVALUATION_DEPTH)
          .build();

  private static final Consumer<ExecutionContext> APPLY_LIMITS = ctx -> ctx.setExecutionConfig(LIMITS);

  private final Schema schema;

  private SchemaValidator(Schema schema) {
    this.schema = schema;
  }

  /** @return the validator of {@code profile}'s entry point, {@code #/$defs/strict} or {@code #/$defs/lenient} */
  static SchemaValidator of(Profile profile) {
    return profile == Profile.STRICT ? Holder.STRICT : Holder.LENIENT;
  }

  /** Adds one problem per schema error to {@code sink}. */
  void validate(JsonNode root, ProblemList sink) {
    List<Error> errors;
    try {
      errors = schema.validate(root, APPLY_LIMITS);
    } catch (ValidationLimitExceededException e) {
      sink.add(ProblemKind.LIMIT_EXCEEDED, "",
          "Schema evaluation exceeded its " + e.getLimitKind() + " limit of " + e.getLimit() + ".", null);
      return;
    }
    for (Error error : errors) {
      sink.add(SchemaErrorMapper.map(error));
    }
  }

  /** @return the schema text as stored on the classpath */
  static String schemaText() {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Schema resource missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads the registry once, on first use (initialisation-on-demand holder). */
  private static final class Holder {
    private static final SchemaRegistry REGISTRY =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemas(Map.of(SCHEMA_ID, schemaText()))
                .schemaRegistryConfig(
                    SchemaRegistryConfig.builder()
                        .pathType(PathType.JSON_POINTER)
                        .messageSource(KeywordMessageSource.INSTANCE)
                        .build()));
    static final SchemaValidator STRICT = load("strict");
    static final SchemaValidator LENIENT = load("lenient");

    private static SchemaValidator load(String entry) {
      Schema schema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID + "#/$defs/" + entry));
      schema.initializeValidators();
      return new SchemaValidator(schema);
    }
  }
}
