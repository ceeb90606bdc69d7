package io.github.cloudaccess.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fast path: reads the common shapes of a {@code cloud_access} value straight from the text
 * into the model, and returns the result only when its own checks prove that the full path
 * ({@link CloudAccessParser#parseFull}) would return exactly the same one; otherwise it returns
 * null and the caller takes the full path.
 *
 * <p>Accepted: {@code {}}, or a root object of distinct known providers ({@code aws},
 * {@code google}, {@code azure}), each holding a non-empty array of location objects or one
 * location object; every location member is a canonical name of its provider, written once,
 * with a string value that passes {@link ValueRules}; the members required by the lenient
 * profile are present. Under those conditions the tree reader reports nothing, and the location
 * walk reports only what this class reports through the same methods: W-CLD-EMTY, W-CLD-DICT,
 * W-CLD-NREG, I-CLD-NACC, W-CLD-ANON and the key hygiene warnings. The schema reports nothing in
 * lenient; in strict it reports exactly the errors the strict profile adds to such values, which
 * this class adds with the same sentences: E-CLD-SCHM for {@code {}} ({@code minProperties}),
 * E-CLD-TYPE for the dict form, E-CLD-REQM for the first of AWS {@code region}, {@code access}
 * that is missing (the full path keeps one problem per kind and pointer). Problems are added in
 * document order, which is the order the full path sorts them into. Everything else (legacy
 * names, {@code uri}, unknown members or providers, empty containers, other JSON types,
 * duplicates, odd text) falls back. One instance reads one value.
 */
final class CommonShapeReader {

  /** Longer text goes to the full path; the fast path's own bounds stay far inside {@link ParserLimits}. */
  static final int MAX_TEXT_CHARS = 64 * 1024;

  /** More locations under one provider go to the full path, keeping token counts far below the bound. */
  static final int MAX_LOCATIONS = 64;

  private final JsonCursor in;
  private final Profile profile;
  private final ProblemList sink = new ProblemList();
  /** The first three locations, and all of them once there are more (most values hold one). */
  private Location first;
  private Location second;
  private Location third;
  private List<Location> more;

  private final CommonLocationReader locationReader;

  private CommonShapeReader(String text, Profile profile) {
    this.in = new JsonCursor(text);
    this.profile = profile;
    this.locationReader = new CommonLocationReader(in, profile, sink);
  }

  /**
   * @param text the cell text, not null
   * @param profile the profile to check against
   * @return the result the full path would return, or null when this reader cannot prove it
   */
  static ParseResult read(String text, Profile profile) {
    if (text.length() > MAX_TEXT_CHARS) {
      return null;
    }
    return new CommonShapeReader(text, profile).root();
  }

  private ParseResult root() {
    if (!in.consume('{')) {
      return null;
    }
    if (in.consume('}')) {
      return in.atEnd() ? emptyObject() : null;
    }
    int seen = 0;
    do {
      int provider = in.memberName(CommonShapes.PROVIDERS);
      if (provider < 0 || (seen & (1 << provider)) != 0 || !container(provider)) {
        return null;
      }
      seen |= 1 << provider;
    } while (in.consume(','));
    if (!in.consume('}') || !in.atEnd()) {
      return null;
    }
    // Fixed-size immutable lists, which CloudAccess keeps as they are instead of copying.
    List<Location> locations = more != null ? more : third != null ? List.of(first, second, third)
        : second != null ? List.of(first, second) : List.of(first);
    CloudAccess value = new CloudAccess(locations);
    return new ParseResult(Optional.of(value), sink.inOrder());
  }

  /** The value {@code {}}: no location; strict also breaks {@code minProperties}. */
  private ParseResult emptyObject() {
    CloudAccessParser.reportEmptyObject(sink);
    if (profile == Profile.STRICT) {
      sink.add(ProblemKind.SCHEMA_VIOLATION, "", SchemaMessages.tooFewMembers("1"), null);
    }
    return new ParseResult(Optional.of(new CloudAccess(List.of())), sink.inOrder());
  }

  /** Reads one provider's value: a non-empty array of locations, or one location. */
  private boolean container(int provider) {
    if (in.consume('[')) {
      int index = 0;
      do {
        if (index == MAX_LOCATIONS || !in.consume('{') || !location(provider, index)) {
          return false;
        }
        index++;
      } while (in.consume(','));
      return in.consume(']');
    }
    return in.consume('{') && in.peek() != '}' && location(provider, -1);
  }

  /** Reads one location object (its opening brace already consumed), checks it and adds it. */
  private boolean location(int provider, int index) {
    Location location = locationReader.read(provider, index);
    if (location == null) {
      return false;
    }
    if (more != null) {
      more.add(location);
    } else if (first == null) {
      first = location;
    } else if (second == null) {
      second = location;
    } else if (third == null) {
      third = location;
    } else {
      more = new ArrayList<>(List.of(first, second, third, location));
    }
    return true;
  }
}
