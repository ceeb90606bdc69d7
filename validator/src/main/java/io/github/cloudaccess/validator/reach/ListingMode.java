package io.github.cloudaccess.validator.reach;

/** Whether existence and size may be confirmed by listing a bucket instead of one HEAD per key. */
public enum ListingMode {
  /** List where it saves requests, per group of keys; fall back to HEAD where it does not. */
  AUTO,
  /** One request per object (the only mode that sees per-object ACLs inside a listed prefix). */
  NEVER
}
