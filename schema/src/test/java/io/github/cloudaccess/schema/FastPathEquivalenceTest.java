package io.github.cloudaccess.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cloudaccess.schema.JsonModel.Escaping;
import io.github.cloudaccess.schema.JsonModel.Node;
import io.github.cloudaccess.schema.JsonModel.Spacing;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fast path ({@link CommonShapeReader}) against the reference ({@link CloudAccessParser#parseFull}):
 * wherever the fast path answers, its {@link ParseResult} must equal the full path's, value and
 * every problem (kind, pointer, position, message, hint) in order. Inputs: the value corpus,
 * systematic mutations of typical values, seeded random values and seeded text fuzz, each in
 * both profiles. Each test also requires a minimum number of fast answers, so that it cannot pass
 * by the fast path declining everything.
 */
class FastPathEquivalenceTest {

  /** Counts inputs and fast answers of one test. */
  private static final class Tally {
    int inputs;
    int fast;

    void check(String text) {
      for (Profile profile : Profile.values()) {
        inputs++;
        ParseResult quick = CommonShapeReader.read(text, profile);
        if (quick == null) {
          continue;
        }
        fast++;
        ParseResult full = CloudAccessParser.forProfile(profile).parseFull(text);
        if (!quick.equals(full)) {
          fail("Fast and full paths disagree (" + profile + ") on " + visible(text) + "\n  fast: " + describe(quick)
              + "\n  full: " + describe(full));
        }
      }
    }

    void print(String what) {
      System.out.printf("Fast path equivalence, %s: %,d parses (inputs x 2 profiles), %,d answered fast%n",
          what, inputs, fast);
    }
  }

  @Test
  void corpusValuesGiveTheSameResultThroughParse() {
    Tally tally = new Tally();
    for (ValueCorpus.ValueTest t : ValueCorpus.tests()) {
      tally.check(t.data());
      for (Profile profile : Profile.values()) {
        CloudAccessParser parser = CloudAccessParser.forProfile(profile);
        assertThat(parser.parse(t.data())).as(t.description()).isEqualTo(parser.parseFull(t.data()));
      }
    }
    tally.print("value corpus");
    assertThat(tally.fast).isGreaterThanOrEqualTo(20);
  }

  @Test
  void typicalShapesAreAnsweredFast() {
    for (ParseThroughput.Sample sample : ParseThroughput.SAMPLES) {
      for (Profile profile : Profile.values()) {
        ParseResult full = CloudAccessParser.forProfile(profile).parseFull(sample.text());
        ParseResult fast = CommonShapeReader.read(sample.text(), profile);
        // Every typical shape, even the dict form that strict rejects; not the broken legacy value.
        boolean expectFast = !sample.name().equals("broken");
        assertThat(fast).as(sample.name() + " " + profile).isEqualTo(expectFast ? full : null);
      }
    }
  }

  @Test
  void systematicMutationsAgree() {
    Tally tally = new Tally();
    RandomValues random = new RandomValues(1);
    ValueMutations.forEach(node -> {
      tally.check(JsonModel.render(node, Spacing.PYTHON, Escaping.MINIMAL));
      tally.check(JsonModel.render(node, random.random()));
    });
    tally.print("systematic mutations");
    assertThat(tally.inputs).isGreaterThan(20_000);
    assertThat(tally.fast).isGreaterThan(2_000);
  }

  @Test
  void textAroundAndBetweenTokensAgrees() {
    Tally tally = new Tally();
    List<String> extras = List.of(" ", "\t", "\n", "\r\n", "\r", "\u000b", "\f", "\u00a0", "\ufeff", "\u2028",
        "\u0000", "x", "}", "]", "{}", ",", "null", "//", "&amp;", "\"");
    for (JsonModel.Obj base : ValueMutations.BASES) {
      for (Spacing spacing : Spacing.values()) {
        String text = JsonModel.render(base, spacing, Escaping.MINIMAL);
        tally.check(text);
        for (String extra : extras) {
          tally.check(extra + text);
          tally.check(text + extra);
          // After every structural character: between tokens, and inside strings next to quotes.
          for (int i = 0; i < text.length(); i++) {
            if ("{}[]:,\"".indexOf(text.charAt(i)) >= 0) {
              tally.check(text.substring(0, i + 1) + extra + text.substring(i + 1));
            }
          }
        }
      }
    }
    tally.print("text around and between tokens");
    assertThat(tally.fast).isGreaterThan(1_000);
  }

  @Test
  void randomValuesAgree() {
    Tally tally = new Tally();
    RandomValues random = new RandomValues(2);
    for (int i = 0; i < 6_000; i++) {
      tally.check(JsonModel.render(random.plausible(), random.random()));
    }
    tally.print("random values");
    assertThat(tally.fast).isGreaterThan(1_500);
  }

  @Test
  void textFuzzAgrees() {
    Tally tally = new Tally();
    RandomValues random = new RandomValues(3);
    List<String> seeds = ValueMutations.BASES.stream()
        .map(b -> JsonModel.render(b, Spacing.PYTHON, Escaping.MINIMAL)).collect(Collectors.toList());
    for (int i = 0; i < 10_000; i++) {
      Node plausible = random.plausible();
      String text = i % 2 == 0 ? seeds.get(i / 2 % seeds.size()) : JsonModel.render(plausible, random.random());
      tally.check(random.fuzz(text));
    }
    tally.print("text fuzz");
    assertThat(tally.fast).isGreaterThan(500);
  }

  private static String describe(ParseResult r) {
    return r.value() + "\n        " + r.problems().stream()
        .map(p -> p.kind().code() + " " + p.pointer() + " " + p.line() + ":" + p.column() + " " + p.message()
            + " / " + p.hint())
        .collect(Collectors.joining("\n        "));
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.length() > 400 ? out.substring(0, 400) + "..." : out.toString();
  }
}
