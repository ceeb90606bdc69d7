package io.github.cloudaccess.server.demo;

import io.github.cloudaccess.server.RunningServer;
import io.github.cloudaccess.validator.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One in-process run of the cloud_access validator, live against a running reference server,
 * with the object checks sent to the server's embedded S3 store.
 *
 * <p>The environment map holds only the store's generated keys, so a run never reads the user's
 * AWS profile, ~/.aws or the real AWS: the validator takes keys from {@code AWS_ACCESS_KEY_ID} /
 * {@code AWS_SECRET_ACCESS_KEY} before any file, and {@code --s3-endpoint} sends every S3
 * request to the loopback store (path-style).
 *
 * @param args the validator's arguments, service URL last
 * @param env the validator's environment variables (the store's keys, nothing else)
 */
public record ValidatorRun(List<String> args, Map<String, String> env) {

  /** Copies the components. */
  public ValidatorRun {
    args = List.copyOf(args);
    env = Map.copyOf(env);
  }

  /**
   * @param server the server whose store answers the object checks
   * @param service the service URL to validate (SIA 1.0, SIA 2.0 or DataLink, with any extra
   *     parameters, which the validator keeps in every request it derives)
   * @param options further validator options, put before the URL
   * @return the run, not started
   */
  public static ValidatorRun against(RunningServer server, URI service, List<String> options) {
    List<String> a = new ArrayList<>();
    a.add("--s3-endpoint");
    a.add(server.s3Endpoint().toString());
    a.addAll(options);
    a.add(service.toString());
    return new ValidatorRun(a, Map.of(
        "AWS_ACCESS_KEY_ID", server.s3Credentials().accessKeyId(),
        "AWS_SECRET_ACCESS_KEY", server.s3Credentials().secretAccessKey()));
  }

  /**
   * Runs the validator command once, in this JVM.
   *
   * @param out receives the report
   * @param err receives usage errors and validator faults
   * @return the validator's exit status: 0 no error, 1 errors, 2 usage, 3 could not test
   */
  public int run(PrintWriter out, PrintWriter err) {
    return new Main(out, err, InputStream.nullInputStream(), env)
        .run(args.toArray(String[]::new));
  }
}
