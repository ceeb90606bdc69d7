package io.github.cloudaccess.schema;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Measures parses per second on one thread for typical values (run with {@code java -cp ...
 * io.github.cloudaccess.schema.ParseThroughput [seconds]}); not a test, because timing asserts
 * flake on shared machines. Rates are per second of this thread's CPU time (so other processes on
 * a loaded machine distort them less than wall time would); the figure is the median of rounds.
 */
public final class ParseThroughput {

  /** Typical cells: IRSA dict form (about 150 characters), fornax list form, a broken value. */
  static final List<String> SAMPLES = List.of(
      "{\"aws\": {\"bucket_name\": \"nasa-irsa-euclid-q1\", \"key\":\"q1/MER/102158277/VIS/EUC_MER_MOSAIC-VIS.fits\", \"region\": \"us-east-1\"}}",
      "{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"hst/public/jbev/jbeveo010/jbeveo010_drz.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}]}",
      "{\"aws\": {\"bucket\": \"heasarc-bucket\", \"region\": \"us-east1\", \"access\": \"public\", \"path\": \"/chandra//x.fits\"}}");

  private ParseThroughput() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    // Warm up every path first, so the JIT has compiled them before the first measurement.
    for (Profile profile : Profile.values()) {
      for (String sample : SAMPLES) {
        measure(CloudAccessParser.forProfile(profile), sample, 1);
      }
    }
    for (Profile profile : Profile.values()) {
      for (String sample : SAMPLES) {
        System.out.printf("%-7s %4d chars  %,10.0f parses/s  %s%n", profile, sample.length(),
            measure(CloudAccessParser.forProfile(profile), sample, seconds), sample.substring(0, 40) + "...");
      }
    }
  }

  static double measure(CloudAccessParser parser, String sample, double seconds) {
    int batch = 20_000;
    long sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Double> rates = new java.util.ArrayList<>();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    while (System.nanoTime() < end) {
      long t0 = cpu.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += parser.parse(sample).problems().size();
      }
      rates.add(batch / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9));
    }
    if (sink == 42) {
      System.out.print("");
    }
    rates.sort(null);
    return rates.get(rates.size() / 2);
  }
}
