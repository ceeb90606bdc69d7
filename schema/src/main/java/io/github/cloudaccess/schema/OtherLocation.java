package io.github.cloudaccess.schema;

import java.util.Optional;

/**
 * A location under a provider key this toolkit does not define (e.g. {@code gc}, {@code prem}).
 *
 * @param provider the provider key as written
 * @param json the location object's JSON text, re-serialised compactly
 * @param access the declared access class, empty when absent or not understood
 * @param pointer JSON pointer of the location object
 */
public record OtherLocation(String provider, String json, Optional<Access> access, String pointer)
    implements Location {}
