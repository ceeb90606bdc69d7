package io.github.cloudaccess.server.cloud;

/**
 * One AWS location as it will be written, after any value defect was applied.
 *
 * @param bucket the bucket name
 * @param key the object key
 * @param region the region code, or null to leave the member out
 * @param access the access class text
 * @param uri a uri member, or null
 * @param note a note member (used by the escaping defects), or null
 */
record Location(String bucket, String key, String region, String access, String uri,
    String note) {}
