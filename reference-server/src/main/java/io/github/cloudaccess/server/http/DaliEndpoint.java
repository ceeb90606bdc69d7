package io.github.cloudaccess.server.http;

import com.sun.net.httpserver.HttpExchange;
import io.github.cloudaccess.server.cloud.Defect;
import io.github.cloudaccess.server.cloud.ResponseOptions;
import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.Params;
import io.github.cloudaccess.server.response.ResultDocument;
import io.github.cloudaccess.server.votable.Xml;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Shared request handling of the query endpoints (SIA 1.0, SIA 2.0, DataLink): read and check the
 * parameters, resolve the response options, then stream the document; any fault becomes a DALI
 * error document with a 4xx/5xx status (DALI 4.2), or HTTP 200 under the error-200 defect.
 */
abstract class DaliEndpoint implements Route {

  /** A prepared response: everything validated, only the writing left. */
  interface Job {
    /** @return the Content-Type of the document */
    String contentType();

    /** Writes the document. */
    void write(Xml xml) throws IOException;
  }

  private static final byte[] HTML_PAGE = ("<!DOCTYPE html>\n<html><head><title>503 Service"
      + " Unavailable</title></head>\n<body><h1>Service Unavailable</h1><p>The archive is down"
      + " for maintenance.</p></body></html>\n").getBytes(StandardCharsets.UTF_8);

  private static final Set<String> PLAIN_FORMATS =
      Set.of("csv", "tsv", "text", "text/csv", "text/tab-separated-values", "text/plain");

  protected final ServerContext ctx;

  DaliEndpoint(ServerContext ctx) {
    this.ctx = ctx;
  }

  /**
   * Validates the request and prepares the response; must not write to the exchange.
   *
   * @throws Fault for any client or server error
   */
  abstract Job prepare(Params params, ResponseOptions options) throws Fault;

  /** @return the Content-Type of error documents of this endpoint */
  abstract String errorContentType();

  /** @return the standardID INFO value of this endpoint's documents, or null (SIA 1.0) */
  abstract String standardId();

  @Override
  public void serve(HttpExchange ex, String path) throws IOException {
    ResponseOptions options = ctx.defaults();
    Params params = null;
    try {
      params = RequestReader.read(ex);
      options = ctx.defaults().with(params);
      Job job = prepare(params, options);
      if (options.defect().kind() == Defect.Kind.OBJECT) {
        awaitVariants();
      }
      switch (options.defect()) {
        case ERROR_200 -> throw Fault.fatal(
            "service unavailable (the error-200 defect answers every query so)");
        case ERROR_NO_FAULT -> throw Fault.fatal(
            "the database is unavailable (the error-no-fault defect answers every query so)");
        case EMPTY_BODY -> {
          Reply.bytes(ex, 200, job.contentType(), new byte[0]);
          return;
        }
        case HTML_ERROR_PAGE -> {
          Reply.bytes(ex, 200, "text/html; charset=UTF-8", HTML_PAGE);
          return;
        }
        default -> { }
      }
      String type = options.has(Defect.WRONG_CONTENT_TYPE)
          ? "text/html; charset=UTF-8" : job.contentType();
      Reply.stream(ex, 200, type, job::write, options.has(Defect.INVALID_UTF8));
    } catch (Fault f) {
      fault(ex, f, options, params);
    }
  }

  /**
   * @return whether to write BINARY2: what the request chose, unless the defect needs XML
   *     character data (escaping faults) or cannot be held in a binary cell
   */
  static boolean binary2(boolean chosen, ResponseOptions options) {
    return chosen && !io.github.cloudaccess.server.cloud.CloudCell.forcesTabledata(
        options.defect());
  }

  /** The object defects name S3 variants stored in the background at start-up: wait for them. */
  private void awaitVariants() throws Fault {
    try {
      ctx.variants().get(60, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Fault.fatal("interrupted while the S3 defect variants were being stored");
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw Fault.fatal("the S3 defect variants could not be stored: " + e);
    }
  }

  private void fault(HttpExchange ex, Fault f, ResponseOptions options, Params params)
      throws IOException {
    int status = options.has(Defect.ERROR_200) ? 200 : f.status();
    String message = options.has(Defect.ERROR_NO_FAULT) ? f.withoutToken() : f.getMessage();
    String format = params == null ? "" : params.all("RESPONSEFORMAT").stream().findFirst()
        .orElse("").trim().toLowerCase(Locale.ROOT);
    if (PLAIN_FORMATS.contains(format)) {
      // SIA 2.0 3.2: an error for a CSV/TSV request is plain text.
      Reply.bytes(ex, status, "text/plain; charset=UTF-8",
          (message + "\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    ByteArrayOutputStream buf = new ByteArrayOutputStream(512);
    Xml xml = new Xml(buf);
    ResultDocument.error(xml, message,
        options.has(Defect.NO_STANDARD_ID) ? null : standardId());
    xml.flush();
    String type = options.has(Defect.WRONG_CONTENT_TYPE)
        ? "text/html; charset=UTF-8" : errorContentType();
    Reply.bytes(ex, status, type, buf.toByteArray());
  }

  /**
   * Reads MAXREC (DALI 3.4.4): absent gives the service default; values above the limit are
   * capped, so the cut is then flagged as an overflow.
   *
   * @return the number of rows to write at most
   * @throws Fault UsageFault for a negative or non-integer value
   */
  long maxRec(Params params) throws Fault {
    var given = params.single("MAXREC");
    if (given.isEmpty()) {
      return ctx.maxRec();
    }
    String t = given.get().trim();
    if (t.matches("\\+?\\d{19,}")) {
      return ctx.maxRecLimit();
    }
    long v;
    try {
      v = io.github.cloudaccess.server.query.Numbers.integer(given.get(), "MAXREC");
    } catch (Fault f) {
      throw Fault.usage("MAXREC must be a non-negative integer");
    }
    if (v < 0) {
      throw Fault.usage("MAXREC must be a non-negative integer");
    }
    return Math.min(v, ctx.maxRecLimit());
  }
}
