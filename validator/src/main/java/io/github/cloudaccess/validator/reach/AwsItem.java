package io.github.cloudaccess.validator.reach;

import io.github.cloudaccess.schema.AwsLocation;

/**
 * An S3 reference of a batch, with its index in the batch and what is known of its bucket.
 *
 * @param index position in the batch
 * @param ref the reference
 * @param location its S3 location
 * @param bucket the bucket's facts
 */
record AwsItem(int index, ObjectRef ref, AwsLocation location, BucketInfo bucket) {}
