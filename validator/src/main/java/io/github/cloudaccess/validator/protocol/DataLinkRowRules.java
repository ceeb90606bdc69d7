package io.github.cloudaccess.validator.protocol;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.CellBuffer;
import io.github.cloudaccess.validator.votable.ColumnDemand;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.Row;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DLK rows (DataLink 3.2): exactly one of access_url, service_def, error_message (E-DLK-ROW1);
 * ID not null (E-DLK-IDNL) and the rows of one ID contiguous (E-DLK-IDSQ); semantics not null
 * (E-DLK-SEM0) and a core term when relative (E-DLK-SEMV, W-DLK-SEMP for preliminary terms);
 * error_message starting with a fault name (E-DLK-FALT); link_auth values (E-DLK-LKAZ);
 * service_def naming a RESOURCE of the document (E-DLK-SDEF); non-HTTP access_url (W-DLK-AUSC).
 */
public final class DataLinkRowRules implements VotableListener {

  private static final int MAX_IDS = 2_000_000;
  private static final int MAX_SERVICE_DEFS = 10_000;

  private final Emitter out;
  private final ProtocolHolder protocol;
  private FieldInfo id;
  private FieldInfo url;
  private FieldInfo service;
  private FieldInfo error;
  private FieldInfo semantics;
  private FieldInfo linkAuth;
  private boolean active;
  private final LongSet finishedIds = new LongSet(MAX_IDS);
  private long currentId;
  private boolean haveCurrent;
  private final Map<String, long[]> serviceDefs = new LinkedHashMap<>();

  /**
   * @param out receives findings
   * @param protocol the detected protocol
   */
  public DataLinkRowRules(Emitter out, ProtocolHolder protocol) {
    this.out = out;
    this.protocol = protocol;
  }

  @Override
  public void tableStart(TableInfo table, ColumnDemand demand) {
    if (!table.isChecked() || protocol.protocol() != Protocol.DATALINK) {
      return;
    }
    active = true;
    id = table.field("id");
    url = table.field("access_url");
    service = table.field("service_def");
    error = table.field("error_message");
    semantics = table.field("semantics");
    linkAuth = table.field("link_auth");
    for (FieldInfo f : new FieldInfo[] {id, url, service, error, semantics, linkAuth}) {
      demand.need(f);
    }
  }

  @Override
  public void row(TableInfo table, Row row) {
    if (!active || !table.isChecked()) {
      return;
    }
    long n = row.number();
    checkId(row, n);
    int filled = (present(url, row) ? 1 : 0) + (present(service, row) ? 1 : 0)
        + (present(error, row) ? 1 : 0);
    if (filled != 1) {
      out.inRow(Code.E_DLK_ROW1, row.line(), row.column(), n, "Row " + n + " fills " + filled
          + " of access_url, service_def and error_message; exactly one is required.", null);
    }
    checkSemantics(row, n);
    if (present(error, row) && !DataLinkVocabulary.startsWithFault(row.text(error))) {
      out.inRow(Code.E_DLK_FALT, row.line(error), row.column(error), n, "Row " + n
          + " has an error_message that does not start with a DataLink fault name.",
          "Start with NotFoundFault, UsageFault, TransientFault, FatalFault or DefaultFault.");
    }
    if (present(url, row)) {
      CellBuffer u = row.cell(url);
      if (!u.startsWith("http://") && !u.startsWith("https://")) {
        out.inRow(Code.W_DLK_AUSC, row.line(url), row.column(url), n, "Row " + n
            + " has a non-HTTP access_url \"" + abbreviate(u.toString()) + "\".",
            "Not every client can use it; offer an HTTP URL too, or the cloud_access column.");
      }
    }
    if (present(service, row) && serviceDefs.size() < MAX_SERVICE_DEFS) {
      serviceDefs.putIfAbsent(row.text(service),
          new long[] {n, row.line(service), row.column(service)});
    }
    if (present(linkAuth, row)) {
      CellBuffer a = row.cell(linkAuth);
      if (!a.contentEquals("false") && !a.contentEquals("optional") && !a.contentEquals("true")) {
        out.inRow(Code.E_DLK_LKAZ, row.line(linkAuth), row.column(linkAuth), n, "Row " + n
            + " has link_auth \"" + a + "\"; DataLink 1.1 allows false, optional, true.", null);
      }
    }
  }

