package io.github.cloudaccess.validator.live;

import java.util.List;
import java.util.Locale;

/**
 * A service descriptor ({@code RESOURCE type="meta" utype="adhoc:service"}, DataLink 4) read
 * from a response, as far as the probes use it to build {links} requests.
 *
 * @param id the RESOURCE's ID, or {@code null}
 * @param standardId the standardID PARAM's value, or {@code null}
 * @param accessUrl the accessURL PARAM's value, or {@code null}
 * @param inputs the PARAMs of its {@code GROUP name="inputParams"}, in order
 */
public record ServiceDescriptor(String id, String standardId, String accessUrl,
    List<InputParam> inputs) {

  /** Freezes the list. */
  public ServiceDescriptor {
    inputs = List.copyOf(inputs);
  }

  /**
   * One input parameter of a descriptor (DataLink 4.3).
   *
   * @param name the parameter name
   * @param value the fixed value, or {@code null}/empty for a user-supplied one
   * @param ref the ID of the FIELD that supplies the value per row, or {@code null}
   */
  public record InputParam(String name, String value, String ref) {}

  /** @return true when it describes a DataLink {links} service (any version) */
  public boolean isDataLink() {
    return standardId != null
        && standardId.trim().toLowerCase(Locale.ROOT).startsWith("ivo://ivoa.net/std/datalink#links");
  }
}
