package io.github.cloudaccess.validator.cloud;

import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the {@code cloud_access} column(s) of a table: by name (without case), or by the
 * non-standard markers pyvo PR #709 invented ({@code utype="adhoc:cloudstorage"},
 * {@code ucd="meta.ref.cloudstorage"}).
 */
final class CloudColumns {

  static final String NAME = "cloud_access";
  static final String MARKER_UTYPE = "adhoc:cloudstorage";
  static final String MARKER_UCD = "meta.ref.cloudstorage";

  private CloudColumns() {}

  /**
   * @param table a table
   * @return its cloud columns, named ones first, then marked ones, each in table order
   */
  static List<FieldInfo> find(TableInfo table) {
    List<FieldInfo> named = new ArrayList<>();
    List<FieldInfo> marked = new ArrayList<>();
    for (FieldInfo f : table.fields()) {
      if (f.lowerName().equals(NAME)) {
        named.add(f);
      } else if (isMarked(f)) {
        marked.add(f);
      }
    }
    named.addAll(marked);
    return named;
  }

  /** @return true when the FIELD carries a pyvo #709 marker */
  static boolean isMarked(FieldInfo f) {
    return (f.utype() != null && f.utype().strip().equalsIgnoreCase(MARKER_UTYPE))
        || (f.ucd() != null && f.ucd().strip().equalsIgnoreCase(MARKER_UCD));
  }

  /**
   * @param f a FIELD
   * @return the reason it hijacks pyvo's {@code getdataurl}, or null when it does not
   */
  static String hijack(FieldInfo f) {
    String utype = f.utype() == null ? "" : f.utype().toLowerCase(Locale.ROOT);
    if (utype.contains("access.reference")) {
      return "utype \"" + f.utype() + "\"";
    }
    if (f.ucd() != null) {
      for (String word : f.ucd().split(";")) {
        String w = word.strip();
        if (w.equalsIgnoreCase("meta.ref.url") || w.equalsIgnoreCase("VOX:Image_AccessReference")) {
          return "UCD \"" + f.ucd() + "\"";
        }
      }
    }
    return null;
  }

  /**
   * @param f a FIELD
   * @return true when its UCD is an invented {@code meta.ref.<provider>} (fornax ucd mode)
   */
  static boolean inventedProviderUcd(FieldInfo f) {
    if (f.ucd() == null) {
      return false;
    }
    String u = f.ucd().strip().toLowerCase(Locale.ROOT);
    return u.equals("meta.ref.aws") || u.equals("meta.ref.gcp") || u.equals("meta.ref.gcs")
        || u.equals("meta.ref.google") || u.equals("meta.ref.azure");
  }
}
