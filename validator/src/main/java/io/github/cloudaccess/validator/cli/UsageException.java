package io.github.cloudaccess.validator.cli;

/** A problem with the command line itself; {@link Main} turns it into exit status 2. */
public final class UsageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what is wrong with the command line, for the user
   */
  public UsageException(String message) {
    super(message);
  }
}
