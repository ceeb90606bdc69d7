package io.github.cloudaccess.validator.reach;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.http.FailureKind;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whose fault an access_url is that does not resolve or never connects, by what the run shows. */
class NetworkEvidenceTest {

  @Test
  void onlyAServiceAddressedByAPublicDnsNameVouchesForTheValidatorsNetwork() {
    Map<String, NetworkEvidence> hosts = Map.ofEntries(
        Map.entry("archive.example.org", NetworkEvidence.NAME_RESOLVED),
        Map.entry("Data.Example.ORG.", NetworkEvidence.NAME_RESOLVED),
        Map.entry("127.0.0.1", NetworkEvidence.NONE),
        Map.entry("10.1.2.3", NetworkEvidence.NONE),
        Map.entry("2130706433", NetworkEvidence.NONE),
        Map.entry("0x7f.0.0.1", NetworkEvidence.NONE),
        Map.entry("[::1]", NetworkEvidence.NONE),
        Map.entry("::1", NetworkEvidence.NONE),
        Map.entry("localhost", NetworkEvidence.NONE),
        Map.entry("LOCALHOST.", NetworkEvidence.NONE),
        Map.entry("sia.localhost", NetworkEvidence.NONE),
        Map.entry("sia", NetworkEvidence.NONE),
        Map.entry("", NetworkEvidence.NONE));
    hosts.forEach((host, expected) ->
        assertThat(NetworkEvidence.ofServiceHost(host)).as(host).isEqualTo(expected));
    assertThat(NetworkEvidence.ofServiceHost(null)).isEqualTo(NetworkEvidence.NONE);
  }

  @Test
  void dnsAndConnectTimeoutsAreTheArchivesOnlyWithEvidence() {
    EnumSet<FailureKind> ours = EnumSet.of(FailureKind.DNS, FailureKind.CONNECT_TIMEOUT);
    for (FailureKind kind : FailureKind.values()) {
      PremState.Kind without = PremProbe.judge(kind, NetworkEvidence.NONE);
      PremState.Kind with = PremProbe.judge(kind, NetworkEvidence.NAME_RESOLVED);
      if (kind.validatorSide()) {
        assertThat(without).as(kind.name()).isEqualTo(PremState.Kind.NOT_TESTED);
        assertThat(with).as(kind.name()).isEqualTo(PremState.Kind.NOT_TESTED);
      } else if (ours.contains(kind)) {
        assertThat(without).as(kind.name()).isEqualTo(PremState.Kind.NOT_TESTED);
        assertThat(with).as(kind.name()).isEqualTo(PremState.Kind.UNREACHABLE);
      } else {
        assertThat(without).as(kind.name()).isEqualTo(PremState.Kind.UNREACHABLE);
        assertThat(with).as(kind.name()).isEqualTo(PremState.Kind.UNREACHABLE);
      }
    }
  }
}
