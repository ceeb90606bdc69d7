package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.schema.Profile;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.ProtocolSource;
import io.github.cloudaccess.validator.Validator;
import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.http.FetchOptions;
import io.github.cloudaccess.validator.http.Transport;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A live run tells the pipeline why it expects a protocol (what I-RUN-TARG says): the options
 * only when {@code --protocol} forced it, else VOSI capabilities, the FORMAT=METADATA answer, or
 * the run's own request for DataLink {links}.
 */
@Timeout(60)
class ProtocolSourceTest {

  @Test
  void sia2FromCapabilitiesAndDataLinkFromTheRunsRequest() throws Exception {
    try (SiaService s = SiaService.start(Variant.DATALINK_ACCESS)) {
      assertThat(sources(null, s.sia2())).containsExactlyInAnyOrder(
          ProtocolSource.CAPABILITIES, ProtocolSource.LINKS_REQUEST);
    }
  }

  @Test
  void sia1FromTheMetadataAnswerAfterADetectingQuery() throws Exception {
    try (SiaService s = SiaService.start()) {
      assertThat(sources(null, s.sia1())).containsExactlyInAnyOrder(
          null, ProtocolSource.METADATA_QUERY);
    }
  }

  @Test
  void onlyAForcedProtocolIsForcedByTheOptions() throws Exception {
    try (SiaService s = SiaService.start(Variant.DATALINK_ACCESS)) {
      assertThat(sources(Protocol.SIA2, s.sia2())).containsExactlyInAnyOrder(
          ProtocolSource.OPTIONS, ProtocolSource.LINKS_REQUEST);
    }
  }

  /** @return the protocol sources of every pipeline the run made (null: detect) */
  private static Set<ProtocolSource> sources(Protocol forced, String url) {
    List<ValidatorOptions> seen = new CopyOnWriteArrayList<>();
    FetchOptions fetch = FetchOptions.defaults();
    ValidatorOptions base = new ValidatorOptions(Profile.LENIENT, forced, false);
    try (LiveValidation live = new LiveValidation(Transport.live(fetch), fetch,
        new LiveOptions(forced, null, null, LiveOptions.DEFAULT_DATALINK_SAMPLE,
            Profile.LENIENT), options -> {
              seen.add(options);
              return new Validator(options)::validate;
            }, base, 9, (finding, cause) -> { })) {
      live.run(url, report -> { });
    }
    assertThat(seen).as("the run validated its answers").isNotEmpty();
    Set<ProtocolSource> out = new HashSet<>();
    seen.forEach(o -> out.add(o.protocolSource()));
    return out;
  }
}
