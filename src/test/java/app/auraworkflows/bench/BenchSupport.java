package app.auraworkflows.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Role: what the REST benchmarks share: latency statistics of nanosecond samples, the machine's load
 * average for the report, the system properties the bench profile passes, and JSON reading.
 */
final class BenchSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchSupport() {
    }

    /** Median, p90 (nearest rank), mean, min and max of nanosecond samples, in milliseconds. */
    record Stats(int samples, double median, double p90, double mean, double min, double max) {
        static Stats of(long[] nanos) {
            long[] s = nanos.clone();
            Arrays.sort(s);
            int n = s.length;
            double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
            double p90 = s[(int) Math.ceil(0.9 * n) - 1];
            double mean = Arrays.stream(s).average().orElse(Double.NaN);
            return new Stats(n, median / 1e6, p90 / 1e6, mean / 1e6, s[0] / 1e6, s[n - 1] / 1e6);
        }

        /** One table row: the label padded to {@code labelWidth}, then the figures. */
        String row(String kind, int labelWidth) {
            return String.format(Locale.ROOT, "%-" + labelWidth + "s %8d %11.3f %9.3f %10.3f %9.3f %9.3f%n", kind, samples,
                    median, p90, mean, min, max);
        }
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static JsonNode readJson(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String require(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is required (mvn -Pbench verify sets it)");
        }
        return value;
    }
}
