package io.github.cloudaccess.validator.http;

import java.time.Duration;

/**
 * How long a fetch took; in replay these are the recorded times, so reports stay identical.
 *
 * @param headers time from sending the last request to its response head, {@code null} when none
 *     arrived
 * @param total the whole fetch: every exchange plus the waits before retries
 * @param retryWait the part of {@code total} spent waiting for Retry-After
 */
public record Timings(Duration headers, Duration total, Duration retryWait) {}
