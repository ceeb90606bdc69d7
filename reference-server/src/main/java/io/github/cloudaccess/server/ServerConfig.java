package io.github.cloudaccess.server;

import io.github.cloudaccess.server.cloud.CellEncoding;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.Form;
import io.github.cloudaccess.server.cloud.Placement;
import java.nio.file.Path;

/**
 * How to start a {@link ReferenceServer}. Use {@link #defaults()} and the {@code with...} methods.
 *
 * @param host the address to bind; loopback by default
 * @param port the HTTP port; 0 picks any free port
 * @param threads size of the HTTP worker pool
 * @param encoding server-wide cloud_access cell encoding (requests may override: CA_ENCODING)
 * @param form server-wide list or dict form (CA_FORM)
 * @param placement server-wide placement (CA_PLACEMENT)
 * @param defect server-wide injected defect (CA_DEFECT), {@link Defect#NONE} for none
 * @param maxRec rows returned when MAXREC is absent
 * @param maxRecLimit most rows ever returned
 * @param corpusDir the test-corpus directory, or null to locate it from the working directory
 */
public record ServerConfig(String host, int port, int threads, CellEncoding encoding, Form form,
    Placement placement, Defect defect, long maxRec, long maxRecLimit, Path corpusDir) {

  /** @return loopback, any port, 8 workers, escaped list-form values in discovery, no defect */
  public static ServerConfig defaults() {
    return new ServerConfig("127.0.0.1", 0, 8, CellEncoding.ESCAPED, Form.LIST,
        Placement.DISCOVERY, Defect.NONE, 1000, 10000, null);
  }

  /** @return a copy listening on this port (0 = any free port) */
  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, threads, encoding, form, placement, defect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy bound to this address */
  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, threads, encoding, form, placement, defect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy with this many HTTP workers */
  public ServerConfig withThreads(int newThreads) {
    return new ServerConfig(host, port, newThreads, encoding, form, placement, defect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy with this cell encoding */
  public ServerConfig withEncoding(CellEncoding newEncoding) {
    return new ServerConfig(host, port, threads, newEncoding, form, placement, defect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy with this form */
  public ServerConfig withForm(Form newForm) {
    return new ServerConfig(host, port, threads, encoding, newForm, placement, defect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy with this placement */
  public ServerConfig withPlacement(Placement newPlacement) {
    return new ServerConfig(host, port, threads, encoding, form, newPlacement, defect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy injecting this defect */
  public ServerConfig withDefect(Defect newDefect) {
    return new ServerConfig(host, port, threads, encoding, form, placement, newDefect, maxRec,
        maxRecLimit, corpusDir);
  }

  /** @return a copy with these row limits */
  public ServerConfig withMaxRec(long newMaxRec, long newLimit) {
    return new ServerConfig(host, port, threads, encoding, form, placement, defect, newMaxRec,
        newLimit, corpusDir);
  }

  /** @return a copy reading the corpus from this directory */
  public ServerConfig withCorpusDir(Path dir) {
    return new ServerConfig(host, port, threads, encoding, form, placement, defect, maxRec,
        maxRecLimit, dir);
  }
}
