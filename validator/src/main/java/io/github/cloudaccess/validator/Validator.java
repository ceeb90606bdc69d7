package io.github.cloudaccess.validator;

import io.github.cloudaccess.validator.cloud.CloudStage;
import io.github.cloudaccess.validator.dal.QueryStatusRules;
import io.github.cloudaccess.validator.dal.ResultsResourceRules;
import io.github.cloudaccess.validator.protocol.DataLinkColumnRules;
import io.github.cloudaccess.validator.protocol.DataLinkRowRules;
import io.github.cloudaccess.validator.protocol.ObsCoreMetadataRules;
import io.github.cloudaccess.validator.protocol.ObsCoreRowRules;
import io.github.cloudaccess.validator.protocol.ProtocolDetector;
import io.github.cloudaccess.validator.protocol.ServiceDescriptorRules;
import io.github.cloudaccess.validator.protocol.Sia1Rules;
import io.github.cloudaccess.validator.protocol.Sia1RowRules;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import io.github.cloudaccess.validator.stage.Emitter;
import io.github.cloudaccess.validator.stage.StageInfo;
import io.github.cloudaccess.validator.stage.SynchronizedReporter;
import io.github.cloudaccess.validator.vot.CellRules;
import io.github.cloudaccess.validator.vot.FieldRules;
import io.github.cloudaccess.validator.vot.IdRules;
import io.github.cloudaccess.validator.vot.SchemaRules;
import io.github.cloudaccess.validator.vot.VersionRules;
import io.github.cloudaccess.validator.votable.DocumentInfo;
import io.github.cloudaccess.validator.votable.StilBridge;
import io.github.cloudaccess.validator.votable.TableInfo;
import io.github.cloudaccess.validator.votable.VotableHandler;
import io.github.cloudaccess.validator.votable.VotableListener;
import io.github.cloudaccess.validator.votable.XmlEvents;
import io.github.cloudaccess.validator.xml.EscapingRules;
import io.github.cloudaccess.validator.xml.XmlStage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the ordered checking stages over one input, in one streaming pass:
 * XML (well-formedness, escaping), VOT (VOTable structure and cells), PRT (protocol detection),
 * DAL (results RESOURCE, QUERY_STATUS), SI1 / SI2 / DLK (protocol rules), CLD (the
 * {@code cloud_access} column, whose JSON is checked on worker threads while parsing goes on).
 *
 * <p>Bad input never throws: every problem becomes a finding. Only validator faults escape, and
 * the caller reports them as {@code F-RUN-UNEX}.
 */
public final class Validator {

  /** Kept strongly: java.util.logging holds loggers weakly and would forget the level. */
  private static final Logger STIL_LOG = Logger.getLogger("uk.ac.starlink");

  static {
    STIL_LOG.setLevel(Level.SEVERE);
  }

  /** The stages in pipeline order; one streaming pass runs them all. */
  private static final List<StageInfo> STAGES = List.of(
      new StageInfo("XML", "Check well-formedness, encoding and escaping of the XML body"),
      new StageInfo("VOT", "Check VOTable structure, FIELD declarations and cell values"),
      new StageInfo("PRT", "Detect the protocol from standardID INFOs and columns"),
      new StageInfo("DAL", "Check the results RESOURCE and QUERY_STATUS (DALI)"),
      new StageInfo("SI1", "Check SIA 1.0 required columns and values"),
      new StageInfo("SI2", "Check SIA 2.0 ObsCore columns, values and self-description"),
      new StageInfo("DLK", "Check DataLink columns, rows and service descriptors"),
      new StageInfo("CLD", "Check the cloud_access column and parse every value"));

  private final ValidatorOptions options;

  /**
   * @param options the pipeline options
   */
  public Validator(ValidatorOptions options) {
    this.options = options;
  }

  /** @return the stages in the order the pipeline runs them */
  public static List<StageInfo> stages() {
    return STAGES;
  }

  /**
   * Worker threads for the cloud_access checks. The JSON checks cost more CPU per row than the
   * SAX pass, so on two cores two workers (one more than the spare core) keep both cores busy
   * when the parsing thread waits on a full queue.
   *
   * @return the number of workers
   */
  static int workerThreads() {
    return Math.max(1, Math.min(3, Runtime.getRuntime().availableProcessors()));
  }

  /**
   * Validates one input, streaming, in bounded memory.
   *
   * @param input the response
   * @param reporter receives every finding
   * @return what the input held
   */
  public InputSummary validate(Input input, Reporter reporter) {
    Reporter safe = new SynchronizedReporter(reporter);
    String source = input.name();
    Emitter out = new Emitter(source, safe);
    XmlStage xml = new XmlStage(source, safe);
    DocumentInfo doc = new DocumentInfo(source);
    ProtocolDetector protocol = new ProtocolDetector(out, options.protocol(),
        options.protocolSource());
    CloudStage cloud = new CloudStage(out, protocol, options.profile(), options.requireCloud(),
        workerThreads());
    long cdata = 0;
    boolean wellFormed = false;
    try {
      if (!xml.checkPrelude(input)) {
        return summary(source, protocol, doc, cloud, 0, false);
      }
      IdRules ids = new IdRules(out);
      FieldRules fields = new FieldRules(out);
      List<VotableListener> listeners = List.of(
          new EscapingRules(source, safe),
          new VersionRules(out), fields, new CellRules(out), ids,
          protocol,
          new ResultsResourceRules(out, protocol), new QueryStatusRules(out, protocol),
          new Sia1Rules(out, protocol), new Sia1RowRules(out, protocol),
          new ObsCoreMetadataRules(out, protocol), new ObsCoreRowRules(out, protocol),
          new DataLinkColumnRules(out, protocol), new DataLinkRowRules(out, protocol),
          new ServiceDescriptorRules(out, protocol),
          cloud);
      XmlEvents events = VotableHandler.fanOut(List.of(xml, new SchemaRules(out), ids, fields));
      VotableHandler handler = new VotableHandler(doc, listeners, events, new StilBridge(events));
      wellFormed = xml.parse(input, handler);
      if (wellFormed && handler.isVotable()) {
        for (VotableListener l : listeners) {
          l.documentEnd(doc);
        }
      }
      cloud.finish();
      cdata = handler.cdataSections();
      if (cdata > 0) {
        out.document(Code.I_XML_CDAT, cdata + " CDATA sections hold cell text (legal).", null);
      }
      cloud.summarise();
    } catch (IOException e) {
      cloud.abort();
      safe.report(new Finding(Code.F_RUN_READ, "The input cannot be read: " + e.getMessage(),
          Position.of(source), null), e);
    } catch (RuntimeException | Error e) {
      cloud.abort();
      throw e;
    }
    return summary(source, protocol, doc, cloud, cdata, wellFormed && !doc.errorDocument());
  }

  private static InputSummary summary(String source, ProtocolDetector protocol,
      DocumentInfo doc, CloudStage cloud, long cdata, boolean judgeable) {
    TableInfo table = doc.checkedTable();
    Map<String, Long> providers = cloud.providers();
    Map<String, Long> access = cloud.accessClasses();
    return new InputSummary(source, protocol.protocol(), doc.version(),
        table == null ? null : table.serialization(), table == null ? 0 : table.rows(),
        cloud.rowsWithCloud(), providers, access, cdata, judgeable, null);
  }
}
