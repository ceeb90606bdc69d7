package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.Input;
import io.github.cloudaccess.validator.InputSummary;
import io.github.cloudaccess.validator.Protocol;
import io.github.cloudaccess.validator.report.Code;
import io.github.cloudaccess.validator.report.Finding;
import io.github.cloudaccess.validator.report.Position;
import io.github.cloudaccess.validator.report.Reporter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A fake checking pipeline for CLI tests: it reads the input (through {@link Input#open()}, like
 * the real one) as a script of findings to report, so tests do not depend on the stages.
 *
 * <p>Script lines ({@code #} starts a comment):
 *
 * <pre>
 * summary SIA2 1.4 TABLEDATA rows=10 cloud=8 cdata=2 providers=aws:8,google:2 access=open:6
 * E-XML-AMPR 12:34 row=3 ptr=/aws/0/key times=5 | message | hint
 * throw boom
 * </pre>
 *
 * A finding line reports {@code times} findings (default 1) at lines L, L+1, ...; {@code throw}
 * throws an IllegalStateException (a validator fault). Without a summary line the pipeline
 * returns an empty SIA2 summary.
 */
final class ScriptPipeline implements BiFunction<Input, Reporter, InputSummary> {

  @Override
  public InputSummary apply(Input input, Reporter reporter) {
    InputSummary summary = new InputSummary(input.name(), Protocol.UNKNOWN, null, null, 0, 0,
        Map.of(), Map.of(), 0);
    try (BufferedReader r = new BufferedReader(
        new InputStreamReader(input.open(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (t.startsWith("summary ")) {
          summary = summary(input.name(), t.substring(8).strip().split("\\s+"));
        } else if (t.startsWith("throw ")) {
          throw new IllegalStateException(t.substring(6));
        } else {
          report(input.name(), t, reporter);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summary;
  }

  private static void report(String source, String line, Reporter reporter) {
    String[] parts = line.split("\\|", -1);
    String[] head = parts[0].strip().split("\\s+");
    Code code = Code.fromToken(head[0]);
    long l = 0;
    long c = 0;
    long row = 0;
    String ptr = null;
    int times = 1;
    for (int i = 1; i < head.length; i++) {
      String h = head[i];
      if (h.startsWith("row=")) {
        row = Long.parseLong(h.substring(4));
      } else if (h.startsWith("ptr=")) {
        ptr = h.substring(4);
      } else if (h.startsWith("times=")) {
        times = Integer.parseInt(h.substring(6));
      } else {
        String[] lc = h.split(":");
        l = Long.parseLong(lc[0]);
        c = lc.length > 1 ? Long.parseLong(lc[1]) : 0;
      }
    }
    String message = parts.length > 1 ? unescape(parts[1].strip()) : "";
    String hint = parts.length > 2 ? unescape(parts[2].strip()) : null;
    for (int i = 0; i < times; i++) {
      reporter.report(new Finding(code, message,
          new Position(source, l == 0 ? 0 : l + i, c, row, ptr), hint));
    }
  }

  /** Lets a script put control characters in a message: backslash-n and backslash-uXXXX. */
  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() && s.charAt(i + 1) == 'n') {
        b.append('\n');
        i++;
      } else if (ch == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(ch);
      }
    }
    return b.toString();
  }

  private static InputSummary summary(String source, String[] t) {
    Map<String, String> kv = new LinkedHashMap<>();
    for (int i = 3; i < t.length; i++) {
      String[] p = t[i].split("=", 2);
      kv.put(p[0], p[1]);
    }
    return new InputSummary(source, Protocol.valueOf(t[0]), t[1], t[2],
        Long.parseLong(kv.getOrDefault("rows", "0")), Long.parseLong(kv.getOrDefault("cloud", "0")),
        counts(kv.get("providers")), counts(kv.get("access")),
        Long.parseLong(kv.getOrDefault("cdata", "0")));
  }

  private static Map<String, Long> counts(String list) {
    Map<String, Long> m = new LinkedHashMap<>();
    if (list != null && !list.isEmpty()) {
      for (String e : list.split(",")) {
        String[] p = e.split(":");
        m.put(p[0], Long.parseLong(p[1]));
      }
    }
    return m;
  }
}
