package io.github.cloudaccess.validator.cloud;

import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.Arraysize;
import io.github.cloudaccess.validator.votable.Datatype;
import io.github.cloudaccess.validator.votable.FieldInfo;
import io.github.cloudaccess.validator.votable.TableInfo;
import java.util.List;

/**
 * The {@code cloud_access} FIELD declaration (DALI 1.2 JSON; VOTable 2.2; convention.md variants
 * D1-D10): text datatype (E-CLD-DTYP, I-CLD-UCHR), arraysize {@code *} (E-CLD-ASIZ, W-CLD-ASZF),
 * {@code xtype="json"} (I-CLD-XTYP, W-CLD-FMET), no access-reference marks that hijack pyvo
 * (E-CLD-HIJK), one column only (W-CLD-DUPC), how it was found (I-CLD-ADHC), where it sits
 * (I-CLD-DISC), and invented {@code meta.ref.<provider>} columns (W-CLD-UCDA).
 */
final class CloudFieldRules {

  private final Emitter out;

  CloudFieldRules(Emitter out) {
    this.out = out;
  }

  void check(TableInfo table, List<FieldInfo> columns, Protocol protocol) {
    for (FieldInfo f : table.fields()) {
      if (CloudColumns.inventedProviderUcd(f)) {
        out.at(Code.W_CLD_UCDA, f.line(), f.column(), "Column " + f.label() + " has the"
            + " invented UCD \"" + f.ucd() + "\" (fornax ucd mode).",
            "Put cloud locations in the cloud_access JSON column instead.");
      }
    }
    if (columns.isEmpty()) {
      return;
    }
    FieldInfo f = columns.get(0);
    if (columns.size() > 1) {
      FieldInfo second = columns.get(1);
      out.at(Code.W_CLD_DUPC, second.line(), second.column(), "Column " + second.label()
          + " is a second cloud_access column; only " + f.label() + " is checked.", null);
    }
    if (!f.lowerName().equals(CloudColumns.NAME)) {
      out.at(Code.I_CLD_ADHC, f.line(), f.column(), "Column " + f.label() + " was taken as"
          + " cloud_access because of its non-standard marker (pyvo PR #709).", null);
    }
    if (protocol == Protocol.SIA1 || protocol == Protocol.SIA2) {
      out.at(Code.I_CLD_DISC, f.line(), f.column(), "cloud_access sits in the discovery table"
          + " (interim form; DataLink #this rows are the preferred place).", null);
    }
    checkType(f);
    String hijack = CloudColumns.hijack(f);
    if (hijack != null) {
      out.at(Code.E_CLD_HIJK, f.line(), f.column(), "The cloud_access FIELD has " + hijack
          + ", so pyvo's getdataurl() takes it for the access URL.",
          "Remove the access-reference utype/UCD from the cloud_access FIELD (pyvo PR #445).");
    }
  }

  private void checkType(FieldInfo f) {
    Datatype d = f.datatype();
    if (d == null || !d.isText()) {
      out.at(Code.E_CLD_DTYP, f.line(), f.column(), "The cloud_access FIELD has datatype "
          + (f.datatypeRaw() == null ? "(none)" : "\"" + f.datatypeRaw() + "\"")
          + "; JSON text needs char (or unicodeChar).",
          "Declare datatype=\"char\" arraysize=\"*\" xtype=\"json\".");
      return;
    }
    if (d == Datatype.UNICODE_CHAR) {
      out.at(Code.I_CLD_UCHR, f.line(), f.column(), "The cloud_access FIELD is unicodeChar,"
          + " deprecated in VOTable 1.6.", null);
    }
    Arraysize a = f.arraysize();
    if (a != null) {
      switch (a.kind()) {
        case SCALAR -> out.at(Code.E_CLD_ASIZ, f.line(), f.column(), "The cloud_access FIELD"
            + " has no arraysize: readers keep one character of each value.",
            "Declare arraysize=\"*\".");
        case FIXED, BOUNDED -> out.at(Code.W_CLD_ASZF, f.line(), f.column(), "The cloud_access"
            + " FIELD has arraysize \"" + a.raw() + "\"; longer values are cut.",
            "Declare arraysize=\"*\".");
        default -> { }
      }
    }
    String xtype = f.xtype() == null ? null : f.xtype().strip();
    if (xtype == null || xtype.isEmpty()) {
      out.at(Code.I_CLD_XTYP, f.line(), f.column(), "The cloud_access FIELD has no"
          + " xtype=\"json\".", "Add xtype=\"json\" (DALI 1.2).");
    } else if (!xtype.equals("json")) {
      out.at(Code.W_CLD_FMET, f.line(), f.column(), "The cloud_access FIELD has xtype \""
          + xtype + "\" instead of json.", "Use xtype=\"json\" (DALI 1.2).");
    }
  }
}
