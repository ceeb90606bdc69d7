package io.github.cloudaccess.validator.xml;

import io.github.cloudaccess.validator.report.Code;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * After the XML parser has stopped at a fatal error, scans the raw bytes once and lists every
 * escaping and encoding problem, not only the first (votlint stops at the first): raw {@code &}
 * (E-XML-AMPR), raw {@code <} in character data (E-XML-LTCH), undeclared entities (E-XML-UENT),
 * characters XML forbids (E-XML-ICHR), invalid byte sequences (E-XML-ENCB), premature end
 * (E-XML-TRNC) and structural slips it can see (E-XML-WFRM).
 *
 * <p>It understands start and end tags with quoted attributes, comments, processing
 * instructions, CDATA sections and a DOCTYPE with an internal subset, so a {@code <} that opens
 * markup is never flagged. It is a lexer, not a parser: after a slip it resynchronises at the
 * next plausible markup. Memory is bounded by the element depth.
 */
public final class RecoveryScanner {

  /** Receives each problem found. */
  public interface Sink {
    /**
     * @param code the finding's code
     * @param line 1-based line
     * @param column 1-based column
     * @param detail a short description for the message
     */
    void found(Code code, long line, long column, String detail);
  }

  private static final Set<String> PREDEFINED = Set.of("amp", "lt", "gt", "quot", "apos");
  private static final int MAX_NAME = 200;
  private static final int MAX_DEPTH = 10_000;

  private final Sink sink;
  private CodePointReader in;
  private final Set<String> declared = new HashSet<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final StringBuilder name = new StringBuilder();
  private final String[] names = new String[256];
  private boolean rootSeen;
  private boolean rootClosed;
  private boolean strayTextReported;
  private boolean inBadRun;

  /** @param sink receives findings in document order */
  public RecoveryScanner(Sink sink) {
    this.sink = sink;
  }

  /**
   * Scans a whole input.
   *
   * @param bytes the raw bytes, positioned after any UTF-8 byte-order mark
   * @param encoding the declared encoding, or null for UTF-8
   * @throws IOException when the bytes cannot be read
   */
  public void scan(InputStream bytes, String encoding) throws IOException {
    in = new CodePointReader(bytes, encoding);
    while (true) {
      int c = in.next();
      if (c == CodePointReader.EOF) {
        break;
      }
      text(c);
    }
    if (!stack.isEmpty()) {
      sink.found(Code.E_XML_TRNC, in.endLine(), in.endColumn(),
          "document ends inside element <" + stack.peek() + ">");
    } else if (!rootSeen) {
      sink.found(Code.E_XML_TRNC, in.endLine(), in.endColumn(), "no root element");
    }
  }

  /* ---- character data ---------------------------------------------------------------------- */

  private void text(int c) throws IOException {
    if (c == '<') {
      markup();
      return;
    }
    if (c == '&') {
      reference();
      return;
    }
    if (!checkChar(c)) {
      return;
    }
    if (c == ']' && in.peek(0) == ']' && in.peek(1) == '>') {
      sink.found(Code.E_XML_WFRM, in.line(), in.column(), "']]>' in character data");
      return;
    }
    if (stack.isEmpty() && !isSpace(c) && !strayTextReported) {
      strayTextReported = true;
      sink.found(Code.E_XML_WFRM, in.line(), in.column(),
          rootClosed ? "text after the root element" : "text before the root element");
    }
  }

  /** Checks one code point for encoding and character validity; false when it was reported. */
  private boolean checkChar(int c) {
    if (c == CodePointReader.BAD) {
      if (!inBadRun) {
        sink.found(Code.E_XML_ENCB, in.line(), in.column(),
            "byte sequence not valid in the document's encoding");
      }
      inBadRun = true;
      return false;
    }
    inBadRun = false;
    if (!isXmlChar(c)) {
      sink.found(Code.E_XML_ICHR, in.line(), in.column(),
          String.format("character U+%04X is not allowed in XML 1.0", c));
      return false;
    }
    return true;
  }

  static boolean isXmlChar(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  static boolean isNameStart(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == ':'
        || (c >= 0xC0 && c != 0xD7 && c != 0xF7 && c <= 0x2FF)
        || (c >= 0x370 && c <= 0x1FFF && c != 0x37E) || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF)
        || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
  }

