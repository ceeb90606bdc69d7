package io.github.cloudaccess.validator.xml;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.stage.Stage;
import io.github.cloudaccess.validator.votable.XmlEvents;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DefaultHandler2;

/**
 * XML: checks the body's first bytes, runs the one streaming SAX pass, and after a fatal
 * well-formedness error lists every escaping and encoding problem with a raw recovery scan.
 */
public final class XmlStage implements Stage, XmlEvents {

  private final String source;
  private final Reporter reporter;
  private Prelude prelude;
  private boolean doctypeReported;

  /**
   * @param source the input's name
   * @param reporter receives findings
   */
  public XmlStage(String source, Reporter reporter) {
    this.source = source;
    this.reporter = reporter;
  }

  @Override
  public String code() {
    return "XML";
  }

  @Override
  public String description() {
    return "Check well-formedness, encoding and escaping of the XML body";
  }

  /**
   * Checks what the first bytes say.
   *
   * @param input the body
   * @return true when the body looks like XML and should be parsed
   * @throws IOException when the body cannot be read
   */
  public boolean checkPrelude(Input input) throws IOException {
    try (InputStream in = input.open()) {
      prelude = Prelude.read(in);
    }
    switch (prelude.kind()) {
      case EMPTY -> {
        report(Code.E_XML_EMPT, "The response body is empty.", 0, 0,
            "A service must answer with a VOTable document, even for no results.");
        return false;
      }
      case HTML -> {
        report(Code.E_XML_HTML, "The body is an HTML page, not a VOTable: \""
            + prelude.snippet() + "\".", 1, 1, "Error responses must be VOTable documents.");
        return false;
      }
      case TEXT -> {
        report(Code.E_XML_HTML, "The body is plain text, not XML: \"" + prelude.snippet()
            + "\".", 1, 1, "Error responses must be VOTable documents.");
        return false;
      }
      default -> { }
    }
    if (prelude.bom() > 0) {
      report(Code.W_XML_BOMK, "The body starts with a UTF-8 byte-order mark.", 1, 1,
          "Write UTF-8 without a BOM; some readers treat it as content.");
    }
    if (prelude.utf16() || !prelude.isUtf8()) {
      report(Code.W_XML_DECL, "The document is not declared as UTF-8 (encoding "
          + prelude.encoding() + ").", 1, 1, "Write VOTable in UTF-8.");
    }
    if ("1.1".equals(prelude.xmlVersion())) {
      report(Code.W_XML_DECL, "The XML declaration says version 1.1.", 1, 1,
          "Declare XML 1.0; many VOTable readers reject XML 1.1.");
    }
    return true;
  }

  /**
   * Parses the body with the hardened JDK parser.
   *
   * @param input the body
   * @param handler receives the SAX and lexical events
   * @return true when the document was well-formed to its end
   * @throws IOException when the body cannot be read (a validator-side failure)
   */
  public boolean parse(Input input, DefaultHandler2 handler) throws IOException {
    XMLReader reader = SecureSax.newReader();
    reader.setContentHandler(handler);
    reader.setErrorHandler(new StrictErrorHandler());
    try {
      reader.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
    } catch (SAXException e) {
      throw new IllegalStateException("JDK SAX parser without LexicalHandler support", e);
    }
    try (InputStream in = input.open()) {
      reader.parse(new InputSource(in));
      return true;
    } catch (SAXParseException e) {
      recover(input, e.getMessage(), e.getLineNumber(), e.getColumnNumber());
      return false;
    } catch (CharConversionException e) {
      recover(input, e.getMessage(), 0, 0);
      return false;
    } catch (SAXException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      recover(input, e.getMessage(), 0, 0);
      return false;
    }
  }

  private void recover(Input input, String message, long line, long column) throws IOException {
    long[] first = {Long.MAX_VALUE};
    RecoveryScanner scanner = new RecoveryScanner((code, l, c, detail) -> {
      first[0] = Math.min(first[0], l);
      report(code, capitalise(detail) + ".", l, c, hint(code));
    });
    try (InputStream in = input.open()) {
      in.skipNBytes(prelude == null ? 0 : prelude.bom());
      scanner.scan(in, prelude == null || prelude.utf16() ? "UTF-8" : prelude.encoding());
    }
    boolean explained = first[0] != Long.MAX_VALUE && (line <= 0 || first[0] <= line + 1);
    if (!explained) {
      report(Code.E_XML_WFRM, "The document is not well-formed XML: " + message, line, column,
          null);
    }
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String hint(Code code) {
    return switch (code) {
      case E_XML_AMPR -> "Escape '&' as &amp; (or wrap the value in CDATA).";
      case E_XML_LTCH -> "Escape '<' as &lt; (or wrap the value in CDATA).";
      case E_XML_UENT -> "XML knows only &amp; &lt; &gt; &quot; &apos;; use a numeric reference.";
      case E_XML_ICHR -> "Remove the control character; JSON must escape it as \\u00XX.";
      case E_XML_ENCB -> "Encode the whole document in UTF-8.";
      case E_XML_TRNC -> "The response was cut off; check the service for a streaming failure.";
      default -> null;
    };
  }

  @Override
  public void doctype(String name, String publicId, String systemId, long line, long column) {
    if (!doctypeReported) {
      doctypeReported = true;
      report(Code.W_XML_DTDX, "The document has a DOCTYPE" + (systemId == null ? ""
          : " naming \"" + systemId + "\"") + "; it was not loaded.", line, column,
          "VOTable 1.1 and later are defined by an XML Schema; drop the DOCTYPE.");
    }
  }

  @Override
  public void skippedEntity(String name, long line, long column) {
    report(Code.W_XML_DTDX, "External entity &" + name + "; was not resolved (XXE protection).",
        line, column, null);
    report(Code.E_XML_UENT, "Entity &" + name + "; has no value this validator (or a careful"
        + " client) will read: it names an external resource.", line, column,
        "Write the value itself into the document; VOTable never needs external entities.");
  }

  private void report(Code code, String message, long line, long column, String hint) {
    reporter.report(new Finding(code, message, new Position(source, line, column, 0, null),
        hint));
  }

  /** Turns every parser error into a stop: a non-validating parse has no recoverable errors. */
  private static final class StrictErrorHandler implements org.xml.sax.ErrorHandler {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  }
}
