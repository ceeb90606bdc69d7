package io.github.cloudaccess.server.cloud;

import io.github.cloudaccess.server.catalogue.CloudCopy;
import io.github.cloudaccess.server.catalogue.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders the cloud_access value of a record as text, in list or dict form, with the value-level
 * defects applied (see {@link Defect}). Correct output is RFC 8259 JSON with ASCII-only text
 * (non-ASCII would be written as {@code \}{@code uXXXX}).
 */
public final class CloudAccessJson {

  private CloudAccessJson() {}

  /**
   * @param p the record
   * @param form list or dict
   * @param defect the injected defect
   * @return the cell text, or null when the record has no cloud copy (a null cell)
   */
  public static String render(Product p, Form form, Defect defect) {
    switch (defect) {
      case EMPTY_OBJECT -> {
        return "{}";
      }
      case EMPTY_STRING -> {
        return "\"\"";
      }
      case NULL_LITERAL -> {
        return "null";
      }
      case BLANK -> {
        return "   ";
      }
      default -> { }
    }
    if (p.copies().isEmpty()) {
      return null;
    }
    List<Location> locations = new ArrayList<>();
    for (CloudCopy c : p.copies()) {
      locations.add(location(c, defect));
    }
    if (form == Form.DICT) {
      locations = locations.subList(0, 1);
    }
    String text = defect == Defect.PYTHON_LITERAL
        ? python(locations, form)
        : json(locations, form, defect);
    return defect == Defect.WHITESPACE ? "  " + text + "  " : text;
  }

  private static Location location(CloudCopy c, Defect d) {
    String bucket = c.bucket().name();
    String key = c.key();
    String region = c.bucket().region();
    String access = c.bucket().access().wireName();
    String uri = null;
    String note = null;
    switch (d) {
      case LEADING_SLASH -> key = "/" + key;
      case DOUBLE_SLASH -> key = key.replaceFirst("/", "//");
      case MISSING_OBJECT -> key = "missing/" + key;
      case DIFFERING_BYTES -> key = "altered/" + key;
      case DIFFERING_SIZE -> key = "resized/" + key;
      case REGION_TYPO -> region = region.replaceFirst("-(\\d)$", "$1");
      case WRONG_REGION -> region = "us-east-1".equals(region) ? "us-west-2" : "us-east-1";
      case NO_REGION -> region = null;
      case BAD_ACCESS -> access = "public";
      case OPEN_PRIVATE -> access = "open";
      case BAD_BUCKET -> bucket = bucket.toUpperCase(Locale.ROOT).replace('-', '_');
      case URI_CONFLICT -> uri = "s3://" + bucket + "/other/" + key;
      case RAW_AMPERSAND -> note = "R&D mirror";
      case CDATA_UNSPLIT -> note = "mirror ]]> archive";
      case NON_ASCII -> note = "copie de s\u00e9curit\u00e9";
      case RAW_LESS_THAN -> note = "a<b";
      case UNDECLARED_ENTITY -> note = "x&nbsp;y";
      case CONTROL_CHARACTER, CONTROL_REFERENCE -> note = "bell\u0001";
      case INVALID_UTF8 -> note = "caf" + CloudCell.LATIN1_E_ACUTE_MARKER;
      default -> { }
    }
    return new Location(bucket, key, region, access, uri, note);
  }

  private static String json(List<Location> locations, Form form, Defect d) {
    boolean legacy = d == Defect.LEGACY_NAMES;
    String sep = d == Defect.INVALID_JSON ? " " : ", ";
    StringBuilder b = new StringBuilder(160);
    b.append("{\"aws\": ").append(form == Form.LIST ? "[" : "");
    for (int i = 0; i < locations.size(); i++) {
      Location l = locations.get(i);
      b.append(i == 0 ? "" : ", ").append('{');
      member(b, legacy ? "bucket" : "bucket_name", l.bucket(), "", d);
      member(b, legacy ? "path" : "key", l.key(), sep, d);
      if (l.region() != null) {
        member(b, "region", l.region(), sep, d);
      }
      member(b, "access", l.access(), sep, d);
      if (l.uri() != null) {
        member(b, "uri", l.uri(), sep, d);
      }
      if (l.note() != null) {
        member(b, "note", l.note(), sep, d);
      }
      b.append('}');
    }
    return b.append(form == Form.LIST ? "]" : "").append('}').toString();
  }

  private static void member(StringBuilder b, String name, String value, String sep, Defect d) {
    b.append(sep).append('"').append(name).append("\": ");
    boolean raw = d == Defect.NON_ASCII || d == Defect.INVALID_UTF8
        || d == Defect.CONTROL_CHARACTER || d == Defect.CONTROL_REFERENCE;
    string(b, value, raw);
  }

  /**
   * Appends a JSON string literal; control characters and non-ASCII become \\uXXXX unless
   * {@code raw} (some defects need the characters themselves in the cell).
   */
  static void string(StringBuilder b, String s, boolean raw) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if ((c < 0x20 || c > 0x7e) && !raw) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    b.append('"');
  }

  private static String python(List<Location> locations, Form form) {
    StringBuilder b = new StringBuilder(160);
    b.append("{'aws': ").append(form == Form.LIST ? "[" : "");
    for (int i = 0; i < locations.size(); i++) {
      Location l = locations.get(i);
      b.append(i == 0 ? "" : ", ")
          .append("{'bucket_name': '").append(l.bucket())
          .append("', 'key': '").append(l.key())
          .append("', 'region': '").append(l.region())
          .append("', 'access': '").append(l.access()).append("'}");
    }
    return b.append(form == Form.LIST ? "]" : "").append('}').toString();
  }
}
