package io.github.cloudaccess.validator.stage;

/**
 * One checking area of the pipeline, after taplint's {@code Stage}: a three-letter code and an
 * imperative description; the orchestrator ({@code Validator}) owns the order.
 */
public interface Stage {

  /** @return the three-letter stage code, e.g. {@code XML} */
  String code();

  /** @return what the stage does, in the imperative mood */
  String description();
}
