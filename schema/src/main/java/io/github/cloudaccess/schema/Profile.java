package io.github.cloudaccess.schema;

/** Which of the two schema profiles a value is checked against. */
public enum Profile {
  /** The proposal's canonical form: a list of fully specified locations per provider. */
  STRICT,
  /** What services emit today: dict or list per provider, legacy names, optional access. */
  LENIENT
}
