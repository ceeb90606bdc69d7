package io.github.cloudaccess.client.record;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.ac.starlink.table.StarTable;
import uk.ac.starlink.table.TableSink;
import uk.ac.starlink.votable.VOTableBuilder;

/**
 * Streams the first table of a VOTable document and keeps only the selected rows as records, in
 * constant memory (no row storage), stopping as soon as the selected row has been read.
 */
public final class VotableRecords {

  // JUL holds loggers weakly: keep the reference so the level sticks.
  private static final Logger STIL_LOG = Logger.getLogger("uk.ac.starlink");

  static {
    STIL_LOG.setLevel(Level.WARNING);
  }

  /** What a read produced. @param records the selected records @param dataLink true for a {links} table */
  public record Result(List<ProductRecord> records, boolean dataLink) {}

  private VotableRecords() {}

  /**
   * @param in the VOTable document (not closed)
   * @param selection which rows
   * @return the selected records and whether the table was a DataLink table
   * @throws IOException when the document cannot be read as a VOTable
   */
  public static Result read(InputStream in, RowSelection selection) throws IOException {
    Sink sink = new Sink(selection);
    try {
      new VOTableBuilder().streamStarTable(in, sink, null);
    } catch (IOException | RuntimeException e) {
      if (!stoppedEarly(e)) {
        throw e;
      }
      // the selected row has been read: the rest of the document is not needed.
    }
    if (sink.extractor == null) {
      throw new IOException("the document holds no VOTable TABLE");
    }
    return new Result(List.copyOf(sink.records), sink.extractor.roles().dataLink());
  }

  private static boolean stoppedEarly(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StopReading) {
        return true;
      }
    }
    return false;
  }

  /** Thrown from the sink to end streaming early; STIL may wrap it. */
  private static final class StopReading extends RuntimeException {
    StopReading() {
      super("selected rows read", null, false, false);
    }
  }

  private static final class Sink implements TableSink {
    private final RowSelection selection;
    private final List<ProductRecord> records = new ArrayList<>();
    private RecordExtractor extractor;
    private long index;

    Sink(RowSelection selection) {
      this.selection = selection;
    }

    @Override
    public void acceptMetadata(StarTable meta) {
      extractor = RecordExtractor.forTable(meta);
    }

    @Override
    public void acceptRow(Object[] row) throws IOException {
      if (extractor.roles().dataLink() && !extractor.isThisRow(row)) {
        return;
      }
      long i = index++;
      if (selection.selects(i)) {
        Optional<ProductRecord> r = extractor.record(row, i);
        r.ifPresent(records::add);
      }
      if (selection.doneAfter(i)) {
        throw new StopReading();
      }
    }

    @Override
    public void endRows() {}
  }
}
