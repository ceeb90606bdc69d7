package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.ValidatorOptions;
import io.github.cloudaccess.validator.http.FetchOptions;
import io.github.cloudaccess.validator.http.Transport;
import io.github.cloudaccess.validator.live.Cone;
import io.github.cloudaccess.validator.live.LiveOptions;
import io.github.cloudaccess.validator.live.LiveValidation;
import io.github.cloudaccess.validator.live.ObjectCheck;
import io.github.cloudaccess.validator.report.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the live options of the command ({@code --pos}, {@code --size}, {@code --timeout},
 * {@code --max-bytes}, {@code --record}, {@code --replay}, {@code --datalink-sample}) into a
 * {@link LiveValidation}; every bad value is a {@link UsageException}, raised before the report
 * starts.
 */
final class LiveConfig {

  private static final Pattern BYTES =
      Pattern.compile("(?i)^\\s*(\\d{1,19})\\s*([kmgt]?)(i?b)?\\s*$");

  private LiveConfig() {}

  /**
   * @param cmd the parsed command
   * @param env the surroundings (working directory, pipeline)
   * @param options the pipeline options
   * @param objects checks the cloud objects of a query's answer, or {@code null} for none
   * @param faults told of validator faults
   * @return the live validation for the run; the caller closes it
   */
  static LiveValidation open(Main cmd, Main.Environment env, ValidatorOptions options,
      ObjectCheck objects, BiConsumer<Finding, Throwable> faults) {
    if (cmd.record != null && cmd.replay != null) {
      throw new UsageException("--record and --replay exclude each other");
    }
    if (cmd.datalinkSample < 0) {
      throw new UsageException("--datalink-sample must be 0 or more, not " + cmd.datalinkSample);
    }
    if (cmd.size != null && !(cmd.size > 0 && cmd.size <= 180)) {
      throw new UsageException("--size must be in (0, 180] degrees, not " + cmd.size);
    }
    Cone position = null;
    if (cmd.pos != null) {
      try {
        position = Cone.parse(cmd.pos, cmd.size != null ? cmd.size : Cone.DEFAULT_SIZE);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--pos: " + e.getMessage());
      }
    }
    long cap = bytes(cmd.maxBytes);
    FetchOptions fetch = fetchOptions(cmd.timeout, cap);
    LiveOptions live = new LiveOptions(options.protocol(), position, cmd.size, cmd.datalinkSample,
        options.profile(), objects);
    Transport transport;
    try {
      transport = LiveValidation.transport(fetch, resolve(env, cmd.record),
          resolve(env, cmd.replay));
    } catch (IOException | RuntimeException e) {
      throw new UsageException((cmd.replay != null ? "cannot replay --replay " + cmd.replay
          : "cannot record into --record " + cmd.record) + ": " + e.getMessage());
    }
    return new LiveValidation(transport, fetch, live, env.pipeline(), options, cmd.maxRepeat,
        faults);
  }

  /**
   * @param timeoutSeconds {@code --timeout}
   * @param maxBytes {@code --max-bytes}
   * @return the fetcher's limits: the whole request bounded by the timeout, connect and idle
   *     timeouts no longer than it
   */
  static FetchOptions fetchOptions(double timeoutSeconds, long maxBytes) {
    if (!(timeoutSeconds > 0 && timeoutSeconds <= 86_400)) {
      throw new UsageException("--timeout must be in (0, 86400] seconds, not " + timeoutSeconds);
    }
    FetchOptions d = FetchOptions.defaults();
    Duration total = Duration.ofMillis(Math.max(1, Math.round(timeoutSeconds * 1000)));
    return d.withTimeouts(min(d.connectTimeout(), total), min(d.idleTimeout(), total), total)
        .withCaps(maxBytes, maxBytes);
  }

  /**
   * @param text {@code --max-bytes}: digits with an optional K, M, G or T (binary) suffix
   * @return the number of bytes
   */
  static long bytes(String text) {
    Matcher m = BYTES.matcher(text);
    if (!m.matches()) {
      throw new UsageException("--max-bytes must be a size such as 1G, 500M or 1048576, not '"
          + text + "'");
    }
    int shift = switch (m.group(2).toUpperCase(Locale.ROOT)) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      case "T" -> 40;
      default -> 0;
    };
    try {
      long n = Long.parseLong(m.group(1));
      if (n <= 0 || n > (Long.MAX_VALUE >> shift)) {
        throw new NumberFormatException();
      }
      return n << shift;
    } catch (NumberFormatException e) {
      throw new UsageException("--max-bytes out of range: " + text);
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private static Path resolve(Main.Environment env, Path p) {
    return p == null ? null : env.workingDir().resolve(p);
  }
}
