package io.github.cloudaccess.server.catalogue;

/**
 * One copy of a data product in the embedded S3 store.
 *
 * @param bucket the bucket holding it
 * @param key the object key (the corpus path, never with a leading slash)
 */
public record CloudCopy(Bucket bucket, String key) {}
