package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.Numbers;
import java.util.Locale;
import java.util.Optional;

/**
 * The serialization and Content-Type chosen by RESPONSEFORMAT (DALI 3.4.3): only VOTable is
 * offered; when a MIME type was requested the Content-Type is exactly that type.
 *
 * @param binary2 true for BINARY2, false for TABLEDATA
 * @param contentType the Content-Type header value
 */
public record ResponseFormat(boolean binary2, String contentType) {

  /**
   * @param requested the RESPONSEFORMAT value, if given
   * @param defaultType the endpoint's own VOTable media type
   * @param defaultBinary2 the serialization when the request does not choose one
   * @return the format
   * @throws Fault UsageFault for any non-VOTable format
   */
  public static ResponseFormat resolve(Optional<String> requested, String defaultType,
      boolean defaultBinary2) throws Fault {
    if (requested.isEmpty()) {
      return new ResponseFormat(defaultBinary2, defaultType);
    }
    String given = requested.get().trim();
    String norm = given.toLowerCase(Locale.ROOT).replace(" ", "");
    switch (norm) {
      case "votable":
        return new ResponseFormat(defaultBinary2, defaultType);
      case "votable/td":
        return new ResponseFormat(false, defaultType);
      case "votable/b2":
        return new ResponseFormat(true, defaultType);
      default:
        break;
    }
    String[] parts = norm.split(";");
    String type = parts[0];
    if (!type.equals("application/x-votable+xml") && !type.equals("text/xml")) {
      throw Fault.usage("RESPONSEFORMAT not supported (VOTable only): " + Numbers.clip(given));
    }
    boolean binary2 = defaultBinary2;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.equals("serialization=binary2")) {
        binary2 = true;
      } else if (p.equals("serialization=tabledata")) {
        binary2 = false;
      } else if (p.startsWith("serialization=")) {
        throw Fault.usage("RESPONSEFORMAT serialization not supported: " + Numbers.clip(given));
      }
    }
    return new ResponseFormat(binary2, given);
  }
}
