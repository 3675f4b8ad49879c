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
        record(benchmark, target, figure, met, "");
    }

    /**
     * One row with the reason a target is out of reach by design, printed only when the run does not meet it: the table
     * then says what the figure is and why, instead of a bare "NOT met".
     */
    static void record(String benchmark, String target, String figure, Boolean met, String whyNotMet) {
        String line = String.join(SEPARATOR, clean(benchmark), clean(target), clean(figure),
                met == null ? "" : met ? "met" : "NOT met", Boolean.FALSE.equals(met) ? clean(whyNotMet) : "") + "\n";
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
        ratio(benchmark, target, what, a, b, unit, limit, "");
    }

    /** {@link #ratio(String, String, String, double, double, String, double)} with the reason when it is not met. */
    static void ratio(String benchmark, String target, String what, double a, double b, String unit, double limit,
                      String whyNotMet) {
        double r = a / b;
        record(benchmark, target, String.format(Locale.ROOT, "%s: %.3f %s / %.3f %s = %.3f", what, a, unit, b, unit, r),
                r <= limit, whyNotMet);
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
        out.append("| Benchmark | Target | Figure (one run, side by side) | Result | Why not met |\n|---|---|---|---|---|\n");
        for (String[] row : rows) {
            String[] cells = java.util.Arrays.copyOf(row, 5);
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cells[i] == null ? "" : cells[i];
            }
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        Path table = target().resolve("benchmark-table.md");
        Files.writeString(table, out.toString(), StandardCharsets.UTF_8);
        System.out.println();
        System.out.print(out);
        System.out.println("Table written to " + table + " (" + ManagementFactory.getRuntimeMXBean().getName() + ")");
    }

    /** The ratios of the JMH benchmarks that compare sizes: each size against the smallest, per other parameter. */
    static List<String[]> jmhRows(Path results) throws IOException {
        List<String[]> rows = new ArrayList<>();
        if (!Files.exists(results)) {
            return rows;
        }
        // "Name  [param ...]  avgt  cnt  score  ±  error  unit": the parameters are the columns before the mode;
        // the numeric one is the size compared, the others (e.g. the database) name the series.
        Map<String, Map<Long, Double>> scores = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
            String[] f = line.trim().split("\\s+");
            int mode = java.util.Arrays.asList(f).indexOf("avgt");
            if (mode < 1 || f.length < mode + 6 || !f[0].contains(".")) {
                continue;
            }
            Long size = null;
            StringBuilder series = new StringBuilder(f[0]);
            for (int i = 1; i < mode; i++) {
                if (f[i].matches("\\d+")) {
                    size = Long.parseLong(f[i]);
                } else if (!f[i].equals("N/A")) {
                    series.append(" ").append(f[i]);
                }
            }
            if (size == null) {
                continue; // nothing to compare (e.g. the code check's cost)
            }
            scores.computeIfAbsent(series.toString(), k -> new LinkedHashMap<>())
                    .put(size, Double.parseDouble(f[mode + 2]));
            units.put(series.toString(), f[mode + 5]);
        }
        scores.forEach((key, bySize) -> {
            long smallest = bySize.keySet().stream().min(Long::compare).orElseThrow();
            boolean tasks = key.startsWith("OpenTasksBenchmark");
            boolean list = key.startsWith("AdminListBenchmark");
            double limit = list ? 2.0 : 1.5;
            String target = tasks ? "10 vs 1,000 pending reviews: ratio ≤ 1.5"
                    : list ? "each size within 2× of 100 users" : "flat in the data size (≤ 1.5)";
            bySize.forEach((size, score) -> {
                if (size != smallest) {
                    double r = score / bySize.get(smallest);
                    rows.add(new String[] {key + " (JMH)", target, String.format(Locale.ROOT,
                            "%,d: %.1f %s vs %,d: %.1f %s = %.2f", size, score, units.get(key), smallest,
                            bySize.get(smallest), units.get(key), r), r <= limit ? "met" : "NOT met",
                            r <= limit ? "" : tasks ? tasksOnThePage(size, score, smallest, bySize.get(smallest))
                                    : whyNotMet(key)});
                }
            });
        });
        return rows;
    }

    /**
     * The first page of tasks holds as many tasks as are pending, up to a page: with 10 pending it holds 10, with 1,000
     * a full page. What is left of the ratio once each page is divided by its tasks is the cost of the data size.
     */
    private static String tasksOnThePage(long size, double score, long smallest, double smallestScore) {
        int page = app.auraworkflows.approval.PageWorkflowService.TASK_PAGE;
        long many = Math.min(size, page);
        long few = Math.min(smallest, page);
        double perTask = (score / many) / (smallestScore / few);
        return String.format(Locale.ROOT, "The first page holds %d tasks with %,d pending and %d with %,d: the page with"
                + " more tasks does more (each task is read, checked and named). Per task on the page: %.1f vs %.1f us,"
                + " ratio %.2f (%s).", many, size, few, smallest, score / many, smallestScore / few, perTask,
                perTask <= 1.5 ? "within 1.5: the data size adds nothing beyond the page's own tasks"
                        : "above 1.5: the data size itself still costs");
    }

    /** Why a JMH series is out of reach by design (only the admin list on HSQLDB is, and only its seek and search). */
    private static String whyNotMet(String series) {
        if (series.startsWith("AdminListBenchmark") && series.contains("hsqldb")) {
            return HSQLDB_ADMIN_LIST;
        }
        return "";
    }

    static final String HSQLDB_ADMIN_LIST = "HSQLDB 2.7, the dev host's embedded engine, reads the whole status range for a"
            + " seek past a position and for a prefix search over three columns, whatever the index; the same queries on"
            + " PostgreSQL are within the target. Confluence calls its embedded database unsuitable for production and"
            + " offers none for Data Center, so a site at this size runs on one of the external databases.";

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
