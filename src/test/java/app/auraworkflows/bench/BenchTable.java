package app.auraworkflows.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Role: the one table of a {@code mvn -Pbench} run. Each benchmark records its target figures here ({@link #record});
 * the last step of the run ({@code main print}) adds the JMH ratios read from {@code target/benchmark-results.txt},
 * prints the table with the machine, the database and the load average, and writes it to
 * {@code target/benchmark-table.md}. The first step ({@code main reset}) forgets the rows of an earlier run.
 */
public final class BenchTable {
    private static final String SEPARATOR = "\t";

    private BenchTable() {
    }

    /** One row: which benchmark, the target, the figure measured, and whether the target was met (null: no target). */
    static void record(String benchmark, String target, String figure, Boolean met) {
        String line = String.join(SEPARATOR, clean(benchmark), clean(target), clean(figure),
                met == null ? "" : met ? "met" : "NOT met") + "\n";
        try {
            Path rows = rows();
            Files.createDirectories(rows.getParent());
            Files.writeString(rows, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ratio figure: "a / b = r" with the target met when r is at most {@code limit}. */
    static void ratio(String benchmark, String target, String what, double a, double b, String unit, double limit) {
        double r = a / b;
        record(benchmark, target, String.format(Locale.ROOT, "%s: %.3f %s / %.3f %s = %.3f", what, a, unit, b, unit, r),
                r <= limit);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 1 && args[0].equals("reset")) {
            Files.deleteIfExists(rows());
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.addAll(jmhRows(target().resolve("benchmark-results.txt")));
        if (Files.exists(rows())) {
            for (String line : Files.readAllLines(rows(), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    rows.add(line.split(SEPARATOR, -1));
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark table\n\n");
        out.append(String.format(Locale.ROOT, "Machine: %d CPUs, %s %s, Java %s, max heap %d MB; database: embedded"
                        + " HSQLDB unless a row says PostgreSQL; load average (1 min) at the end: %.2f%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, BenchSupport.loadAverage()));
        out.append("| Benchmark | Target | Figure (one run, side by side) | Result |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        Path table = target().resolve("benchmark-table.md");
        Files.writeString(table, out.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(out);
        System.out.println("Table written to " + table + " (" + ManagementFactory.getRuntimeMXBean().getName() + ")");
    }

    private static final Pattern JMH_ROW = Pattern.compile(
            "^(\\w+)\\.(\\w+)\\s+(\\d+)\\s+avgt\\s+\\d+\\s+([\\d.]+)\\s+±\\s+([\\d.]+|NaN)\\s+(\\S+)\\s*$");

    /** The ratios of the JMH benchmarks that compare sizes: each parameter against the smallest. */
    static List<String[]> jmhRows(Path results) throws IOException {
        List<String[]> rows = new ArrayList<>();
        if (!Files.exists(results)) {
            return rows;
        }
        Map<String, Map<Integer, Double>> scores = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            Matcher m = JMH_ROW.matcher(line);
            if (m.matches()) {
                String key = m.group(1) + "." + m.group(2);
                scores.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(Integer.parseInt(m.group(3)),
                        Double.parseDouble(m.group(4)));
                units.put(key, m.group(6));
            }
        }
        scores.forEach((key, byParam) -> {
            int smallest = byParam.keySet().stream().min(Integer::compare).orElseThrow();
            double limit = key.startsWith("OpenTasksBenchmark") ? 1.5 : key.startsWith("AdminListBenchmark") ? 2.0 : 1.5;
            String target = key.startsWith("OpenTasksBenchmark") ? "10 vs 1,000 pending reviews: ratio ≤ 1.5"
                    : key.startsWith("AdminListBenchmark") ? "each size within 2× of 100 users"
                    : "flat in the data size (≤ 1.5)";
            byParam.forEach((param, score) -> {
                if (param != smallest) {
                    double r = score / byParam.get(smallest);
                    rows.add(new String[] {key + " (JMH)", target, String.format(Locale.ROOT,
                            "%,d: %.1f %s vs %,d: %.1f %s = %.2f", param, score, units.get(key), smallest,
                            byParam.get(smallest), units.get(key), r), r <= limit ? "met" : "NOT met"});
                }
            });
        });
        return rows;
    }

    private static String clean(String text) {
        return text == null ? "" : text.replace(SEPARATOR, " ").replace("\n", " ").replace("|", "/");
    }

    private static Path target() {
        return Path.of(System.getProperty("aura.target.dir", "target")).toAbsolutePath();
    }

    private static Path rows() {
        return target().resolve("bench").resolve("rows.tsv");
    }
}
