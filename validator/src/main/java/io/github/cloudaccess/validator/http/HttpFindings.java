package io.github.cloudaccess.validator.http;

import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import java.util.Set;

/**
 * Turns a {@link FetchResult} into HTP findings: one I-HTP-QURL per request, the redirect and
 * retry observations, then either the failure or the status and Content-Type checks.
 *
 * <p>Known limit: W-HTP-CSET needs the XML declaration and is left to the XML stage; W-HTP-SLOW
 * needs {@code --slow-ms} and is left to the caller, which has {@link FetchResult#timings()}.
 */
public final class HttpFindings {

  /** Media types accepted for a VOTable response (VOTable §8; text/xml for legacy services). */
  public static final Set<String> VOTABLE_TYPES =
      Set.of("application/x-votable+xml", "text/xml", "application/xml");

  private HttpFindings() {}

  /**
   * What the caller expects of a response.
   *
   * @param success a 200 is required (DALI 4.1), as for a legal query
   * @param mediaTypes accepted media types ({@code type/subtype}); empty accepts any
   * @param unreachableIsFailure report network failures as F-HTP-NETX instead of E-HTP-CONN
   *     ({@code --unreachable=failure})
   */
  public record Expectation(boolean success, Set<String> mediaTypes,
      boolean unreachableIsFailure) {

    /** Freezes the set. */
    public Expectation {
      mediaTypes = Set.copyOf(mediaTypes);
    }

    /** @return a legal query answered with a VOTable; network failures are errors */
    public static Expectation votable() {
      return new Expectation(true, VOTABLE_TYPES, false);
    }
  }

  /**
   * Reports every finding about one fetch.
   *
   * @param result the fetch
   * @param expect what was expected
   * @param reporter where findings go
   */
  public static void report(FetchResult result, Expectation expect, Reporter reporter) {
    Position where = Position.of(result.request().uri().toString());

    /* Every request sent, then what each redirect said. */
    for (Hop hop : result.hops()) {
      reporter.report(Code.I_HTP_QURL, hop.method() + " " + hop.uri(), Position.of(
          hop.uri().toString()));
      if (hop.next() == Hop.Next.REDIRECT && (hop.status() == 301 || hop.status() == 307
          || hop.status() == 308)) {
        reporter.report(new Finding(Code.W_HTP_RDIR, "redirect with status " + hop.status()
            + " where DALI 4.3 names 302/303", Position.of(hop.uri().toString()),
            "answer with 303 See Other (or 302)"));
      }
      if (hop.downgrade()) {
        reporter.report(Code.W_HTP_RDSC, "redirect from https to " + hop.location(),
            Position.of(hop.uri().toString()));
      }
    }
    if (!result.ok()) {
      Failure f = result.failure();
      reporter.report(new Finding(codeFor(f.kind(), expect.unreachableIsFailure()),
          f.kind() + ": " + f.detail(), where, null));
      return;
    }

    /* A body arrived: judge the status, the encoding and the media type. */
    int status = result.status();
    if (expect.success() && status >= 500) {
      reporter.report(Code.E_HTP_S5XX, "legal query answered " + status, where);
    } else if (expect.success() && status != 200) {
      reporter.report(Code.E_HTP_N200, "legal query answered " + status + ", not 200", where);
    }
    if (result.observations().contains(Observation.UNKNOWN_ENCODING)) {
      reporter.report(Code.W_HTP_CENC, "unknown Content-Encoding " + result.encodings()
          + ": body left as received", where);
    }
    if (result.observations().contains(Observation.COMPRESSED_WITHOUT_ENCODING)) {
      reporter.report(Code.W_HTP_CENC, "body is gzip data but has no Content-Encoding", where);
    }
    contentType(result.contentType(), expect, where, reporter);
  }

  private static void contentType(ContentTypeHeader type, Expectation expect, Position where,
      Reporter reporter) {
    if (type instanceof ContentTypeHeader.Missing) {
      reporter.report(Code.W_HTP_NOCT, "response has no Content-Type", where);
    } else if (type instanceof ContentTypeHeader.Invalid inv) {
      reporter.report(Code.E_HTP_CTSX, "Content-Type '" + inv.raw() + "' does not parse: "
          + inv.reason(), where);
    } else if (type instanceof ContentTypeHeader.Valid v && !expect.mediaTypes().isEmpty()
        && !expect.mediaTypes().contains(v.mediaType().essence())) {
      reporter.report(new Finding(Code.E_HTP_CTYP, "Content-Type " + v.mediaType().essence()
          + " where " + expect.mediaTypes().stream().sorted().toList() + " was expected", where,
          "serve VOTables as application/x-votable+xml"));
    }
  }

  /**
   * @param kind a failure kind
   * @param unreachableIsFailure whether network failures are F rather than E
   * @return the code reported for it
   */
  public static Code codeFor(FailureKind kind, boolean unreachableIsFailure) {
    Code network = unreachableIsFailure ? Code.F_HTP_NETX : Code.E_HTP_CONN;
    return switch (kind) {
      case DNS, CONNECT_REFUSED, CONNECT_TIMEOUT, CONNECTION_RESET, EMPTY_RESPONSE -> network;
      case IDLE_TIMEOUT -> unreachableIsFailure ? Code.F_HTP_NETX : Code.E_HTP_IDLE;
      case TOTAL_TIMEOUT -> unreachableIsFailure ? Code.F_HTP_NETX : Code.E_HTP_TOUT;
      case PROTOCOL -> Code.E_HTP_PROT;
      case TRUNCATED -> Code.E_HTP_TRNC;
      case TLS -> Code.E_HTP_TLSX;
      case BODY_TOO_LARGE -> Code.F_HTP_BCAP;
      case DECODED_TOO_LARGE -> Code.F_HTP_ZCAP;
      case DECODING_FAILED -> Code.E_HTP_CDEC;
      case REDIRECT_LOOP -> Code.E_HTP_RLOP;
      case TOO_MANY_REDIRECTS -> Code.E_HTP_RMAX;
      case REDIRECT_SCHEME -> Code.E_HTP_RSCH;
      case REDIRECT_INVALID -> Code.E_HTP_RLOC;
      case REPLAY_MISS -> Code.F_HTP_RMIS;
      case LOCAL_IO, INTERRUPTED -> Code.F_RUN_UNEX;
    };
  }
}
