package io.github.cloudaccess.validator.vot;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.VotableListener;

/**
 * The root element: VOTABLE (E-VOT-ROOT), its version (E-VOT-VERS, W-VOT-VUNK) and the namespace
 * that version uses (W-VOT-NSPC). VOTable 1.3 to 1.6 all use the v1.3 namespace.
 */
public final class VersionRules implements VotableListener {

  private final Emitter out;

  /** @param out receives findings */
  public VersionRules(Emitter out) {
    this.out = out;
  }

  @Override
  public void documentStart(DocumentInfo doc) {
    long line = doc.rootLine();
    long col = doc.rootColumn();
    if (!"VOTABLE".equals(doc.rootName())) {
      out.at(Code.E_VOT_ROOT, line, col, "The root element is <" + doc.rootName()
          + ">, not <VOTABLE>: this is not a VOTable document.", null);
      return;
    }
    int version = VotVersion.parse(doc.version());
    if (version < 0) {
      out.at(Code.E_VOT_VERS, line, col, "VOTABLE version \"" + doc.version()
          + "\" is not a version number.", "Write version=\"1.4\" (or the version you follow).");
      return;
    }
    if (version > VotVersion.NEWEST) {
      out.at(Code.W_VOT_VUNK, line, col, "VOTABLE version " + doc.version()
          + " is newer than this validator knows (1.6); checked as 1.6.", null);
    }
    if (version < 10) {
      return;
    }
    String expected = VotVersion.namespace(Math.min(version, VotVersion.NEWEST));
    String actual = doc.rootNamespace() == null ? "" : doc.rootNamespace();
    boolean ok = expected == null
        ? actual.isEmpty() || actual.startsWith("http://www.ivoa.net/xml/VOTable/v1.0")
        : expected.equals(actual);
    if (!ok) {
      out.at(Code.W_VOT_NSPC, line, col, "VOTABLE version " + doc.version() + " uses namespace \""
          + actual + "\"; expected \"" + expected + "\".",
          "VOTable 1.3 to 1.6 all use http://www.ivoa.net/xml/VOTable/v1.3.");
    }
  }
}
