package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.ApprovalRound;
import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryEntry.HistoryType;
import app.auraworkflows.approval.PageInstance;
import app.auraworkflows.approval.Reviewer;
import app.auraworkflows.approval.Vote;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.store.previous.PreviousSchema;
import app.auraworkflows.store.previous.PreviousVersionData;
import app.auraworkflows.twofactor.EnrolmentStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Upgrading a database created by the previous version (model version 0, before 2FA-protected steps: tables
 * from {@link PreviousSchema}, rows from {@link PreviousVersionData}): AO's migration to the entities of
 * {@link StoreEntities} on tables full of rows. A fresh database per test; subclasses choose HSQLDB or
 * PostgreSQL.
 */
abstract class PreviousVersionUpgradeContractTest {

    private static final String NS = StoreContractTest.NAMESPACE;
    private static final long OPEN_PAGE = 101L;
    private static final long NO_ROUND_PAGE = 102L;

    private TestDatabase testDatabase;
    private DevActiveObjects previous;
    private DevActiveObjects ao;
    private PreviousVersionData.Written written;
    private Map<String, Set<String>> previousColumns;
    private final List<String> statements = new ArrayList<>();

    abstract TestDatabase openDatabase();

    @BeforeEach
    void createADatabaseAsThePreviousVersionLeftIt() throws SQLException {
        testDatabase = openDatabase();
        previous = DevActiveObjects.create(testDatabase.database(), NS, PreviousSchema.asArray());
        written = PreviousVersionData.write(previous, OPEN_PAGE, NO_ROUND_PAGE);
        previousColumns = columns();
        // the current version: a new ActiveObjects on the same database, nothing migrated yet
        ao = DevActiveObjects.create(testDatabase.database(), NS);
        ao.entityManager().getProvider().addSqlListener(statements::add);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (ao != null) {
            ao.close();
        }
        if (previous != null) {
            previous.close();
        }
        if (testDatabase != null) {
            testDatabase.close();
        }
    }

    /** The schema migration of the current version (what the AO plugin does after the upgrade tasks). */
    private void migrateToTheCurrentEntities() {
        ao.migrate(StoreEntities.asArray());
    }

    @Test
    void theNewFlagsAreAddedAsNotNullDefaultFalseColumnsToThePopulatedTables() throws SQLException {
        migrateToTheCurrentEntities();

        List<String> added = statements.stream().map(PreviousVersionUpgradeContractTest::normalise)
                .filter(sql -> sql.startsWith("ALTER TABLE") && sql.contains(" ADD COLUMN ")).sorted().toList();
        String prefix = ao.tablePrefix();
        assertEquals(List.of(
                "ALTER TABLE " + prefix + "TFA_ENROLMENT ADD COLUMN CHECK_LOCK BIGINT",
                "ALTER TABLE " + prefix + "WF_HISTORY ADD COLUMN TWO_FACTOR_VERIFIED BOOLEAN DEFAULT FALSE NOT NULL",
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN REQUIRE_TWO_FACTOR BOOLEAN DEFAULT FALSE NOT NULL",
                "ALTER TABLE " + prefix + "WF_VOTE ADD COLUMN TWO_FACTOR_VERIFIED BOOLEAN DEFAULT FALSE NOT NULL"),
                added, "what AO 3.2.11 emits: the flags with a default (rows present get false), CHECK_LOCK nullable");

        Map<String, Set<String>> now = columns();
        Map<String, Set<String>> gained = new TreeMap<>();
        now.forEach((table, cols) -> {
            Set<String> extra = new TreeSet<>(cols);
            extra.removeAll(previousColumns.getOrDefault(table, Set.of()));
            if (!extra.isEmpty()) {
                gained.put(table.substring(prefix.length()), extra);
            }
        });
        assertEquals(Map.of("TFA_ENROLMENT", Set.of("CHECK_LOCK"), "WF_HISTORY", Set.of("TWO_FACTOR_VERIFIED"),
                "WF_INSTANCE", Set.of("REQUIRE_TWO_FACTOR"), "WF_VOTE", Set.of("TWO_FACTOR_VERIFIED")), gained,
                "the previous schema is the current one without exactly the four columns of Require 2FA");
        assertEquals(previousColumns.keySet(), now.keySet(), "no table added or lost");

        statements.clear();
        ao.migrate(StoreEntities.asArray());
        assertEquals(List.of(), statements.stream().map(PreviousVersionUpgradeContractTest::normalise)
                .filter(sql -> sql.startsWith("ALTER") || sql.startsWith("CREATE") || sql.startsWith("DROP")).toList(),
                "the upgraded schema is what the entities declare: migrating again changes nothing");
    }

