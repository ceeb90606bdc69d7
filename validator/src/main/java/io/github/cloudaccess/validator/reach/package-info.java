/**
 * Object reachability and consistency (checks.md 5.7, area OBJ): do the cloud copies named by
 * {@code cloud_access} exist, answer as their access class says, sit in the declared region, and
 * agree with the on-prem copy behind the row's access_url?
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * ReachOptions options = ReachOptions.defaults()                       // --reachability
 *     .withCredentials(S3Keys.fromEnvironment(System.getenv(), Path.of(System.getProperty("user.home"))))
 *     .withInRegion(inRegion)                                          // --in-region
 *     .withSample(sample, seed).withMaxObjects(max)                    // --sample, --max-objects
 *     .withConcurrency(concurrency, perHost)                           // --concurrency (16), 8 per host
 *     .withEndpoints(Endpoints.publicCloud().withS3(uri, true));       // --s3-endpoint (path-style)
 * try (ReachabilityChecker checker = new ReachabilityChecker(options)) {
 *   ReachSummary s = checker.check(refs, inputName, reporter);          // refs: Stream<ObjectRef>
 * }
 * // one ObjectRef per parsed Location of a row:
 * ObjectRef.of(cellPosition, location).withAccessUrl(url).withEstsize(kb)
 *     .withContentLength(bytes).withAccessFormat(type);
 * }</pre>
 *
 * <p>Findings reach the {@code Reporter} from the calling thread only, in document order, then
 * one {@code S-OBJ-SUMM}. Nothing is reported that only another stage can judge: a bucket name S3
 * never allowed is skipped without a request (E-CLD-BKNM is the CLD stage's), an access_url that
 * is not an absolute http(s) URL is left to the DAL/SIA stages.
 *
 * <h2>Judgement (declared access class against what the provider answered)</h2>
 *
 * <table>
 * <caption>Codes per outcome (mapped in {@code ReachCodes})</caption>
 * <tr><th>answer</th><th>open</th><th>no access member</th><th>region</th><th>restricted</th>
 *     <th>none</th></tr>
 * <tr><td>readable</td><td>-</td><td>-</td><td>-</td><td>- (signed)</td><td>W-OBJ-NONE</td></tr>
 * <tr><td>readable paying</td><td>W-OBJ-RQPY</td><td>W-OBJ-RQPY</td><td>-</td><td>-</td>
 *     <td>W-OBJ-NONE</td></tr>
 * <tr><td>403</td><td>E-OBJ-OPEN</td><td>I-OBJ-NACC</td><td>I-OBJ-REGN; E-OBJ-RGDN with
 *     --in-region</td><td>I-OBJ-RDNY with keys; I-OBJ-RSTR without (not asked)</td>
 *     <td>-</td></tr>
 * <tr><td>404 key / bucket</td><td colspan="5">E-OBJ-NOEX / E-OBJ-NOBK, whatever the class
 *     (hint when the key without a leading {@code /} exists)</td></tr>
 * <tr><td>400 without a region</td><td colspan="5">E-OBJ-NOEX for a key with a leading
 *     {@code /} or a {@code //} (where AWS answers 404); F-OBJ-RJCT otherwise</td></tr>
 * <tr><td>still 503/429</td><td colspan="5">F-OBJ-SLOW</td></tr>
 * <tr><td>no answer</td><td colspan="5">F-OBJ-NETX</td></tr>
 * </table>
 *
 * <p>Decision on a missing {@code access} member (IRSA's production form): probed like
 * {@code open}, because that is what a client does; a refusal is information, not an error,
 * because the value promised nothing. Region: every S3 bucket is asked once (HeadBucket, signed
 * when keys are configured); its {@code x-amz-bucket-region} (on 2xx, 403 or a 301/400 redirect,
 * or a later object redirect) against the declared region gives E-OBJ-REGM, and objects are then
 * asked in the real region. A 403 is retried once with {@code x-amz-request-payer: requester}
 * until the bucket is known to be requester-pays or not.
 *
 * <h2>Consistency (found copies only)</h2>
 *
 * <p>For the first {@link ReachOptions#compareLimit()} references of a check (1,000 by
 * default) one ranged GET of the access_url ({@code bytes=0-2879}) gives status (E-OBJ-AURL; a host
 * that does not resolve or never connects is E-OBJ-AURL only when {@link NetworkEvidence} shows
 * the validator's network works, else F-OBJ-NETX), type
 * (W-OBJ-AUHT for an HTML page, which is then not compared), complete length (Content-Range),
 * the first FITS block and an MD5 where certain (Content-MD5 of a full answer, or a strong
 * 32-hex ETag). The cloud copy is then read the same way (S3 ranged GetObject, else HEAD):
 * E-OBJ-SIZE against the on-prem length, DataLink content_length, and access_estsize (kbyte read
 * as 1000 or 1024 bytes, within 1 KiB); E-OBJ-BYTE on the first block; W-OBJ-HASH on a single-part
 * ETag / x-goog-hash / x-ms-blob-content-md5 against the on-prem MD5; W-OBJ-NAME on the file names
 * (only when the URL's last segment looks like a file name and has no query); W-OBJ-CTYP on the
 * stored Content-Type against access_format (generic types and FITS aliases agree). Later
 * references are held to their row alone (access_estsize, content_length, the access_url's
 * file name): decision, because the byte comparison costs a request on each side per row and
 * cannot be listed, while existence and size of thousands of keys can be, and a systematic
 * mismatch (a stale mirror, a wrong prefix) already shows in the first thousand rows.
 *
 * <h2>Scale</h2>
 *
 * <p>References are planned in batches. S3 references that need existence and size only (past
 * the compare limit, or without a usable access_url) are
 * grouped by bucket, region, signing and access class; a group of at least 4 keys is settled by
 * {@link io.github.cloudaccess.validator.reach.ListingSweep} (pages of 1,000 keys, jumping with
 * {@code start-after}, stopping where a page settles fewer than two keys, so it never costs more
 * than one request above HEAD) plus one spot-check request that must pass for the listed objects
 * to count as readable. Refused listings fall back to HEAD. Requests are bounded by
 * {@code --concurrency} and a per-host limit, retried only when throttled (bounded, jittered
 * back-off), and counted when put on the wire.
 *
 * <h2>Known limits</h2>
 *
 * <ul>
 *   <li>Listing sees existence and size, not per-object ACLs: an object whose ACL differs from
 *       its listed neighbours' is caught only with {@link ListingMode#NEVER}.</li>
 *   <li>AWS answers an anonymous request for a missing key in a private bucket with 403: that is
 *       a refusal here, not a missing object. Azure's 404 ResourceNotFound likewise.</li>
 *   <li>SSE-KMS objects have MD5-shaped ETags that are not MD5s: hence W, not E.</li>
 *   <li>The fetcher always offers gzip; an encoded on-prem answer is not compared byte-wise.</li>
 *   <li>Google and Azure are probed anonymously only; {@code restricted} there is skipped.</li>
 *   <li>The SDK's URL-connection client reuses at most {@code http.maxConnections} (JDK default
 *       5) idle connections per host, a JVM-wide property the JDK reads once: the command's
 *       {@code main} raises it to the per-host limit (8) before any HTTP use (about 1.6x HEAD
 *       throughput on loopback); a program that runs the checks in-process keeps its own.</li>
 * </ul>
 */
package io.github.cloudaccess.validator.reach;
