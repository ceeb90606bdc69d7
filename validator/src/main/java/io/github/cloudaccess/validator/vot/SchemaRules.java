package io.github.cloudaccess.validator.vot;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.XmlEvents;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import org.xml.sax.Attributes;

/**
 * The parts of the VOTable XML Schema a streaming pass can check cheaply (E-VOT-XSDV): known
 * elements, child order inside VOTABLE, RESOURCE, TABLE, FIELD, PARAM and DATA, known and
 * required attributes; plus RESOURCE {@code type} values (E-VOT-RTYP).
 *
 * <p>Design limit: this is not a full XSD validation, and VOTable 1.0 documents (DTD-based) are
 * not checked. The content models are those of VOTable
 * 1.3 to 1.6, taken as a union (so a 1.1 document using a later attribute passes); elements in
 * other namespaces are skipped with their subtree, as the schema's {@code xs:any} allows. Rows
 * (TR, TD) never reach this class.
 */
public final class SchemaRules implements XmlEvents {

  /** Elements that may appear at most once among their siblings. */
  private static final Set<String> SINGLE = Set.of("DESCRIPTION", "DEFINITIONS", "VALUES", "DATA",
      "MIN", "MAX", "TABLEDATA", "BINARY", "BINARY2", "FITS", "STREAM");

  private static final Set<String> FIELD_ATTS = Set.of("ID", "unit", "datatype", "precision",
      "width", "xtype", "ref", "name", "ucd", "utype", "arraysize", "type");

  private static final Map<String, Set<String>> ATTRIBUTES = Map.ofEntries(
      Map.entry("VOTABLE", Set.of("ID", "version")),
      Map.entry("RESOURCE", Set.of("ID", "name", "type", "utype")),
      Map.entry("TABLE", Set.of("ID", "name", "ucd", "utype", "ref", "nrows")),
      Map.entry("FIELD", FIELD_ATTS),
      Map.entry("PARAM", union(FIELD_ATTS, Set.of("value"))),
      Map.entry("INFO", Set.of("ID", "name", "value", "unit", "xtype", "ref", "ucd", "utype")),
      Map.entry("GROUP", Set.of("ID", "name", "ref", "ucd", "utype")),
      Map.entry("FIELDref", Set.of("ref", "ucd", "utype")),
      Map.entry("PARAMref", Set.of("ref", "ucd", "utype")),
      Map.entry("VALUES", Set.of("ID", "type", "null", "ref", "invalid")),
      Map.entry("MIN", Set.of("value", "inclusive")),
      Map.entry("MAX", Set.of("value", "inclusive")),
      Map.entry("OPTION", Set.of("name", "value")),
      Map.entry("LINK", Set.of("ID", "content-role", "content-type", "title", "value", "href",
          "gref", "action")),
      Map.entry("COOSYS", Set.of("ID", "equinox", "epoch", "system", "refposition")),
      Map.entry("TIMESYS", Set.of("ID", "timeorigin", "timescale", "refposition")),
      Map.entry("DESCRIPTION", Set.of()),
      Map.entry("DEFINITIONS", Set.of()),
      Map.entry("DATA", Set.of()),
      Map.entry("TABLEDATA", Set.of()),
      Map.entry("BINARY", Set.of()),
      Map.entry("BINARY2", Set.of()),
      Map.entry("FITS", Set.of("extnum")),
      Map.entry("STREAM", Set.of("type", "href", "actuate", "encoding", "expires", "rights")),
      Map.entry("TR", Set.of("ID")),
      Map.entry("TD", Set.of("encoding")));

  private static final Map<String, Set<String>> REQUIRED = Map.of(
      "FIELD", Set.of("name", "datatype"),
      "PARAM", Set.of("name", "datatype", "value"),
      "INFO", Set.of("name", "value"));

  private final Emitter out;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private String namespace;
  private int foreignDepth;
  private boolean disabled;

  /** Per-element state: the highest content-model rank seen among its children so far. */
  private static final class Frame {
    final String name;
    int maxRank = -1;
    final java.util.Set<String> singlesSeen = new java.util.HashSet<>();

    Frame(String name) {
      this.name = name;
    }
  }

  /** @param out receives findings */
  public SchemaRules(Emitter out) {
    this.out = out;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.Set<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return Set.copyOf(u);
  }

  @Override
  public void startElement(String uri, String name, Attributes atts, long line, long column) {
    if (namespace == null) {
      namespace = uri;
      /* VOTable 1.0 is defined by a DTD whose content model differs; it is not checked here. */
      int version = VotVersion.parse(atts.getValue("version"));
      disabled = version > 0 && version <= 10;
    }
    if (disabled) {
      return;
    }
    if (foreignDepth > 0 || !uri.equals(namespace)) {
      foreignDepth++;
      return;
    }
    Frame parent = stack.peek();
    Set<String> allowed = ATTRIBUTES.get(name);
    if (allowed == null) {
      out.at(Code.E_VOT_XSDV, line, column, "<" + name + "> is not a VOTable element"
          + (parent == null ? "." : " (inside <" + parent.name + ">)."), null);
    } else {
      checkAttributes(name, atts, allowed, line, column);
      if (parent != null) {
        checkOrder(parent, name, line, column);
      }
    }
    if (name.equals("RESOURCE")) {
      String type = atts.getValue("type");
      if (type != null && !type.equals("results") && !type.equals("meta")) {
        out.at(Code.E_VOT_RTYP, line, column, "RESOURCE type \"" + type
            + "\" is neither results nor meta.", null);
      }
    }
    stack.push(new Frame(name));
  }