  private void checkId(Row row, long n) {
    if (id == null || id.index() >= row.cellCount()) {
      return;
    }
    if (row.isNull(id)) {
      out.inRow(Code.E_DLK_IDNL, row.line(id), row.column(id), n, "Row " + n
          + " has no ID.", null);
      return;
    }
    long h = LongSet.hash(row.cell(id));
    if (haveCurrent && h == currentId) {
      return;
    }
    if (finishedIds.contains(h)) {
      out.inRow(Code.E_DLK_IDSQ, row.line(id), row.column(id), n, "Row " + n + " continues ID \""
          + abbreviate(row.text(id)) + "\" after rows of another ID.",
          "Keep all rows of one ID together.");
    }
    if (haveCurrent) {
      finishedIds.add(currentId);
    }
    currentId = h;
    haveCurrent = true;
  }

  private void checkSemantics(Row row, long n) {
    if (semantics == null || semantics.index() >= row.cellCount()) {
      return;
    }
    if (row.isNull(semantics)) {
      out.inRow(Code.E_DLK_SEM0, row.line(semantics), row.column(semantics), n, "Row " + n
          + " has no semantics.", null);
      return;
    }
    String s = row.text(semantics).strip();
    String term = null;
    /* A relative URI without '#' ("this") resolves to a sibling of the vocabulary, not to a
       term of it (DataLink 3.2.6, RFC 3986 5.2): no core term, even when spelled like one. */
    boolean bare = false;
    if (s.startsWith("#")) {
      term = s.substring(1);
    } else if (s.startsWith(DataLinkVocabulary.CORE + "#")) {
      term = s.substring(DataLinkVocabulary.CORE.length() + 1);
    } else if (s.indexOf(':') < 0) {
      term = s;
      bare = true;
    }
    if (term == null || (!bare && DataLinkVocabulary.TERMS.contains(term))) {
      return;
    }
    if (!bare && DataLinkVocabulary.PRELIMINARY.contains(term)) {
      out.inRow(Code.W_DLK_SEMP, row.line(semantics), row.column(semantics), n, "Row " + n
          + " uses the preliminary term #" + term + ".", null);
      return;
    }
    boolean known = DataLinkVocabulary.TERMS.contains(term)
        || DataLinkVocabulary.PRELIMINARY.contains(term);
    out.inRow(Code.E_DLK_SEMV, row.line(semantics), row.column(semantics), n, "Row " + n
        + " has semantics \"" + s + "\", not a term of the DataLink core vocabulary"
        + (bare && known ? " (without '#' it is a relative URI of another resource)." : "."),
        bare && known ? "Write #" + term + "." : "Write core terms as #term (e.g. #this);"
            + " other vocabularies as full URIs.");
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    for (Map.Entry<String, long[]> e : serviceDefs.entrySet()) {
      if (!"RESOURCE".equals(doc.elementWithId(e.getKey()))) {
        long[] p = e.getValue();
        out.inRow(Code.E_DLK_SDEF, p[1], p[2], p[0], "service_def \"" + e.getKey()
            + "\" names no RESOURCE of this document.",
            "Add <RESOURCE type=\"meta\" utype=\"adhoc:service\" ID=\"" + e.getKey() + "\">.");
      }
    }
  }

  private static boolean present(FieldInfo f, Row row) {
    return f != null && f.index() < row.cellCount() && !row.isNull(f);
  }

  private static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }
}
