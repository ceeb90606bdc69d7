package io.github.cloudaccess.client;

/** The end state of one record's download. */
public enum DownloadStatus {
  /** A route served the file; it was verified and renamed into place. */
  DOWNLOADED,
  /** The target file already existed and overwriting was not requested; nothing was fetched. */
  ALREADY_PRESENT,
  /** No route served a verified file (or there was no route). */
  FAILED
}
