package io.github.cloudaccess.validator.cloud;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.protocol.ProtocolHolder;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.stage.Stage;
import io.github.cloudaccess.validator.votable.Arraysize;
import io.github.cloudaccess.validator.votable.CellBuffer;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.Row;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import io.github.cloudaccess.validator.vot.VotVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CLD: finds the {@code cloud_access} column of the checked table, checks its FIELD, and sends
 * every non-null cell to the worker pipeline; reports on the parsing thread what needs the row
 * (truncation by arraysize, E-CLD-TRNC; over-long text, E-CLD-LIMT; DataLink rows other than
 * #this, W-CLD-DLRW), and a missing column (I-CLD-NCOL, E-CLD-RQCL with requireCloud) except
 * in a DALI error document.
 */
public final class CloudStage implements Stage, VotableListener {

  private final Emitter out;
  private final ProtocolHolder protocol;
  private final Profile profile;
  private final boolean requireCloud;
  private final int threads;
  private final List<CloudTally> tallies = new ArrayList<>();
  private int version;
  private FieldInfo column;
  private FieldInfo semantics;
  private long limit = Long.MAX_VALUE;
  private boolean bytes;
  private CloudCellPipeline pipeline;
  private boolean columnSeen;
  private long rows;
  private long rowsWithCloud;

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   * @param profile the schema profile cells are parsed with
   * @param requireCloud report a missing column as an error
   * @param threads worker threads for the JSON checks
   */
  public CloudStage(Emitter out, ProtocolHolder protocol, Profile profile, boolean requireCloud,
      int threads) {
    this.out = out;
    this.protocol = protocol;
    this.profile = profile;
    this.requireCloud = requireCloud;
    this.threads = threads;
  }

  @Override
  public String code() {
    return "CLD";
  }

  @Override
  public String description() {
    return "Check the cloud_access column and parse every value";
  }

  @Override
  public void documentStart(DocumentInfo doc) {
    version = VotVersion.parse(doc.version());
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked()) {
      return;
    }
    List<FieldInfo> columns = CloudColumns.find(table);
    new CloudFieldRules(out).check(table, columns, protocol.protocol());
    if (columns.isEmpty()) {
      return;
    }
    columnSeen = true;
    column = columns.get(0);
    demand.need(column);
    demand.claim(column);
    Arraysize a = column.arraysize();
    if (a != null && column.datatype() != null && column.datatype().isText()
        && a.kind() != Arraysize.Kind.UNBOUNDED) {
      limit = a.maxElements();
      bytes = column.datatype() == Datatype.CHAR && VotVersion.charIsUnicode(version);
    }
    if (protocol.protocol() == Protocol.DATALINK) {
      semantics = table.field("semantics");
      demand.need(semantics);
    }
    boolean asciiOnly = column.datatype() == Datatype.CHAR && !VotVersion.charIsUnicode(version);
    pipeline = new CloudCellPipeline(threads, () -> {
      CloudTally t = new CloudTally();
      synchronized (tallies) {
        tallies.add(t);
      }
      return new CloudCellChecker(out, profile, asciiOnly, t);
    });
  }

  @Override
  public void row(TableInfo table, Row row) {
    if (!table.isChecked()) {
      return;
    }
    rows++;
    if (column == null || column.index() >= row.cellCount()) {
      return;
    }
    CellBuffer cell = row.cell(column);
    if (cell.isNull()) {
      return;
    }
    rowsWithCloud++;
    long n = row.number();
    long line = row.line(column);
    long col = row.column(column);
    if (limit != Long.MAX_VALUE && units(cell) >= limit) {
      out.inRow(Code.E_CLD_TRNC, line, col, n, "cloud_access in row " + n + " has "
          + units(cell) + " " + (bytes ? "bytes" : "characters") + ", filling the FIELD's"
          + " arraysize " + column.arraysizeRaw() + ": it was or will be cut.",
          "Declare arraysize=\"*\".");
    }
    if (semantics != null && semantics.index() < row.cellCount() && !isThis(row)) {
      out.inRow(Code.W_CLD_DLRW, line, col, n, "cloud_access has a value in row " + n
          + ", whose semantics is not #this.", "Carry cloud copies on the #this row.");
    }
    if (cell.overflowed()) {
      out.inRow(Code.E_CLD_LIMT, line, col, n, "cloud_access in row " + n + " is longer than "
          + CellBuffer.MAX_CHARS + " characters; not parsed.", null);
      return;
    }
    pipeline.submit(new CloudCell(n, cell.toString(), line, col));
  }

  /** @return the cell's length in the arraysize's unit: UTF-8 bytes for 1.6 char, else chars */
  private long units(CellBuffer cell) {
    if (!bytes) {
      return cell.length();
    }
    long n = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }

  private boolean isThis(Row row) {
    CellBuffer s = row.cell(semantics);
    return s.contentEquals("#this")
        || s.contentEquals("http://www.ivoa.net/rdf/datalink/core#this");
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    if (columnSeen || doc.errorDocument()) {
      // An error document answers with a status: that it has no column is noise, no error.
      return;
    }
    if (requireCloud) {
      out.document(Code.E_CLD_RQCL, "The results table has no cloud_access column.",
          "Add a char column cloud_access (arraysize=\"*\" xtype=\"json\").");
    } else {
      out.document(Code.I_CLD_NCOL, "The results table has no cloud_access column.", null);
    }
  }

  /** Waits for the workers to check every queued cell; rethrows a worker's fault. */
  public void finish() {
    if (pipeline != null) {
      pipeline.finish();
    }
  }

  /** Stops the workers without waiting (after a validator fault). */
  public void abort() {
    if (pipeline != null) {
      pipeline.abort();
    }
  }

  /**
   * Reports the summary (S-CLD-SUMM); call after {@link #finish}.
   */
  public void summarise() {
    if (!columnSeen) {
      return;
    }
    out.document(Code.S_CLD_SUMM, "cloud_access: " + rowsWithCloud + " of " + rows
        + " rows have a value; locations per provider " + providers()
        + "; per access class " + accessClasses() + ".", null);
  }

  /** @return data rows of the checked table */
  public long rows() {
    return rows;
  }

  /** @return rows whose cloud_access cell is not null */
  public long rowsWithCloud() {
    return rowsWithCloud;
  }

  /** @return locations per provider over all cells (after {@link #finish}) */
  public Map<String, Long> providers() {
    Map<String, Long> m = new TreeMap<>();
    synchronized (tallies) {
      tallies.forEach(t -> t.providers().forEach((k, v) -> m.merge(k, v, Long::sum)));
    }
    return m;
  }

  /** @return locations per access class over all cells (after {@link #finish}) */
  public Map<String, Long> accessClasses() {
    Map<String, Long> m = new TreeMap<>();
    synchronized (tallies) {
      tallies.forEach(t -> t.accessClasses().forEach((k, v) -> m.merge(k, v, Long::sum)));
    }
    return m;
  }
}