    @Test
    void withoutADefaultTheNotNullFlagCannotBeAddedToATableWithRows() throws SQLException {
        RuntimeException refused = assertThrows(RuntimeException.class, () -> ao.migrate(VoteFlagWithoutDefault.class));
        assertTrue(statements.stream().map(PreviousVersionUpgradeContractTest::normalise).anyMatch(sql -> sql.equals(
                "ALTER TABLE " + ao.tablePrefix() + "WF_VOTE ADD COLUMN TWO_FACTOR_VERIFIED BOOLEAN NOT NULL")),
                "AO 3.2.11 gives a primitive boolean no default of its own: " + statements);
        // PostgreSQL: 'column ... contains null values'; HSQLDB: 'default expression needed'
        String message = rootMessage(refused).toLowerCase(Locale.ROOT);
        assertTrue(message.contains("null values") || message.contains("default expression needed"), message);
        assertEquals(List.of("1"), values("SELECT COUNT(*) FROM " + table("WF_VOTE")), "the row is still there");
    }

    @Test
    void openRoundsAreUnprotectedAndThePageInstanceRepositoryReadsTheOldRows() throws SQLException {
        migrateToTheCurrentEntities();
        assertEquals(List.of("false", "false"), values("SELECT \"REQUIRE_TWO_FACTOR\" FROM " + table("WF_INSTANCE") + " ORDER BY \"ID\""));

        AoPageInstanceRepository instances = new AoPageInstanceRepository(ao);
        PageInstance open = instances.find(OPEN_PAGE).orElseThrow();
        assertEquals("in-review", open.stateKey());
        assertEquals("draft", open.previousState());
        assertEquals(3, open.version());
        assertEquals(written.reviewWorkflowId(), open.workflowId());
        ApprovalRound round = open.openRound();
        assertEquals(1, round.number());
        assertEquals("review", round.transitionKey());
        assertEquals("published", round.approveTo());
        assertEquals("draft", round.rejectTo());
        assertEquals(2, round.minApprovals());
        assertEquals(1, round.minRejections());
        assertFalse(round.requireAll());
        assertFalse(round.requireTwoFactor(), "a round opened before Require 2FA existed stays unprotected");
        assertEquals("Publish", round.approveLabel());
        assertEquals(List.of(new Reviewer("key-alice", "alice", "Alice Adams"), new Reviewer("key-bob", "bob", "Bob Brown")),
                round.namedReviewers());
        assertEquals(List.of("reviewers"), round.groups());
        assertEquals(PreviousVersionData.ROUND_OPENED, round.openedAt());

        PageInstance noRound = instances.find(NO_ROUND_PAGE).orElseThrow();
        assertNull(noRound.openRound());
        assertEquals("draft", noRound.stateKey());
        assertEquals(Set.of(OPEN_PAGE, NO_ROUND_PAGE), instances.findAll(List.of(OPEN_PAGE, NO_ROUND_PAGE)).keySet());
        assertEquals(Set.of("in-review"), instances.occupiedStates(written.reviewWorkflowId()));
    }

