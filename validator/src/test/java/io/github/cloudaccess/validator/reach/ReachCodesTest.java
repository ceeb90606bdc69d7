package io.github.cloudaccess.validator.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.report.Code;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The reachability tests name outcomes ({@code ReachCodes.THROTTLED}), the same constants the
 * checks emit, so they cannot see an outcome mapped to the wrong code: this table pins each
 * outcome to the literal token it must produce.
 */
class ReachCodesTest {

  /** Outcome constant of {@link ReachCodes} to the token it must give. */
  private static final Map<String, String> EXPECTED = Map.ofEntries(
      Map.entry("MISSING_KEY", "E-OBJ-NOEX"),
      Map.entry("MISSING_BUCKET", "E-OBJ-NOBK"),
      Map.entry("OPEN_DENIED", "E-OBJ-OPEN"),
      Map.entry("REGION_OUTSIDE", "I-OBJ-REGN"),
      Map.entry("REGION_INSIDE", "E-OBJ-RGDN"),
      Map.entry("RESTRICTED_SKIPPED", "I-OBJ-RSTR"),
      Map.entry("RESTRICTED_DENIED", "I-OBJ-RDNY"),
      Map.entry("UNDECLARED_DENIED", "I-OBJ-NACC"),
      Map.entry("NONE_REACHABLE", "W-OBJ-NONE"),
      Map.entry("WRONG_REGION", "E-OBJ-REGM"),
      Map.entry("REQUESTER_PAYS", "W-OBJ-RQPY"),
      Map.entry("NETWORK", "F-OBJ-NETX"),
      Map.entry("THROTTLED", "F-OBJ-SLOW"),
      Map.entry("REJECTED", "F-OBJ-RJCT"),
      Map.entry("ACCESS_URL", "E-OBJ-AURL"),
      Map.entry("ACCESS_URL_HTML", "W-OBJ-AUHT"),
      Map.entry("SIZE", "E-OBJ-SIZE"),
      Map.entry("BYTES", "E-OBJ-BYTE"),
      Map.entry("HASH", "W-OBJ-HASH"),
      Map.entry("CONTENT_TYPE", "W-OBJ-CTYP"),
      Map.entry("NAME", "W-OBJ-NAME"),
      Map.entry("SUMMARY", "S-OBJ-SUMM"),
      Map.entry("INTERNAL", "F-RUN-UNEX"));

  @Test
  void everyOutcomeGivesItsToken() throws IllegalAccessException {
    Map<String, String> actual = new TreeMap<>();
    for (Field f : ReachCodes.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Code.class) {
        actual.put(f.getName(), ((Code) f.get(null)).token());
      }
    }
    assertThat(actual).isEqualTo(new TreeMap<>(EXPECTED));
  }
}
