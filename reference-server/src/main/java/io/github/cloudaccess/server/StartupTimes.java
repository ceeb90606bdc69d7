package io.github.cloudaccess.server;

/**
 * Where start-up time went, in milliseconds (the catalogue and the store start in parallel).
 *
 * @param catalogueMs reading the manifest and generating the product bytes
 * @param s3StartMs starting s3proxy
 * @param s3LoadMs creating buckets and putting objects
 * @param httpMs binding and starting the HTTP server
 * @param totalMs wall time of {@link ReferenceServer#start}
 */
public record StartupTimes(long catalogueMs, long s3StartMs, long s3LoadMs, long httpMs,
    long totalMs) {}
