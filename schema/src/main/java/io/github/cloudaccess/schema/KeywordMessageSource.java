package io.github.cloudaccess.schema;

import com.networknt.schema.i18n.MessageSource;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A networknt {@link MessageSource} that returns the message key unformatted.
 *
 * <p>Rationale: networknt formats every error through a resource bundle and
 * {@link java.text.MessageFormat} as the error is built, which costs more than the keyword check
 * itself; {@link SchemaErrorMapper} writes its own sentence from the keyword and arguments anyway.
 */
final class KeywordMessageSource implements MessageSource {

  static final KeywordMessageSource INSTANCE = new KeywordMessageSource();

  private KeywordMessageSource() {}

  @Override
  public String getMessage(String key, Supplier<String> defaultMessage, Locale locale, Object... args) {
    return key;
  }
}
