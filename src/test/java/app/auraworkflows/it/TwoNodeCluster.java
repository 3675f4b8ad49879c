package app.auraworkflows.it;

import static app.auraworkflows.it.WorkflowFixtures.REST;
import static app.auraworkflows.it.WorkflowFixtures.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.DevHost;
import app.auraworkflows.devhost.DevHostConfig;
import app.auraworkflows.devhost.demo.DemoData;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.FreshPostgresDatabase;
import app.auraworkflows.devhost.junit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture for the cluster ITs: two dev-host nodes ("a" and "b") running the built plugin JAR on one
 * fresh PostgreSQL database and one shared home, plus what those tests do on them (users, a one-approval
 * workflow on a page in review, requests sent at the same moment, the page history).
 *
 * <p>Uses the PostgreSQL named by {@code aura.test.postgres.url} (system property) or
 * {@code AURA_TEST_POSTGRES_URL} (environment), by default {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres},
 * and creates a database of its own, dropped by {@link #close}. Without PostgreSQL the calling test class is
 * skipped with a loud message, except on CI ({@code CI=true}), where it fails.
 */
final class TwoNodeCluster implements AutoCloseable {

    private final FreshPostgresDatabase database;
    private DevHost nodeA;
    private DevHost nodeB;

    private TwoNodeCluster(FreshPostgresDatabase database) {
        this.database = database;
    }

    /**
     * Creates the database {@code <prefix><nanos>} and starts both nodes on it; call from {@code @BeforeAll}.
     * {@code what} names the test in the skip message.
     */
    static TwoNodeCluster start(String prefix, String what) {
        TwoNodeCluster cluster = new TwoNodeCluster(FreshPostgresDatabase.create(prefix, what));
        try {
            String url = cluster.database.jdbcUrl();
            Path root = DevHostExtension.targetDir().resolve("devhost-it").resolve(prefix + "cluster-" + System.nanoTime());
            DemoData demo = DemoData.read(Path.of("amps-config/demo-data.json").toAbsolutePath());
            DevHostConfig.Builder node = DevHostConfig.builder().port(0).jdbc(url, null, null).demoData(demo)
                    .sharedHome(root.resolve("shared-home")).pluginJar(DevHostExtension.builtPluginJar());
            cluster.nodeA = DevHost.start(node.dataDir(root.resolve("a")).nodeId("a").build());
            cluster.nodeB = DevHost.start(node.dataDir(root.resolve("b")).nodeId("b").build());
            return cluster;
        } catch (RuntimeException | Error e) {
            try {
                cluster.close();
            } catch (Exception suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /** Stops both nodes and drops the database, even if one step fails; call from {@code @AfterAll}. */
    @Override
    public void close() throws SQLException {
        try {
            if (nodeB != null) {
                nodeB.close();
            }
        } finally {
            try {
                if (nodeA != null) {
                    nodeA.close();
                }
            } finally {
                database.close();
            }
        }
    }

    DevHost nodeA() {
        return nodeA;
    }

    DevHost nodeB() {
        return nodeB;
    }

    List<DevHost> nodes() {
        return List.of(nodeA, nodeB);
    }

    /** Request i goes to node A if i is even, to node B if odd, so every concurrent batch spans both nodes. */
    DevHost node(int i) {
        return i % 2 == 0 ? nodeA : nodeB;
    }

    static String nodeName(int i) {
        return i % 2 == 0 ? "A" : "B";
    }

    /** A Basic-auth client for {@code username} (password = username) on {@code node}. */
    static DevHostClient as(DevHost node, String username) {
        return DevHostClient.basic(node.baseUrl(), username, username);
    }

    /**
     * {@code count} new users {@code <prefix><run>_<i>} (password = username), members of confluence-users so
     * they see DEMO. Created once through node A's user store; both nodes read it from the shared database.
     */
    List<String> newUsers(String prefix, int count) {
        List<String> names = new ArrayList<>();
        String run = prefix + System.nanoTime() % 1_000_000 + "_";
        for (int i = 0; i < count; i++) {
            String name = run + i;
            nodeA.users().addMember(UserStore.USERS,
                    nodeA.users().create(name, "Reviewer " + name, name + "@example.com", name));
            names.add(name);
        }
        return names;
    }

    /**
     * A new workflow, saved by the admin through node A, whose initial state is the approval state In Review
     * (approve → Published, reject → Draft) naming {@code reviewers}; its id.
     */
    long workflow(String title, List<String> reviewers, int minApprovals, int minRejections,
                  boolean requireTwoFactor) {
        Map<String, Object> definition = Map.of(
                "name", title + " " + System.nanoTime(),
                "description", "Concurrent reviews on two nodes.",
                "initialState", "in-review",
                "states", List.of(
                        Map.of("key", "draft", "name", "Draft", "colour", "#6B778C"),
                        Map.of("key", "in-review", "name", "In Review", "colour", "#0052CC"),
                        Map.of("key", "published", "name", "Published", "colour", "#00875A")),
                "transitions", List.of(
                        Map.of("key", "review", "type", "APPROVAL", "from", "in-review", "approveTo", "published",
                                "rejectTo", "draft", "reviewers", Map.of("users", reviewers, "groups", List.of()),
                                "minApprovals", minApprovals, "minRejections", minRejections, "requireAll", false,
                                "requireTwoFactor", requireTwoFactor)));
        HttpResult workflow = as(nodeA, "admin").postJson(REST + "/workflows", definition);
        assertEquals(201, workflow.status(), workflow.toString());
        return workflow.json().get("id").asLong();
    }

    /**
     * The workflow applied by the admin through node A to a new DEMO page, so round 1 is open; checked through
     * node B as {@code reviewer}, who must be able to review. The page id.
     */
    long pageInReview(long workflowId, String title, String reviewer) {
        String pageTitle = title + " " + System.nanoTime();
        DevHostClient admin = as(nodeA, "admin");
        HttpResult created = admin.postJson("/rest/api/content", Map.of("type", "page", "title", pageTitle,
                "space", Map.of("key", "DEMO"),
                "body", Map.of("storage", Map.of("value", "<p>" + pageTitle + "</p>", "representation", "storage"))));
        assertEquals(200, created.status(), created.toString());
        long pageId = Long.parseLong(created.json().get("id").asText());

        HttpResult applied = admin.postJson(page(pageId) + "/workflow", Map.of("workflowId", workflowId));
        assertEquals(201, applied.status(), applied.toString());
        JsonNode status = as(nodeB, reviewer).get(page(pageId) + "/workflow").json();
        assertEquals("in-review", status.get("state").get("key").asText(), status.toString());
        assertEquals(1, status.get("approval").get("round").asInt(), status.toString());
        assertTrue(status.get("canReview").asBoolean(), "a named reviewer can review: " + status);
        return pageId;
    }

    /**
     * Runs every call at the same moment (all threads wait on one latch), in order of the list. The timeouts
     * only stop a hung run; nothing is asserted about how long the calls take.
     */
    static List<HttpResult> atOnce(List<Callable<HttpResult>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch ready = new CountDownLatch(calls.size());
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResult>> futures = new ArrayList<>();
            for (Callable<HttpResult> call : calls) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    start.await();
                    return call.call();
                }));
            }
            assertTrue(ready.await(30, TimeUnit.SECONDS), "callers ready");
            start.countDown();
            List<HttpResult> results = new ArrayList<>();
            for (Future<HttpResult> f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs the calls on {@code threads} threads, to make setup work faster (not a race: no common start); the
     * results in order of the list. A failed assertion inside a call is rethrown as it is.
     */
    static <T> List<T> inParallel(int threads, List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, calls.size())));
        try {
            List<Future<T>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(pool.submit(call)));
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                try {
                    results.add(f.get(120, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The page is in {@code stateKey} as both nodes see it. */
    void assertStateOnBothNodes(long pageId, String stateKey) {
        for (DevHost node : nodes()) {
            JsonNode status = as(node, "admin").get(page(pageId) + "/workflow").json();
            assertEquals(stateKey, status.get("state").get("key").asText(), node.config().nodeId() + ": " + status);
        }
    }

    /** The page's whole history as read through {@code node} (all pages of it), newest first. */
    static List<JsonNode> history(DevHost node, long pageId) {
        List<JsonNode> all = new ArrayList<>();
        DevHostClient admin = as(node, "admin");
        while (true) {
            HttpResult r = admin.get(page(pageId) + "/history?start=" + all.size() + "&limit=100");
            assertEquals(200, r.status(), r.toString());
            r.json().get("entries").forEach(all::add);
            if (!r.json().get("hasMore").asBoolean()) {
                return all;
            }
        }
    }

    /** Entry counts by type over the page's whole history, as read through {@code node}. */
    static Map<String, Integer> historyCounts(DevHost node, long pageId) {
        Map<String, Integer> counts = new TreeMap<>(Map.of("VOTE", 0, "TRANSITION", 0));
        history(node, pageId).forEach(e -> counts.merge(e.get("type").asText(), 1, Integer::sum));
        return counts;
    }
}
