package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.validator.report.Code;

/**
 * The one place where each outcome of the reachability checks is given its registry code.
 *
 * <p>Tests name outcomes through these constants, so that remapping an outcome is a one-line
 * change.
 */
final class ReachCodes {

  /** The object is missing (404 / NoSuchKey / BlobNotFound). */
  static final Code MISSING_KEY = Code.E_OBJ_NOEX;
  /** The bucket itself is missing. */
  static final Code MISSING_BUCKET = Code.E_OBJ_NOBK;
  /** {@code access=open} (or absent) and anonymous requests are refused. */
  static final Code OPEN_DENIED = Code.E_OBJ_OPEN;
  /** {@code access=region}, refused from outside the region: expected. */
  static final Code REGION_OUTSIDE = Code.I_OBJ_REGN;
  /** {@code access=region}, refused although the validator runs inside the region. */
  static final Code REGION_INSIDE = Code.E_OBJ_RGDN;
  /** {@code access=restricted} and no keys configured: not checked. */
  static final Code RESTRICTED_SKIPPED = Code.I_OBJ_RSTR;
  /** {@code access=restricted}, refused with the configured keys. */
  static final Code RESTRICTED_DENIED = Code.I_OBJ_RDNY;
  /** No {@code access} member, refused anonymously. */
  static final Code UNDECLARED_DENIED = Code.I_OBJ_NACC;
  /** {@code access=none}, yet readable anonymously. */
  static final Code NONE_REACHABLE = Code.W_OBJ_NONE;
  /** The declared region is not the bucket's. */
  static final Code WRONG_REGION = Code.E_OBJ_REGM;
  /** Readable only by agreeing to pay, while declared open. */
  static final Code REQUESTER_PAYS = Code.W_OBJ_RQPY;
  /** The validator could not reach the provider. */
  static final Code NETWORK = Code.F_OBJ_NETX;
  /** The store answered 400 without a region for an ordinary key: it rejected the request. */
  static final Code REJECTED = Code.F_OBJ_RJCT;
  /** Still throttled after every retry. */
  static final Code THROTTLED = Code.F_OBJ_SLOW;
  /** access_url does not answer with the file. */
  static final Code ACCESS_URL = Code.E_OBJ_AURL;
  /** access_url answers with an HTML page. */
  static final Code ACCESS_URL_HTML = Code.W_OBJ_AUHT;
  /** Sizes disagree. */
  static final Code SIZE = Code.E_OBJ_SIZE;
  /** The first FITS block differs. */
  static final Code BYTES = Code.E_OBJ_BYTE;
  /** The MD5s differ. */
  static final Code HASH = Code.W_OBJ_HASH;
  /** The stored Content-Type contradicts access_format. */
  static final Code CONTENT_TYPE = Code.W_OBJ_CTYP;
  /** The file names differ. */
  static final Code NAME = Code.W_OBJ_NAME;
  /** The run's summary. */
  static final Code SUMMARY = Code.S_OBJ_SUMM;
  /** A bug in the checker itself. */
  static final Code INTERNAL = Code.F_RUN_UNEX;

  private ReachCodes() {}
}
