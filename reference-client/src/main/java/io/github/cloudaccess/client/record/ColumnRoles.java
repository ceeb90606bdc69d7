package io.github.cloudaccess.client.record;

import java.util.Locale;
import java.util.function.Predicate;
import uk.ac.starlink.table.ColumnInfo;
import uk.ac.starlink.table.StarTable;

/**
 * Finds, in a table's columns, the ones the client reads, by name first and then by utype/UCD.
 *
 * <p>{@code cloud_access}: name {@code cloud_access} (any case), else utype
 * {@code adhoc:cloudstorage}, else UCD {@code meta.ref.cloudstorage} (pyvo #709).
 * {@code access_url}: name {@code access_url}, else a utype ending in {@code access.reference}
 * (ObsCore), else UCD {@code VOX:Image_AccessReference} (SIA 1.0); never "the first
 * {@code meta.ref.url} column", and never the column already taken for {@code cloud_access} (the
 * IRSA incident of pyvo #445 put an access-reference utype on the cloud column).
 *
 * @param cloudAccess column index or -1
 * @param accessUrl column index or -1
 * @param accessFormat column index ({@code access_format}, SIA 1.0 {@code VOX:Image_Format},
 *     DataLink {@code content_type}) or -1
 * @param estsize column index ({@code access_estsize}, utype {@code ...access.size}) or -1
 * @param estsizeInBytes true when the estsize column counts bytes (SIA 1.0 {@code VOX:Image_FileSize},
 *     or a unit of {@code byte}) rather than kbyte
 * @param contentLength column index of DataLink {@code content_length} or -1
 * @param semantics column index of DataLink {@code semantics} or -1
 * @param errorMessage column index of DataLink {@code error_message} or -1
 * @param dataLink true when the table is a DataLink {@code {links}} table (ID, access_url, semantics)
 */
public record ColumnRoles(
    int cloudAccess,
    int accessUrl,
    int accessFormat,
    int estsize,
    boolean estsizeInBytes,
    int contentLength,
    int semantics,
    int errorMessage,
    boolean dataLink) {

  /**
   * @param table any STIL table (its rows are not read)
   * @return the roles found
   */
  public static ColumnRoles of(StarTable table) {
    int n = table.getColumnCount();
    ColumnInfo[] cols = new ColumnInfo[n];
    for (int i = 0; i < n; i++) {
      cols[i] = table.getColumnInfo(i);
    }
    int cloud = find(cols, -1, name("cloud_access"), utype("adhoc:cloudstorage"), ucd("meta.ref.cloudstorage"));
    int url = find(cols, cloud, name("access_url"), utypeEnds("access.reference"), ucd("VOX:Image_AccessReference"));
    int format = find(cols, cloud, name("access_format"), utypeEnds("access.format"), ucd("VOX:Image_Format"),
        name("content_type"));
    int byName = find(cols, cloud, name("access_estsize"), utypeEnds("access.size"));
    int est = byName >= 0 ? byName : find(cols, cloud, ucd("VOX:Image_FileSize"));
    boolean inBytes = est >= 0 && (byName < 0 || isByteUnit(cols[est].getUnitString()));
    int length = find(cols, cloud, name("content_length"));
    int semantics = find(cols, cloud, name("semantics"));
    int error = find(cols, cloud, name("error_message"));
    boolean dl = semantics >= 0 && url >= 0 && find(cols, cloud, name("ID")) >= 0;
    return new ColumnRoles(cloud, url, format, est, inBytes, length, semantics, error, dl);
  }

  private static boolean isByteUnit(String unit) {
    if (unit == null) {
      return false;
    }
    String u = unit.strip().toLowerCase(Locale.ROOT);
    return u.equals("byte") || u.equals("bytes") || u.equals("b");
  }

  @SafeVarargs
  private static int find(ColumnInfo[] cols, int exclude, Predicate<ColumnInfo>... tests) {
    for (Predicate<ColumnInfo> t : tests) {
      for (int i = 0; i < cols.length; i++) {
        if (i != exclude && t.test(cols[i])) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Predicate<ColumnInfo> name(String n) {
    return c -> c.getName() != null && c.getName().strip().equalsIgnoreCase(n);
  }

  private static Predicate<ColumnInfo> utype(String u) {
    return c -> c.getUtype() != null && c.getUtype().strip().equalsIgnoreCase(u);
  }

  private static Predicate<ColumnInfo> utypeEnds(String suffix) {
    return c -> c.getUtype() != null && c.getUtype().strip().toLowerCase(Locale.ROOT).endsWith(suffix);
  }

  private static Predicate<ColumnInfo> ucd(String u) {
    return c -> c.getUCD() != null && c.getUCD().strip().equalsIgnoreCase(u);
  }
}
