package io.github.cloudaccess.schema;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads JSON text into a Jackson tree in one streaming pass, under {@link ParserLimits}, and
 * reports duplicate member names instead of aborting on them.
 *
 * <p>Why not {@code ObjectMapper.readTree}: Jackson can only fail on duplicates
 * ({@code STRICT_DUPLICATE_DETECTION}) or silently keep the last one; RFC 8259 makes duplicates a
 * SHOULD, so the validator warns and goes on. Building the tree here sees every member as it is
 * read, at no extra cost. The loop keeps its own stack, so depth never costs Java stack.
 */
final class JsonTreeReader {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(ParserLimits.MAX_NESTING_DEPTH)
                  .maxStringLength(ParserLimits.MAX_STRING_CHARS)
                  .maxNameLength(ParserLimits.MAX_NAME_CHARS)
                  .maxNumberLength(ParserLimits.MAX_NUMBER_CHARS)
                  .maxDocumentLength(ParserLimits.MAX_DOCUMENT_CHARS)
                  .maxTokenCount(ParserLimits.MAX_TOKENS)
                  .build())
          .build();

  private JsonTreeReader() {}

  /**
   * Parses {@code text}, adding {@link ProblemKind#DUPLICATE_MEMBER}, {@link ProblemKind#NOT_JSON}
   * or {@link ProblemKind#LIMIT_EXCEEDED} problems to {@code sink}.
   *
   * @return the root node, or {@code null} when the text is not (bounded) JSON
   */
  static JsonNode read(String text, ProblemList sink) {
    JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text);
    try (parser) {
      JsonNode root = readValue(parser, sink);
      if (root != null && parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        sink.add(
            new Problem(ProblemKind.NOT_JSON, "", at.getLineNr(), at.getColumnNr(),
                "Text continues after the JSON value ends.", "Put exactly one JSON object in the cell."));
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      // Jackson gives no location for most bound violations; the parser's own position is then
      // the end of its input buffer, which would mislead, so report none.
      TokenStreamLocation at = e.getLocation();
      sink.add(
          new Problem(ProblemKind.LIMIT_EXCEEDED, "", line(at), column(at),
              "Value exceeds a parser bound: " + e.getOriginalMessage(), null));
      return null;
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      sink.add(
          new Problem(ProblemKind.NOT_JSON, "", line(at), column(at),
              "Not valid JSON (RFC 8259): " + e.getOriginalMessage(), null));
      return null;
    }
  }

  private static int line(TokenStreamLocation at) {
    return at == null ? 0 : Math.max(at.getLineNr(), 0);
  }

  private static int column(TokenStreamLocation at) {
    return at == null ? 0 : Math.max(at.getColumnNr(), 0);
  }

  /** Reads one complete root value; returns null only for empty input. */
  private static JsonNode readValue(JsonParser parser, ProblemList sink) {
    JsonToken token = parser.nextToken();
    if (token == null) {
      return null;
    }
    Frame top = null;
    while (true) {
      JsonNode value;
      switch (token) {
        case START_OBJECT -> {
          ObjectNode node = NODES.objectNode();
          attach(top, node, sink);
          top = new Frame(node, top);
          token = parser.nextToken();
          continue;
        }
        case START_ARRAY -> {
          ArrayNode node = NODES.arrayNode();
          attach(top, node, sink);
          top = new Frame(node, top);
          token = parser.nextToken();
          continue;
        }
        case END_OBJECT, END_ARRAY -> {
          value = top.node;
          top = top.parent;
          if (top == null) {
            return value;
          }
          token = parser.nextToken();
          continue;
        }
        case PROPERTY_NAME -> {
          top.name = parser.currentName();
          token = parser.nextToken();
          continue;
        }
        default -> value = scalar(parser, token);
      }
      if (top == null) {
        return value;
      }
      attach(top, value, sink);
      token = parser.nextToken();
    }
  }

  private static JsonNode scalar(JsonParser parser, JsonToken token) {
    return switch (token) {
      case VALUE_STRING -> NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("Unexpected token " + token);
    };
  }

  private static void attach(Frame parent, JsonNode value, ProblemList sink) {
    if (parent == null) {
      return;
    }
    if (parent.node instanceof ObjectNode object) {
      if (object.replace(parent.name, value) != null) {
        String pointer = JsonPointers.member(parent.pointer(), parent.name);
        sink.add(ProblemKind.DUPLICATE_MEMBER, pointer,
            "Member \"" + parent.name + "\" appears more than once; the last one is used.",
            "Write each member name once (RFC 8259 section 4).");
      }
    } else {
      ((ArrayNode) parent.node).add(value);
    }
  }

  /** One open array or object; the pointer is only computed when a duplicate needs it. */
  private static final class Frame {
    final JsonNode node;
    final Frame parent;
    final String nameInParent;
    final int indexInParent;
    String name;

    Frame(JsonNode node, Frame parent) {
      this.node = node;
      this.parent = parent;
      if (parent == null) {
        nameInParent = null;
        indexInParent = -1;
      } else if (parent.node instanceof ObjectNode) {
        nameInParent = parent.name;
        indexInParent = -1;
      } else {
        nameInParent = null;
        indexInParent = parent.node.size() - 1;
      }
    }

    String pointer() {
      if (parent == null) {
        return "";
      }
      return nameInParent != null
          ? JsonPointers.member(parent.pointer(), nameInParent)
          : JsonPointers.index(parent.pointer(), indexInParent);
    }
  }
}