  static boolean isNameChar(int c) {
    return isNameStart(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
        || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
  }

  /* ---- references ---------------------------------------------------------------------------- */

  /** Called after a '&' was consumed; looks ahead without consuming unless it is a reference. */
  private void reference() throws IOException {
    long line = in.line();
    long col = in.column();
    int c0 = in.peek(0);
    if (c0 == '#') {
      charReference(line, col);
      return;
    }
    if (!isNameStart(c0)) {
      sink.found(Code.E_XML_AMPR, line, col, "raw '&' not starting a reference");
      return;
    }
    int k = 0;
    name.setLength(0);
    while (k < MAX_NAME && isNameChar(in.peek(k))) {
      name.appendCodePoint(in.peek(k));
      k++;
    }
    if (in.peek(k) != ';') {
      sink.found(Code.E_XML_AMPR, line, col, "raw '&' before '" + name + "' (no ';')");
      return;
    }
    for (int i = 0; i <= k; i++) {
      in.next();
    }
    if (!isPredefined() && !declared.contains(name.toString())) {
      sink.found(Code.E_XML_UENT, line, col, "undeclared entity &" + name + ";");
    }
  }

  private boolean isPredefined() {
    for (String p : PREDEFINED) {
      if (p.contentEquals(name)) {
        return true;
      }
    }
    return false;
  }

  /** @return the current name as a string, shared with earlier equal names (few distinct tags) */
  private String internName() {
    int h = 0;
    for (int i = 0; i < name.length(); i++) {
      h = 31 * h + name.charAt(i);
    }
    int slot = h & (names.length - 1);
    String cached = names[slot];
    if (cached != null && cached.contentEquals(name)) {
      return cached;
    }
    String fresh = name.toString();
    names[slot] = fresh;
    return fresh;
  }

  private void charReference(long line, long col) throws IOException {
    boolean hex = in.peek(1) == 'x';
    int k = hex ? 2 : 1;
    long value = 0;
    int digits = 0;
    while (k < 40) {
      int d = digit(in.peek(k), hex);
      if (d < 0) {
        break;
      }
      value = Math.min(value * (hex ? 16 : 10) + d, 0x7FFFFFFFL);
      digits++;
      k++;
    }
    if (digits == 0 || in.peek(k) != ';') {
      sink.found(Code.E_XML_AMPR, line, col, "raw '&' before '#' (malformed character reference)");
      return;
    }
    for (int i = 0; i <= k; i++) {
      in.next();
    }
    if (!isXmlChar((int) value)) {
      sink.found(Code.E_XML_ICHR, line, col,
          String.format("character reference to U+%04X, which XML 1.0 does not allow", value));
    }
  }

  private static int digit(int c, boolean hex) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (hex && c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (hex && c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /* ---- markup -------------------------------------------------------------------------------- */

  /** Called after a '<' was consumed. */
  private void markup() throws IOException {
    long line = in.line();
    long col = in.column();
    int c0 = in.peek(0);
    if (c0 == '!') {
      if (lookingAt(1, "--")) {
        skip(3);
        until("-->", line, col, "comment");
      } else if (lookingAt(1, "[CDATA[")) {
        skip(8);
        until("]]>", line, col, "CDATA section");
      } else if (lookingAt(1, "DOCTYPE")) {
        skip(8);
        doctype(line, col);
      } else {
        sink.found(Code.E_XML_LTCH, line, col, "raw '<' before '!'");
      }
    } else if (c0 == '?') {
      in.next();
      until("?>", line, col, "processing instruction");
    } else if (c0 == '/') {
      in.next();
      endTag(line, col);
    } else if (isNameStart(c0)) {
      startTag(line, col);
    } else {
      sink.found(Code.E_XML_LTCH, line, col, "raw '<' in character data");
    }
  }

  private boolean lookingAt(int offset, String s) throws IOException {
    for (int i = 0; i < s.length(); i++) {
      if (in.peek(offset + i) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      in.next();
    }
  }

  /** Skips to after {@code end}, checking characters; reports truncation at end of input. */
  private void until(String end, long line, long col, String what) throws IOException {
    while (true) {
      int c = in.peek(0);
      if (c == CodePointReader.EOF) {
        sink.found(Code.E_XML_TRNC, in.endLine(), in.endColumn(),
            "document ends inside a " + what + " opened at " + line + ":" + col);
        stack.clear();
        return;
      }
      if (lookingAt(0, end)) {
        skip(end.length());
        return;
      }
      checkChar(in.next());
    }
  }

  private void readName() throws IOException {
    name.setLength(0);
    while (name.length() < MAX_NAME && isNameChar(in.peek(0))) {
      name.appendCodePoint(in.next());
    }
  }

  private void startTag(long line, long col) throws IOException {
    readName();
    String element = internName();
    while (true) {
      int c = in.peek(0);
      if (c == CodePointReader.EOF) {
        sink.found(Code.E_XML_TRNC, in.endLine(), in.endColumn(),
            "document ends inside the start tag <" + element + ">");
        stack.clear();
        rootSeen = true;
        return;
      }
      if (c == '<') {
        /* What looked like a tag was text: the '<' before it was raw. Rescan from here. */
        sink.found(Code.E_XML_LTCH, line, col, "raw '<' before '" + element + "'");
        return;
      }
      in.next();
      if (c == '>') {
        openElement(element, line, col);
        return;
      }
      if (c == '/' && in.peek(0) == '>') {
        in.next();
        openElement(element, line, col);
        closeElement();
        return;
      }
      if (c == '"' || c == '\'') {
        attributeValue(c);
      } else {
        checkChar(c);
      }
    }
  }

  private void attributeValue(int quote) throws IOException {
    while (true) {
      int c = in.peek(0);
      if (c == CodePointReader.EOF) {
        return;
      }
      in.next();
      if (c == quote) {
        return;
      }
      if (c == '&') {
        reference();
      } else if (c == '<') {
        sink.found(Code.E_XML_LTCH, in.line(), in.column(), "raw '<' in an attribute value");
      } else {
        checkChar(c);
      }
    }
  }

  private void openElement(String element, long line, long col) {
    if (rootClosed && stack.isEmpty()) {
      sink.found(Code.E_XML_WFRM, line, col, "a second root element <" + element + ">");
      rootClosed = false;
    }
    rootSeen = true;
    if (stack.size() < MAX_DEPTH) {
      stack.push(element);
    }
  }

  private void closeElement() {
    stack.poll();
    if (stack.isEmpty()) {
      rootClosed = true;
    }
  }

  private void endTag(long line, long col) throws IOException {
    readName();
    String element = internName();
    while (true) {
      int c = in.peek(0);
      if (c == CodePointReader.EOF) {
        sink.found(Code.E_XML_TRNC, in.endLine(), in.endColumn(),
            "document ends inside the end tag </" + element + ">");
        stack.clear();
        return;
      }
      if (c == '<') {
        sink.found(Code.E_XML_WFRM, line, col, "unterminated end tag </" + element + ">");
        break;
      }
      in.next();
      if (c == '>') {
        break;
      }
    }
    if (element.equals(stack.peek())) {
      closeElement();
    } else if (stack.contains(element)) {
      sink.found(Code.E_XML_WFRM, line, col,
          "end tag </" + element + "> closes <" + stack.peek() + ">");
      while (!stack.isEmpty() && !element.equals(stack.peek())) {
        stack.pop();
      }
      closeElement();
    } else {
      sink.found(Code.E_XML_WFRM, line, col, "end tag </" + element + "> without a start tag");
    }
  }

  /** Reads a DOCTYPE after {@code <!DOCTYPE}, remembering entities of the internal subset. */
  private void doctype(long line, long col) throws IOException {
    int depth = 0;
    int quote = 0;
    while (true) {
      int c = in.peek(0);
      if (c == CodePointReader.EOF) {
        sink.found(Code.E_XML_TRNC, in.endLine(), in.endColumn(),
            "document ends inside the DOCTYPE opened at " + line + ":" + col);
        return;
      }
      if (quote == 0 && depth > 0 && c == '<' && lookingAt(1, "!ENTITY")) {
        skip(8);
        entityDeclaration();
        continue;
      }
      in.next();
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return;
      }
    }
  }

  private void entityDeclaration() throws IOException {
    while (isSpace(in.peek(0))) {
      in.next();
    }
    if (in.peek(0) == '%') {
      return;
    }
    readName();
    if (name.length() > 0) {
      declared.add(name.toString());
    }
  }
}
