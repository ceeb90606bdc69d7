package io.github.cloudaccess.server.cloud;

import io.github.cloudaccess.server.query.Fault;
import io.github.cloudaccess.server.query.Numbers;
import io.github.cloudaccess.server.query.Params;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How one response presents cloud_access: the server-wide choices with the request's
 * non-standard overrides applied ({@code CA_ENCODING}, {@code CA_FORM}, {@code CA_PLACEMENT},
 * {@code CA_DEFECT}).
 *
 * @param encoding TABLEDATA escaped, CDATA, or BINARY2
 * @param form list or dict per provider
 * @param placement discovery table, DataLink, or both
 * @param defect the injected fault, {@link Defect#NONE} for a correct response
 * @param overrides the CA_* parameters the request gave, to carry into generated links
 */
public record ResponseOptions(CellEncoding encoding, Form form, Placement placement,
    Defect defect, Map<String, String> overrides) {

  public ResponseOptions {
    overrides = Map.copyOf(overrides);
  }

  /** @return server-wide options with no request overrides */
  public static ResponseOptions of(CellEncoding encoding, Form form, Placement placement,
      Defect defect) {
    return new ResponseOptions(encoding, form, placement, defect, Map.of());
  }

  /**
   * @param params the request parameters
   * @return these options with the request's CA_* overrides applied
   * @throws Fault UsageFault for an unknown CA_* value
   */
  public ResponseOptions with(Params params) throws Fault {
    Map<String, String> given = new LinkedHashMap<>();
    CellEncoding e = pick(params, "CA_ENCODING", CellEncoding::fromWire, encoding, given);
    Form f = pick(params, "CA_FORM", Form::fromWire, form, given);
    Placement p = pick(params, "CA_PLACEMENT", Placement::fromWire, placement, given);
    Defect d = pick(params, "CA_DEFECT", Defect::fromWire, defect, given);
    return new ResponseOptions(e, f, p, d, given);
  }

  private static <T> T pick(Params params, String name, Function<String, Optional<T>> lookup,
      T fallback, Map<String, String> given) throws Fault {
    Optional<String> v = params.single(name);
    if (v.isEmpty()) {
      return fallback;
    }
    given.put(name, v.get().trim());
    return lookup.apply(v.get()).orElseThrow(
        () -> Fault.usage(name + " has an unknown value: " + Numbers.clip(v.get())));
  }

  /** @return true when the request itself asked for BINARY2 through CA_ENCODING */
  public boolean binary2Requested() {
    return overrides.containsKey("CA_ENCODING") && encoding == CellEncoding.BINARY2;
  }

  /** @return a defect of this kind, or NONE */
  public boolean has(Defect d) {
    return defect == d;
  }
}
