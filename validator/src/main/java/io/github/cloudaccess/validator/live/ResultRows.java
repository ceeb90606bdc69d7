package io.github.cloudaccess.validator.live;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.votable.TableHandler;

/**
 * Receives STIL's decoded rows for {@link FactsReader}: counts those of the results table, keeps
 * the first ones, and hands each to a {@link RowSink}. Rows of binary streams arrive on STIL's
 * reader thread, hence the locking; which table they belong to is settled on the parsing thread,
 * where STIL announces each table.
 */
final class ResultRows implements TableHandler {

  private final List<Column> columns;
  private final int sampleLimit;
  private final RowSink sink;
  private final List<SampleRow> sample = new ArrayList<>();
  private boolean inResultsTable;
  private boolean binary;
  private volatile boolean capturing;
  private long count;

  /**
   * @param columns the results table's columns, filled by the parser before any row
   * @param sampleLimit rows to keep
   * @param sink told of every row
   */
  ResultRows(List<Column> columns, int sampleLimit, RowSink sink) {
    this.columns = columns;
    this.sampleLimit = sampleLimit;
    this.sink = sink;
  }

  /** @param inside whether the parser is inside the results TABLE */
  void inResultsTable(boolean inside) {
    inResultsTable = inside;
  }

  /** The results table is BINARY, BINARY2 or FITS. */
  void binary() {
    binary = true;
  }

  @Override
  public void startTable(StarTable meta) {
    capturing = inResultsTable;
  }

  @Override
  public void rowData(Object[] values) {
    if (!capturing) {
      return;
    }
    synchronized (this) {
      count++;
      SampleRow row = new SampleRow(count, decoded(values));
      if (sample.size() < sampleLimit) {
        sample.add(row);
      }
      sink.row(columns, row);
    }
  }

  @Override
  public void endTable() {
    capturing = false;
  }

  /** @return rows of the results table read */
  synchronized long count() {
    return count;
  }

  /** @return the rows kept */
  synchronized List<SampleRow> sample() {
    return List.copyOf(sample);
  }

  /** STIL reads BINARY char bytes as Latin-1; re-decode them as UTF-8 (as StilBridge does). */
  private List<Object> decoded(Object[] values) {
    List<Object> out = new ArrayList<>(values.length);
    for (Object v : values) {
      if (binary && v instanceof String s && s.chars().allMatch(c -> c < 0x100)) {
        out.add(new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
      } else {
        out.add(v);
      }
    }
    return out;
  }
}
