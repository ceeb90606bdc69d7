package io.github.cloudaccess.validator.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cloudaccess.validator.cli.ExitStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Timeout;

/**
 * Each protocol probe against an in-test service that breaks the one rule it checks: the
 * expected code appears in the report of the right request, with the documented exit status.
 */
@Timeout(60)
class LiveProbesTest {

  /**
   * One broken service.
   *
   * @param variants how the service is broken
   * @param url the URL to give, from the running service
   * @param args options before the URL
   * @param at part of the request URL whose report holds the codes
   * @param codes codes expected there
   * @param status the exit status
   */
  record Case(List<Variant> variants, Function<SiaService, String> url, List<String> args,
      String at, List<String> codes, int status) {

    Case(Variant variant, Function<SiaService, String> url, List<String> args, String at,
        List<String> codes, int status) {
      this(List.of(variant), url, args, at, codes, status);
    }

    @Override
    public String toString() {
      return variants + " " + codes;
    }
  }

  private static final Function<SiaService, String> SIA1 = SiaService::sia1;
  private static final Function<SiaService, String> SIA2 = SiaService::sia2;
  private static final Function<SiaService, String> SIA2_QUERY = s -> s.sia2() + "/query";

  static Stream<Case> cases() {
    return Stream.of(
        new Case(Variant.METADATA_ROWS, SIA1, List.of(), "FORMAT=METADATA",
            List.of("W-SI1-MROW"), ExitStatus.OK),
        new Case(Variant.METADATA_WITHOUT_SIZE, SIA1, List.of(), "FORMAT=METADATA",
            List.of("E-SI1-MINP"), ExitStatus.FINDINGS),
        new Case(Variant.METADATA_ERROR, SIA1, List.of("--protocol", "sia1"), "FORMAT=METADATA",
            List.of("E-SI1-MERR"), ExitStatus.FINDINGS),
        new Case(Variant.METADATA_ERROR, SIA1, List.of(), "FORMAT=METADATA",
            List.of("E-DAL-LGER", "F-RUN-PREQ"), ExitStatus.FINDINGS),
        new Case(Variant.BAD_POS_ACCEPTED, SIA1, List.of(), "POS=invalid",
            List.of("E-DAL-DUFF"), ExitStatus.FINDINGS),
        new Case(Variant.ERROR_AS_TEXT, SIA1, List.of(), "POS=invalid",
            List.of("E-DAL-ERVT"), ExitStatus.FINDINGS),
        new Case(Variant.IGNORE_POS, SIA1, List.of(), "POS=242.68",
            List.of("W-SI1-GEOM"), ExitStatus.OK),
        new Case(Variant.WRONG_CONTENT_TYPE, SIA1, List.of(), "POS=242.68",
            List.of("E-HTP-CTYP"), ExitStatus.FINDINGS),
        new Case(Variant.BAD_POS_ACCEPTED, SIA2, List.of(), "POS=CIRCLE%2010%2095",
            List.of("E-SI2-POSX"), ExitStatus.FINDINGS),
        new Case(Variant.ERROR_AS_TEXT, SIA2, List.of(), "POS=CIRCLE%2010%2095",
            List.of("E-DAL-ERVT"), ExitStatus.FINDINGS),
        new Case(Variant.ERROR_WITH_200, SIA2, List.of(), "POS=CIRCLE%2010%2095",
            List.of("W-DAL-ERHC"), ExitStatus.OK),
        new Case(Variant.ERROR_WITH_500, SIA2, List.of(), "POS=CIRCLE%2010%2095",
            List.of("W-DAL-ERST"), ExitStatus.OK),
        new Case(Variant.ERROR_WITHOUT_FAULT, SIA2, List.of(), "POS=CIRCLE%2010%2095",
            List.of("E-DAL-FALT"), ExitStatus.FINDINGS),
        new Case(Variant.IGNORE_POS, SIA2, List.of(), "POS=CIRCLE%2010.629091",
            List.of("E-SI2-PIGN"), ExitStatus.FINDINGS),
        new Case(Variant.NO_CAPABILITIES, SIA2_QUERY, List.of(), "/sia2/capabilities",
            List.of("E-SI2-CAPX"), ExitStatus.FINDINGS),
        new Case(Variant.CAPABILITIES_WITHOUT_SIA2, SIA2_QUERY, List.of(), "/sia2/capabilities",
            List.of("E-SI2-CSID"), ExitStatus.FINDINGS),
        new Case(Variant.NO_AVAILABILITY, SIA2, List.of(), "/sia2/availability",
            List.of("E-SI2-AVAX"), ExitStatus.FINDINGS),
        new Case(Variant.NO_OVERFLOW, SIA2, List.of(), "%200.1&MAXREC=1",
            List.of("E-DAL-OVNO"), ExitStatus.FINDINGS),
        new Case(Variant.NO_OVERFLOW, SIA2, List.of(), "query?MAXREC=0",
            List.of("E-DAL-MX0X"), ExitStatus.FINDINGS),
        new Case(Variant.IGNORE_MAXREC, SIA2, List.of(), "%200.1&MAXREC=1",
            List.of("E-DAL-NREC"), ExitStatus.FINDINGS),
        new Case(Variant.REJECT_MAXREC, SIA2, List.of(), "query?MAXREC=0",
            List.of("E-SI2-PUNS"), ExitStatus.FINDINGS),
        new Case(Variant.OVERFLOW_WITHOUT_ROWS, SIA2, List.of(), "%200.1&MAXREC=1",
            List.of("W-DAL-OVRC"), ExitStatus.OK),
        new Case(Variant.TEXT_XML, SIA2, List.of(), "RESPONSEFORMAT=",
            List.of("E-DAL-RFCT"), ExitStatus.FINDINGS),
        new Case(List.of(Variant.DATALINK_ACCESS, Variant.LINKS_OTHER_CLOUD), SIA2, List.of(),
            "/sia2/links", List.of("W-DLK-CLDX"), ExitStatus.OK),
        new Case(List.of(Variant.DATALINK_DESCRIPTOR, Variant.LINKS_OTHER_CLOUD), SIA2, List.of(),
            "/sia2/links", List.of("W-DLK-CLDX"), ExitStatus.OK),
        new Case(List.of(Variant.DATALINK_ACCESS, Variant.LINKS_AS_HTML), SIA2, List.of(),
            "/sia2/links", List.of("E-DLK-CTYP"), ExitStatus.FINDINGS),
        new Case(List.of(Variant.DATALINK_ACCESS, Variant.LINKS_WITHOUT_CONTENT), SIA2, List.of(),
            "/sia2/links", List.of("W-DLK-CTCN"), ExitStatus.OK));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachBrokenRuleIsReportedOnItsRequest(Case c) throws Exception {
    try (SiaService s = SiaService.start(c.variants().toArray(Variant[]::new))) {
      List<String> args = new ArrayList<>(c.args());
      args.add(c.url().apply(s));
      LiveCli r = LiveCli.run(args.toArray(String[]::new));
      assertThat(r.codesAt(c.at())).as(r.toString()).containsAll(c.codes());
      assertThat(r.status()).as(r.toString()).isEqualTo(c.status());
      assertThat(r.err()).isEmpty();
    }
  }
}
