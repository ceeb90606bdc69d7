package io.github.cloudaccess.corpus;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks objects/manifest.json: the generator name, enough objects and collections, unique ids and
 * paths, plausible coordinates, and that every generated file has the recorded size and sha256.
 */
final class ObjectRules {

  static final int MIN_OBJECTS = 100;
  static final int MIN_COLLECTIONS = 4;

  private ObjectRules() {}

  static void check(Corpus corpus, List<Violation> out) {
    String where = "objects/manifest.json";
    List<CorpusObject> objects;
    try {
      JsonNode manifest = CaseReader.read(corpus.manifest());
      if (!"fits-v1".equals(manifest.path("generator").asString(""))) {
        out.add(new Violation(Rule.OBJECT_MANIFEST, where, "generator is not fits-v1"));
        return;
      }
      objects = corpus.objects();
    } catch (IllegalStateException e) {
      out.add(new Violation(Rule.OBJECT_MANIFEST, where, e.getMessage()));
      return;
    }
    Set<String> ids = new HashSet<>();
    Set<String> paths = new HashSet<>();
    Set<String> collections = new HashSet<>();
    for (CorpusObject o : objects) {
      String at = where + " " + o.id();
      collections.add(o.collection());
      if (!ids.add(o.id()) || !paths.add(o.path())) {
        out.add(new Violation(Rule.OBJECT_MANIFEST, at, "duplicate id or path " + o.path()));
      }
      if (!o.path().startsWith(o.collection() + "/") || !plausible(o)) {
        out.add(new Violation(Rule.OBJECT_MANIFEST, at, "path, position, band or time invalid"));
      }
      bytes(o, at, out);
    }
    if (objects.size() < MIN_OBJECTS || collections.size() < MIN_COLLECTIONS) {
      out.add(new Violation(Rule.OBJECT_MANIFEST, where, objects.size() + " objects in "
          + collections.size() + " collections; need " + MIN_OBJECTS + " in " + MIN_COLLECTIONS));
    }
  }

  private static boolean plausible(CorpusObject o) {
    return o.ra() >= 0 && o.ra() < 360 && Math.abs(o.dec()) <= 90 && o.emMin() < o.emMax()
        && o.tMin() < o.tMax() && o.blocks() >= 2 && o.seed() >= 0
        && o.calibLevel() >= 0 && o.calibLevel() <= 3;
  }

  private static void bytes(CorpusObject o, String at, List<Violation> out) {
    byte[] data;
    try {
      data = o.bytes();
    } catch (IllegalArgumentException e) {
      out.add(new Violation(Rule.OBJECT_BYTES, at, e.getMessage()));
      return;
    }
    String sha = HexFormat.of().formatHex(sha256().digest(data));
    if (data.length != o.size() || !sha.equals(o.sha256())) {
      out.add(new Violation(Rule.OBJECT_BYTES, at, "generated " + data.length + " bytes, sha256 "
          + sha + "; manifest says " + o.size() + ", " + o.sha256()));
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
