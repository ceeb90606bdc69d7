package io.github.cloudaccess.validator.objects;

import io.github.cloudaccess.schema.CloudAccess;
import io.github.cloudaccess.schema.CloudAccessParser;
import io.github.cloudaccess.schema.Location;
import io.github.cloudaccess.validator.live.Column;
import io.github.cloudaccess.validator.live.RowSink;
import io.github.cloudaccess.validator.live.SampleRow;
import io.github.cloudaccess.validator.reach.ObjectRef;
import io.github.cloudaccess.validator.report.Position;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns each row of a results table into the {@link ObjectRef}s of its {@code cloud_access}
 * locations, with the row's access URL, sizes and format.
 *
 * <p>Values that do not parse give nothing: the CLD stage reports them. A discovery row whose
 * access URL is a DataLink {links} document (its format says {@code content=datalink}) gives its
 * cloud copies without that URL, because the product behind it is not at that URL; a DataLink
 * row that carries an {@code error_message} gives nothing.
 *
 * <p>Decision on DataLink rows: every row's cloud copies are compared with that row's own
 * access_url, whatever its {@code semantics} ({@code #this}, {@code #auxiliary}, ...), because
 * the {@code cloud_access} of a row describes that row's resource. A cloud copy on an
 * {@code #auxiliary} row that is really the {@code #this} product therefore disagrees with the
 * row (E-OBJ-SIZE, the reference server's {@code cloud-on-auxiliary} defect); where the value
 * belongs is the CLD stage's W-CLD-DLRW.
 */
final class RowObjects implements RowSink {

  private final String source;
  private final CloudAccessParser parser;
  private final Consumer<ObjectRef> out;
  private List<Column> seenColumns;
  private RowColumns columns;

  /**
   * @param source the input's name, for positions
   * @param parser parses the values (the run's profile)
   * @param out receives the references, in row order
   */
  RowObjects(String source, CloudAccessParser parser, Consumer<ObjectRef> out) {
    this.source = source;
    this.parser = parser;
    this.out = out;
  }

  @Override
  public void row(List<Column> tableColumns, SampleRow row) {
    if (tableColumns != seenColumns) {
      seenColumns = tableColumns;
      columns = RowColumns.of(tableColumns);
    }
    String text = row.text(columns.cloud());
    if (text == null || row.text(columns.errorMessage()) != null) {
      return;
    }
    Optional<CloudAccess> value = parser.parse(text).value();
    if (value.isEmpty()) {
      return;
    }
    String format = row.text(columns.format());
    String url = links(format) ? null : trimmed(row.text(columns.accessUrl()));
    Double estsize = row.number(columns.estsizeKbyte());
    Double bytes = row.number(columns.bytes());
    Position cell = new Position(source, 0, 0, row.number(), null);
    for (Location location : value.get().locations()) {
      ObjectRef ref = ObjectRef.of(cell, location).withAccessUrl(url).withAccessFormat(format);
      if (estsize != null && estsize >= 0) {
        ref = ref.withEstsize(Math.round(estsize));
      }
      if (bytes != null && bytes >= 0) {
        ref = ref.withContentLength(Math.round(bytes));
      }
      out.accept(ref);
    }
  }

  /** @return true when the format names a DataLink {links} document (SIA 2.0 3.1.3) */
  private static boolean links(String format) {
    return format != null
        && format.toLowerCase(Locale.ROOT).replace(" ", "").contains("content=datalink");
  }

  private static String trimmed(String s) {
    return s == null ? null : s.strip();
  }
}