  @Override
  public void endElement(String name) {
    if (disabled) {
      return;
    }
    if (foreignDepth > 0) {
      foreignDepth--;
      return;
    }
    stack.poll();
  }

  private void checkAttributes(String name, Attributes atts, Set<String> allowed, long line,
      long column) {
    for (int i = 0; i < atts.getLength(); i++) {
      String qn = atts.getQName(i);
      if (!atts.getURI(i).isEmpty() || qn.indexOf(':') >= 0 || qn.startsWith("xmlns")) {
        continue;
      }
      if (!allowed.contains(qn)) {
        out.at(Code.E_VOT_XSDV, line, column, "<" + name + "> has attribute \"" + qn
            + "\", which the VOTable schema does not define.", null);
      }
    }
    for (String required : REQUIRED.getOrDefault(name, Set.of())) {
      if (atts.getValue(required) == null) {
        out.at(Code.E_VOT_XSDV, line, column, "<" + name + "> lacks the required attribute \""
            + required + "\".", null);
      }
    }
  }

  private void checkOrder(Frame parent, String child, long line, long column) {
    int rank = rank(parent, child);
    if (rank == Integer.MIN_VALUE) {
      out.at(Code.E_VOT_XSDV, line, column, "<" + child + "> may not appear inside <"
          + parent.name + ">.", null);
      return;
    }
    if (SINGLE.contains(child) && !parent.singlesSeen.add(child)) {
      out.at(Code.E_VOT_XSDV, line, column, "<" + parent.name + "> has more than one <" + child
          + ">.", null);
    }
    if (rank < parent.maxRank) {
      out.at(Code.E_VOT_XSDV, line, column, "<" + child + "> comes too late inside <"
          + parent.name + "> (the schema fixes the order of its children).", null);
      return;
    }
    parent.maxRank = Math.max(parent.maxRank, rank);
  }

  /** @return the child's position in the parent's content model; MIN_VALUE when not allowed */
  private static int rank(Frame parent, String child) {
    int seen = parent.maxRank;
    return switch (parent.name) {
      case "VOTABLE" -> switch (child) {
        case "DESCRIPTION" -> 0;
        case "DEFINITIONS" -> 1;
        case "COOSYS", "TIMESYS", "GROUP", "PARAM" -> 2;
        case "INFO" -> seen >= 3 ? 3 : 2;
        case "RESOURCE" -> 3;
        default -> Integer.MIN_VALUE;
      };
      case "RESOURCE" -> switch (child) {
        case "DESCRIPTION" -> 0;
        case "INFO" -> seen >= 3 ? 3 : 1;
        case "COOSYS", "TIMESYS", "GROUP", "PARAM" -> 2;
        case "LINK", "TABLE", "RESOURCE" -> 3;
        default -> Integer.MIN_VALUE;
      };
      case "TABLE" -> switch (child) {
        case "DESCRIPTION" -> 0;
        case "INFO" -> seen >= 4 ? 4 : 1;
        case "FIELD", "PARAM", "GROUP" -> 2;
        case "LINK" -> 3;
        case "DATA" -> 4;
        default -> Integer.MIN_VALUE;
      };
      case "FIELD", "PARAM" -> switch (child) {
        case "DESCRIPTION" -> 0;
        case "VALUES" -> 1;
        case "LINK" -> 2;
        default -> Integer.MIN_VALUE;
      };
      case "DATA" -> switch (child) {
        case "TABLEDATA", "BINARY", "BINARY2", "FITS" -> parent.singlesSeen.isEmpty() ? 0
            : Integer.MIN_VALUE;
        case "INFO" -> 1;
        default -> Integer.MIN_VALUE;
      };
      case "GROUP" -> switch (child) {
        case "DESCRIPTION" -> 0;
        case "FIELDref", "PARAMref", "PARAM", "GROUP" -> 1;
        default -> Integer.MIN_VALUE;
      };
      case "VALUES" -> switch (child) {
        case "MIN" -> 0;
        case "MAX" -> 1;
        case "OPTION" -> 2;
        default -> Integer.MIN_VALUE;
      };
      case "OPTION" -> child.equals("OPTION") ? 0 : Integer.MIN_VALUE;
      case "BINARY", "BINARY2", "FITS" -> child.equals("STREAM") ? 0 : Integer.MIN_VALUE;
      case "TABLEDATA" -> child.equals("TR") ? 0 : Integer.MIN_VALUE;
      case "TR" -> child.equals("TD") ? 0 : Integer.MIN_VALUE;
      case "DEFINITIONS" -> child.equals("COOSYS") || child.equals("PARAM") ? 0
          : Integer.MIN_VALUE;
      case "COOSYS", "TIMESYS" -> Integer.MIN_VALUE;
      case "INFO", "DESCRIPTION", "LINK", "FIELDref", "PARAMref", "MIN", "MAX", "STREAM", "TD" ->
          Integer.MIN_VALUE;
      default -> 0;
    };
  }
}