    @Test
    void oldVotesAndHistoryEntriesAreNotTwoFactorVerifiedAndReadBack() throws SQLException {
        migrateToTheCurrentEntities();
        assertEquals(List.of("false"), values("SELECT \"TWO_FACTOR_VERIFIED\" FROM " + table("WF_VOTE")));
        assertEquals(List.of("false", "false", "false", "false"),
                values("SELECT \"TWO_FACTOR_VERIFIED\" FROM " + table("WF_HISTORY") + " ORDER BY \"ID\""));

        List<Vote> votes = new AoVoteRepository(ao).ofRound(OPEN_PAGE, 1);
        assertEquals(1, votes.size());
        Vote vote = votes.get(0);
        assertEquals("key-bob", vote.reviewerKey());
        assertEquals(Decision.APPROVE, vote.decision());
        assertEquals("Looks good", vote.comment());
        assertEquals(List.of("reviewers"), vote.viaGroups());
        assertEquals(Integer.valueOf(2), vote.pageVersion());
        assertFalse(vote.twoFactorVerified(), "no vote cast before the feature claims a verified code");

        AoHistoryRepository history = new AoHistoryRepository(ao);
        List<HistoryEntry> entries = history.page(OPEN_PAGE, 0, 10);
        assertEquals(List.of(HistoryType.VOTE, HistoryType.TRANSITION, HistoryType.APPLIED),
                entries.stream().map(HistoryEntry::type).toList(), "newest first");
        assertTrue(entries.stream().noneMatch(HistoryEntry::twoFactorVerified));
        assertEquals(3, history.count(OPEN_PAGE));
        assertEquals(3, history.lastSeq(OPEN_PAGE));
    }

    @Test
    void enrolmentsReadWithoutACheckLockAndTakeOneOnTheirFirstProtectedReview() throws SQLException {
        migrateToTheCurrentEntities();
        AoEnrolmentRepository enrolments = new AoEnrolmentRepository(ao);
        assertEquals(EnrolmentStatus.ACTIVE, enrolments.find("key-alice").orElseThrow().status());
        assertEquals(EnrolmentStatus.PENDING, enrolments.find("key-bob").orElseThrow().status());
        assertEquals(Arrays.asList((String) null, null), values("SELECT \"CHECK_LOCK\" FROM " + table("TFA_ENROLMENT") + " ORDER BY \"ID\""));
        ao.executeInTransaction(() -> {
            enrolments.lockCodeChecks("key-alice");
            return null;
        });
        assertEquals(Arrays.asList("1", null), values("SELECT \"CHECK_LOCK\" FROM " + table("TFA_ENROLMENT") + " ORDER BY \"ID\""));
    }

    // ----- helpers

    /** A test-only view of WF_VOTE whose new flag has no default: what the entity would be without {@code @Default}. */
    @Table("WF_VOTE")
    public interface VoteFlagWithoutDefault extends Entity {
        @NotNull
        boolean isTwoFactorVerified();

        void setTwoFactorVerified(boolean twoFactorVerified);
    }

    private String table(String name) {
        return "\"" + ao.tablePrefix() + name + "\"";
    }

    /** Upper-cased column names per table of our prefix, from JDBC metadata. */
    private Map<String, Set<String>> columns() throws SQLException {
        String prefix = DevActiveObjects.tablePrefix(NS);
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Connection c = testDatabase.connect(); ResultSet rs = c.getMetaData().getColumns(null, null, null, null)) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toUpperCase(Locale.ROOT);
                if (table.startsWith(prefix)) {
                    columns.computeIfAbsent(table, t -> new TreeSet<>())
                            .add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    /** The rows of a query, each as its columns joined by " | " (booleans as true/false, NULL as null). */
    private List<String> values(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = testDatabase.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                List<String> cols = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    cols.add(value == null ? null : String.valueOf(value));
                }
                out.add(cols.size() == 1 ? cols.get(0) : cols.stream().map(String::valueOf).collect(Collectors.joining(" | ")));
            }
        }
        return out;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = testDatabase.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Upper case, no identifier quotes or schema, single spaces: comparable across HSQLDB and PostgreSQL. */
    private static String normalise(String sql) {
        return sql.replace("\"", "").replace("PUBLIC.", "").replace("public.", "").trim()
                .replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
