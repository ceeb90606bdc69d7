package io.github.cloudaccess.client.store;

/**
 * What a temporary file holds once every byte is on disk.
 *
 * @param bytes bytes written
 * @param md5Hex lower-case hex MD5, null when hashing was switched off
 */
public record Written(long bytes, String md5Hex) {}
