package io.github.cloudaccess.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny JSON tree for generating test values: objects keep member order and may repeat names,
 * strings remember how to be escaped, and any text can stand in for a value (so that broken JSON
 * can be generated too). Rendering takes a whitespace style.
 */
final class JsonModel {

  private JsonModel() {}

  /** A JSON value of the generator. */
  sealed interface Node permits Obj, Arr, Str, Raw {}

  /** One object member; names are encoded like strings. */
  record Member(String name, Node value) {}

  /** An object, members in order, duplicates allowed. */
  record Obj(List<Member> members) implements Node {
    Obj {
      members = List.copyOf(members);
    }
  }

  /** An array. */
  record Arr(List<Node> items) implements Node {
    Arr {
      items = List.copyOf(items);
    }
  }

  /** A string, escaped by {@link Escaping}. */
  record Str(String value) implements Node {}

  /** Literal text standing for a value: numbers, literals, or anything broken. */
  record Raw(String text) implements Node {}

  /** How strings are escaped: only what JSON requires, every non-ASCII character, or also {@code /}. */
  enum Escaping { MINIMAL, ASCII, SLASH }

  /** Whitespace between tokens. */
  enum Spacing { COMPACT, PYTHON, PRETTY, TABS }

  static Obj obj(Object... nameValuePairs) {
    List<Member> m = new ArrayList<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      Object v = nameValuePairs[i + 1];
      m.add(new Member((String) nameValuePairs[i], v instanceof String s ? new Str(s) : (Node) v));
    }
    return new Obj(m);
  }

  static Arr arr(Node... items) {
    return new Arr(List.of(items));
  }

  static String render(Node node, Spacing spacing, Escaping escaping) {
    StringBuilder out = new StringBuilder();
    render(node, spacing, escaping, 0, out);
    return out.toString();
  }

  /** Renders with a style picked by {@code random}. */
  static String render(Node node, Random random) {
    Spacing s = Spacing.values()[random.nextInt(Spacing.values().length)];
    Escaping e = random.nextInt(4) == 0 ? Escaping.values()[1 + random.nextInt(2)] : Escaping.MINIMAL;
    return render(node, s, e);
  }

  private static void render(Node node, Spacing sp, Escaping esc, int depth, StringBuilder out) {
    if (node instanceof Str s) {
      string(s.value(), esc, out);
    } else if (node instanceof Raw r) {
      out.append(r.text());
    } else if (node instanceof Arr a) {
      out.append('[');
      for (int i = 0; i < a.items().size(); i++) {
        out.append(i == 0 ? "" : sp == Spacing.COMPACT ? "," : ", ");
        render(a.items().get(i), sp, esc, depth + 1, out);
      }
      out.append(']');
    } else {
      Obj o = (Obj) node;
      out.append('{');
      for (int i = 0; i < o.members().size(); i++) {
        out.append(i == 0 ? "" : ",");
        newline(sp, depth + 1, out);
        string(o.members().get(i).name(), esc, out);
        out.append(sp == Spacing.COMPACT ? ":" : sp == Spacing.TABS ? "\t:\t" : ": ");
        render(o.members().get(i).value(), sp, esc, depth + 1, out);
      }
      if (!o.members().isEmpty()) {
        newline(sp, depth, out);
      }
      out.append('}');
    }
  }

  private static void newline(Spacing sp, int depth, StringBuilder out) {
    switch (sp) {
      case PRETTY -> out.append('\n').append("  ".repeat(depth));
      case TABS -> out.append("\r\n").append("\t".repeat(depth));
      case PYTHON -> out.append(depth == 0 ? "" : " ");
      default -> { }
    }
  }

  static void string(String s, Escaping esc, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c < 0x20 || (esc == Escaping.ASCII && c > 0x7e)) {
        out.append(String.format("\\u%04x", (int) c));
      } else if (c == '/' && esc == Escaping.SLASH) {
        out.append("\\/");
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }
}
