package io.github.cloudaccess.validator.cli;

import io.github.cloudaccess.validator.objects.ObjectStage;
import io.github.cloudaccess.validator.objects.ProgressDisplay;
import io.github.cloudaccess.validator.objects.TerminalProgress;
import io.github.cloudaccess.validator.reach.Endpoints;
import io.github.cloudaccess.validator.reach.ReachOptions;
import io.github.cloudaccess.validator.reach.S3Keys;
import java.nio.file.Path;

/**
 * Turns the object options of the command ({@code --reachability}, the endpoint overrides,
 * {@code --in-region}, {@code --sample}, {@code --max-objects}, {@code --concurrency},
 * {@code --listing}) into an {@link ObjectStage}; every bad value is a {@link UsageException},
 * raised before the report starts.
 */
final class ObjectConfig {

  /**
   * Requests in flight per host at most: archives' on-prem servers are small. {@link Main#main}
   * sizes the process's keep-alive cache to it ({@link KeepAlive}).
   */
  static final int PER_HOST = 8;

  private ObjectConfig() {}

  /**
   * @param cmd the parsed command
   * @param live whether the run validates a service URL
   * @return true when objects are checked: asked for, or a live run not replayed and not
   *     switched off
   */
  static boolean wanted(Main cmd, boolean live) {
    if (cmd.reachability != null) {
      return cmd.reachability;
    }
    // A replay answers from a recording, which holds no S3 exchange: no network unless asked.
    return live && cmd.replay == null;
  }

  /** @return the --compare value as a count ({@code all}: no limit) */
  static int compareLimit(String text) {
    String t = text.trim();
    if (t.equalsIgnoreCase("all")) {
      return Integer.MAX_VALUE;
    }
    try {
      int n = Integer.parseInt(t);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new UsageException("--compare must be a count of 0 or more, or all, not " + text);
  }

  /**
   * @param cmd the parsed command
   * @param env the surroundings (environment variables for the keys, terminal)
   * @return the stage; the caller closes it
   */
  static ObjectStage open(Main cmd, Main.Environment env) {
    if (cmd.sample < 0) {
      throw new UsageException("--sample must be 0 or more, not " + cmd.sample);
    }
    if (cmd.maxObjects < 1) {
      throw new UsageException("--max-objects must be 1 or more, not " + cmd.maxObjects);
    }
    if (cmd.concurrency < 1 || cmd.concurrency > 256) {
      throw new UsageException("--concurrency must be in [1, 256], not " + cmd.concurrency);
    }
    Endpoints endpoints = Endpoints.publicCloud();
    try {
      if (cmd.s3Endpoint != null) {
        endpoints = endpoints.withS3(cmd.s3Endpoint, true);
      }
      if (cmd.gcsEndpoint != null) {
        endpoints = endpoints.withGcs(cmd.gcsEndpoint);
      }
      if (cmd.azureEndpoint != null) {
        endpoints = endpoints.withAzure(cmd.azureEndpoint);
      }
    } catch (IllegalArgumentException e) {
      throw new UsageException("endpoint override: " + e.getMessage());
    }
    Path home = Path.of(System.getProperty("user.home", "."));
    ReachOptions options = ReachOptions.defaults()
        .withEndpoints(endpoints)
        .withInRegion(cmd.inRegion)
        .withCredentials(S3Keys.fromEnvironment(env.env(), home))
        .withSample(cmd.sample, cmd.sampleSeed)
        .withMaxObjects(cmd.maxObjects)
        .withConcurrency(cmd.concurrency, Math.min(cmd.concurrency, PER_HOST))
        .withListing(cmd.listing)
        .withCompareLimit(compareLimit(cmd.compare));
    ProgressDisplay progress = env.terminal() && !"true".equalsIgnoreCase(env.env().get("CI"))
        ? TerminalProgress.onConsole() : ProgressDisplay.NONE;
    return new ObjectStage(options, cmd.profile, progress);
  }
}
