package io.github.cloudaccess.validator.vot;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.VotableListener;
import io.github.cloudaccess.validator.votable.XmlEvents;
import java.util.ArrayList;
import java.util.List;

/**
 * Element IDs: unique (E-VOT-IDDP), and every {@code ref} names one (E-VOT-REFX). References are
 * resolved at the end because a ref may point forward.
 */
public final class IdRules implements VotableListener, XmlEvents {

  /** Most references remembered; further ones go unchecked. */
  private static final int MAX_REFS = 100_000;

  private final Emitter out;
  private final List<Ref> refs = new ArrayList<>();

  private record Ref(String ref, String element, long line, long column) {}

  /** @param out receives findings */
  public IdRules(Emitter out) {
    this.out = out;
  }

  @Override
  public void id(String id, String element, boolean duplicate, long line, long column) {
    if (duplicate) {
      out.at(Code.E_VOT_IDDP, line, column, "ID \"" + id + "\" on <" + element
          + "> is already used by another element.", "XML IDs must be unique in a document.");
    }
  }

  @Override
  public void ref(String ref, String element, long line, long column) {
    if (refs.size() < MAX_REFS) {
      refs.add(new Ref(ref, element, line, column));
    }
  }

  @Override
  public void documentEnd(DocumentInfo doc) {
    for (Ref r : refs) {
      if (doc.elementWithId(r.ref()) == null) {
        out.at(Code.E_VOT_REFX, r.line(), r.column(), "<" + r.element() + " ref=\"" + r.ref()
            + "\"> names no element of this document.", null);
      }
    }
  }
}
