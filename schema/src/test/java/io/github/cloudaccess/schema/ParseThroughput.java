package io.github.cloudaccess.schema;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the cost of one parse on one thread for typical values (run with {@code java -cp ...
 * io.github.cloudaccess.schema.ParseThroughput [seconds per value]}); not a test, because timing
 * asserts flake on shared machines. Figures are per parse: microseconds of this thread's CPU time
 * (other processes on a loaded machine distort them less than wall time would) and bytes
 * allocated by this thread; each is the median of rounds. The argument {@code full} as second
 * parameter measures the reference path (Jackson tree and networknt) instead of {@code parse}.
 */
public final class ParseThroughput {

  /** One measured value: a short name and the cell text. */
  record Sample(String name, String text) {}

  /** Typical cells: IRSA dict form, canonical list forms with 1-3 locations, a broken value. */
  static final List<Sample> SAMPLES = List.of(
      new Sample("irsa-dict", "{\"aws\": {\"bucket_name\": \"nasa-irsa-euclid-q1\", \"key\": \"q1/MER/102158277/VIS/"
          + "EUC_MER_BGSUB-MOSAIC-VIS_TILE102158277-A3C9A5_20241023T213456.794914Z_00.00.fits\","
          + " \"region\": \"us-east-1\"}}"),
      new Sample("list-1", "{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"hst/public/jbev/jbeveo010/"
          + "jbeveo010_drz.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}]}"),
      new Sample("list-2", "{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"hst/public/jbev/jbeveo010/"
          + "jbeveo010_drz.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}, {\"bucket_name\":"
          + " \"stpubdata-west\", \"key\": \"hst/public/jbev/jbeveo010/jbeveo010_drz.fits\", \"region\":"
          + " \"us-west-2\", \"access\": \"region\"}]}"),
      new Sample("list-3", "{\"aws\": [{\"bucket_name\": \"stpubdata\", \"key\": \"hst/public/jbev/jbeveo010/"
          + "jbeveo010_drz.fits\", \"region\": \"us-east-1\", \"access\": \"open\"}], \"google\":"
          + " [{\"bucket_name\": \"stpubdata-gcs\", \"object_name\": \"hst/public/jbev/jbeveo010/jbeveo010_drz.fits\","
          + " \"region\": \"us-central1\", \"access\": \"restricted\"}], \"azure\": [{\"account_name\":"
          + " \"stpubdata\", \"container_name\": \"hst-public\", \"blob_name\":"
          + " \"jbev/jbeveo010/jbeveo010_drz.fits\", \"region\": \"eastus\", \"access\": \"restricted\"}]}"),
      new Sample("broken", "{\"aws\": {\"bucket\": \"heasarc-bucket\", \"region\": \"us-east1\", \"access\":"
          + " \"public\", \"path\": \"/chandra//x.fits\"}}"));

  private ParseThroughput() {}

  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    boolean full = args.length > 1 && args[1].equals("full");
    // Warm up every path first, so the JIT has compiled them before the first measurement.
    for (Profile profile : Profile.values()) {
      for (Sample sample : SAMPLES) {
        measure(CloudAccessParser.forProfile(profile), sample.text(), 1, full);
      }
    }
    System.out.printf("%s path, load average %.2f%n", full ? "full" : "parse",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    for (Profile profile : Profile.values()) {
      for (Sample sample : SAMPLES) {
        double[] r = measure(CloudAccessParser.forProfile(profile), sample.text(), seconds, full);
        System.out.printf("%-7s %-9s %4d chars  %6.2f us/parse  %,7.0f B/parse  %s%n", profile, sample.name(),
            sample.text().length(), r[0], r[1],
            CloudAccessParser.forProfile(profile).parse(sample.text()).isValid() ? "valid" : "invalid");
      }
    }
  }

  /** @return median microseconds of CPU time and median bytes allocated per parse */
  static double[] measure(CloudAccessParser parser, String sample, double seconds, boolean full) {
    int batch = 20_000;
    long sink = 0;
    long end = System.nanoTime() + (long) (seconds * 1e9);
    List<Double> micros = new ArrayList<>();
    List<Double> bytes = new ArrayList<>();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    while (System.nanoTime() < end) {
      long a0 = threads.getThreadAllocatedBytes(self);
      long t0 = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < batch; i++) {
        sink += (full ? parser.parseFull(sample) : parser.parse(sample)).problems().size();
      }
      long t1 = threads.getCurrentThreadCpuTime();
      long a1 = threads.getThreadAllocatedBytes(self);
      micros.add((t1 - t0) / 1e3 / batch);
      bytes.add((double) (a1 - a0) / batch);
    }
    if (sink == 42) {
      System.out.print("");
    }
    micros.sort(null);
    bytes.sort(null);
    return new double[] {micros.get(micros.size() / 2), bytes.get(bytes.size() / 2)};
  }
}
