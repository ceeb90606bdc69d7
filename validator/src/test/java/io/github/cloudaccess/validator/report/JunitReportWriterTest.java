package io.github.cloudaccess.validator.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML report is well-formed and maps severities to failure, error and system-out. */
class JunitReportWriterTest {

  private static Document render(RunInfo info, InputReport... inputs) throws Exception {
    StringWriter s = new StringWriter();
    JunitReportWriter w = new JunitReportWriter(new PrintWriter(s));
    w.start(info);
    RunTotals t = RunTotals.EMPTY;
    for (InputReport i : inputs) {
      w.input(i);
      t = t.plus(i, info.failOn());
    }
    w.end(t);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
        out.add(e);
      }
    }
    return out;
  }

  private static Element testcase(Element suite, String token) {
    return children(suite, "testcase").stream()
        .filter(e -> e.getAttribute("name").startsWith(token + " ")).findFirst().orElseThrow();
  }

  @Test
  void oneSuitePerInputOneCasePerCode() throws Exception {
    InputReport clean = new InputCollector("clean.xml", 9).finish(Sample.summary("clean.xml"), 5);
    Document d = render(Sample.INFO, Sample.mixed("r.xml", 1), clean);
    Element root = d.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites).extracting(e -> e.getAttribute("name")).containsExactly("r.xml", "clean.xml");

    Element r = suites.get(0);
    assertThat(r.getAttribute("tests")).isEqualTo("4");
    assertThat(r.getAttribute("failures")).isEqualTo("1");
    assertThat(r.getAttribute("errors")).isEqualTo("1");
    assertThat(children(children(r, "properties").get(0), "property"))
        .extracting(e -> e.getAttribute("name") + "=" + e.getAttribute("value"))
        .contains("validator.version=9.9.9", "profile=lenient", "protocol=SIA2");
    Element ampr = testcase(r, "E-XML-AMPR");
    assertThat(ampr.getAttribute("classname")).isEqualTo("r.xml");
    Element failure = children(ampr, "failure").get(0);
    assertThat(failure.getAttribute("type")).isEqualTo("E-XML-AMPR");
    assertThat(failure.getTextContent()).contains("E-XML-AMPR-1 r.xml:12:34");
    Element klsl = testcase(r, "W-CLD-KLSL");
    assertThat(children(klsl, "failure")).isEmpty();
    assertThat(children(klsl, "system-out").get(0).getTextContent())
        .contains("W-CLD-KLSL-1 r.xml:40:7").contains("W-CLD-KLSL-x r.xml (1 more)");
    assertThat(children(testcase(r, "F-RUN-TOUT"), "error").get(0).getAttribute("type"))
        .isEqualTo("F-RUN-TOUT");
    assertThat(children(r, "testcase")).noneMatch(e -> e.getAttribute("name").equals("conformance"));

    Element c = suites.get(1);
    assertThat(children(c, "testcase")).extracting(e -> e.getAttribute("name"))
        .containsExactly("conformance");
  }

  @Test
  void aNonVotableInputSaysWhatItIs() throws Exception {
    InputReport caps = new InputCollector("http://h/capabilities", 9)
        .finish(null, "VOSI capabilities", 0);
    Element suite = children(render(Sample.INFO, caps).getDocumentElement(), "testsuite").get(0);
    assertThat(children(children(suite, "properties").get(0), "property"))
        .extracting(e -> e.getAttribute("name") + "=" + e.getAttribute("value"))
        .contains("not.votable=VOSI capabilities");
  }

  @Test
  void failOnWarningTurnsWarningsIntoFailures() throws Exception {
    RunInfo strict = new RunInfo("t", "1", "lenient", "auto", FailOn.WARNING, 9);
    InputCollector c = new InputCollector("w.xml", 9);
    c.report(Sample.at(Code.W_CLD_NREG, "w.xml", 3, 1, 1, "/aws/0", "No region."));
    Element suite = children(render(strict, c.finish(null, 0)).getDocumentElement(), "testsuite").get(0);
    assertThat(children(testcase(suite, "W-CLD-NREG"), "failure")).hasSize(1);
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(children(suite, "testcase")).hasSize(1);
  }

  @Test
  void hostileTextStaysWellFormed() throws Exception {
    String hostile = "a\u0001b\u0000c\uFFFE<&>\"']]>\uD800 \uD83D\uDE00";
    InputCollector c = new InputCollector("h<&\">.xml", 9);
    c.report(new Finding(Code.E_CLD_JSON, hostile, Position.of("h<&\">.xml"), hostile));
    Element suite = children(render(Sample.INFO, c.finish(null, 0)).getDocumentElement(), "testsuite").get(0);
    assertThat(suite.getAttribute("name")).isEqualTo("h<&\">.xml");
    Element failure = children(testcase(suite, "E-CLD-JSON"), "failure").get(0);
    assertThat(failure.getAttribute("message")).contains("a\\u0001b\\u0000c\\uFFFE<&>\"']]>\\uD800 \uD83D\uDE00");
  }

  @Test
  void xmlEscapingReplacesWhatXmlCannotCarry() {
    assertThat(Xml.text("a<b&c>\"'\t\n\r")).isEqualTo("a&lt;b&amp;c&gt;\"'\t\n&#13;");
    assertThat(Xml.attr("a<b&c>\"'\t\n")).isEqualTo("a&lt;b&amp;c&gt;&quot;&apos;&#9;&#10;");
    assertThat(Xml.text("\u0001\uFFFF\uDC00x")).isEqualTo("\\u0001\\uFFFF\\uDC00x");
    assertThat(Xml.text(null)).isEmpty();
  }
}
