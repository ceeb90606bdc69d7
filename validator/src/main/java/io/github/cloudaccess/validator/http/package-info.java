/**
 * The validator's HTTP layer: a fetcher that survives hostile servers, with record and replay.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * FetchOptions options = FetchOptions.defaults();                   // or withTimeouts/withCaps/...
 * Transport t = Transport.live(options);                            // --record DIR:
 * // t = Transport.recording(Transport.live(options), Path.of(dir));  --replay DIR:
 * // t = Transport.replay(Path.of(dir), options);
 * try (HttpFetcher fetcher = new HttpFetcher(t, options);
 *      FetchResult r = fetcher.fetch(Request.get(uri))) {
 *   HttpFindings.report(r, HttpFindings.Expectation.votable(), reporter);
 *   if (r.ok()) { validator.validate(r.asInput(), reporter); }
 * }                                                                 // close() deletes the body
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Nothing a server does makes {@link io.github.cloudaccess.validator.http.HttpFetcher#fetch}
 *       throw or hang: every outcome is a {@link io.github.cloudaccess.validator.http.FetchResult},
 *       with a typed {@link io.github.cloudaccess.validator.http.FailureKind} when there is no
 *       body. A non-2xx status with a body is not a failure; {@code HttpFindings} judges it.
 *   <li>Time is bounded three ways: connect timeout; idle timeout (no byte for N seconds, before
 *       or after the response head; {@code java.net.http} has none, so a watchdog enforces it);
 *       whole-request timeout covering redirects, retries and their waits ({@code --timeout}).
 *   <li>Bytes are bounded twice, while streaming, never in memory: the body as received (default
 *       1 GiB; a larger Content-Length is refused before reading) and the body after gzip/deflate
 *       decoding (default 1 GiB), which makes a decompression bomb cost work proportional to the
 *       cap. Bodies are spooled to temporary files, deleted on every failure and by
 *       {@code FetchResult.close()}.
 *   <li>A body shorter than its Content-Length, or cut mid-transfer, is {@code TRUNCATED}, never
 *       passed on as if complete; conflicting Content-Lengths are {@code PROTOCOL}.
 *   <li>HTTP/1.1 only; {@code Accept-Encoding: gzip, deflate} is sent and decoding is done here
 *       (stacked codings too); an unknown coding leaves the body as received and is observed, as
 *       is a gzip body without Content-Encoding.
 *   <li>Redirects are followed by the fetcher, not the client: at most 5; only http and https
 *       targets (file:, jar:, ftp:, data: and all else refused); loops detected; 303 (and 301/302
 *       after POST) continue with GET, 307/308 keep method and body; every hop is kept so reports
 *       can flag 301/307/308 (DALI 4.3 names 302/303) and https-to-http downgrades.
 *   <li>Retries only after 429 or 503 carrying Retry-After (seconds or HTTP-date), each wait cut
 *       to 10 s, at most 3 retries and 30 s of waiting, never past the whole-request timeout.
 *   <li>No cookies are ever stored or sent; no authenticator; caller-supplied
 *       Authorization/Proxy-Authorization/Cookie headers are dropped as soon as a redirect leaves
 *       the origin (scheme, host, port) and user-info in a Location is dropped.
 *   <li>Every request carries {@code User-Agent: cloud-access-validator/<version> (IVOA-test)}.
 *   <li>Failure details are printable ASCII, at most 200 characters: safe to put in reports.
 * </ul>
 *
 * <h2>Record layout ({@code --record DIR}, read by {@code --replay DIR})</h2>
 *
 * <p>One entry per exchange (each redirect hop and each retry is an exchange), numbered from 1 in
 * the order sent:
 *
 * <ul>
 *   <li>{@code index.jsonl}: one JSON object per line, {@code {"seq", "method", "url",
 *       "requestBodySha256", "meta"}}; replay matches on method + URL + body hash (hex SHA-256 of
 *       the UTF-8 form body, {@code null} for GET) and serves repeated identical requests in
 *       recorded order. A request with no recorded exchange left is {@code REPLAY_MISS}.
 *   <li>{@code NNNN-METHOD.json} (e.g. {@code 0003-GET.json}): {@code format}
 *       ({@code "cloud-access-exchange/1"}), {@code seq}; {@code request}: method, url, the
 *       headers sent (Authorization, Proxy-Authorization and Cookie written as
 *       {@code "[redacted]"}), bodySha256; {@code response}: {@code null} when no response head
 *       arrived, else status and {@code headers} as {@code [name, value]} pairs in order;
 *       {@code body}: the body file name or {@code null}; {@code bodyBytes} received;
 *       {@code receivedAt} (ISO-8601 instant, for Retry-After dates); {@code headersNanos}
 *       (or {@code null}) and {@code totalNanos}; {@code failure}: {@code null} or
 *       {@code {"kind", "detail"}} with a {@code FailureKind} name. Timeouts and every other
 *       failure are recorded as such and replayed as such.
 *   <li>{@code NNNN.body}: the body bytes exactly as received (after de-chunking, before
 *       content decoding), present only for exchanges that completed.
 * </ul>
 *
 * <p>Replay does not sleep and re-applies the byte caps and decoding; since the fetcher accounts
 * time from the exchanges' recorded durations, never the wall clock, a replay with the
 * recording's options makes the same redirect/retry/timeout decisions and gives identical
 * results, timings included, hence identical reports. A recording directory is never appended
 * to: recording into one that holds an {@code index.jsonl} fails.
 */
package io.github.cloudaccess.validator.http;
