package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.ApprovalRound;
import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryEntry.HistoryType;
import app.auraworkflows.approval.PageInstance;
import app.auraworkflows.approval.Reviewer;
import app.auraworkflows.approval.Vote;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowTransition;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.HostSchema;
import app.auraworkflows.devhost.db.ModelVersionStore;
import app.auraworkflows.devhost.plugin.AoModuleInitializer;
import app.auraworkflows.store.previous.PreviousSchema;
import app.auraworkflows.store.previous.PreviousVersionData;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.web.WebModules;
import com.atlassian.activeobjects.external.ModelVersion;
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
 * from {@link PreviousSchema}, rows from {@link PreviousVersionData}) the way Confluence's AO plugin does it,
 * through the dev host's {@link AoModuleInitializer}: the {@code <upgradeTask>}s newer than the stored model
 * version (none stored = 0) in their own transaction, then the migration of every entity of
 * {@link StoreEntities}. A fresh database per test; subclasses choose HSQLDB or PostgreSQL.
 */
abstract class PreviousVersionUpgradeContractTest {

    private static final String NS = StoreContractTest.NAMESPACE;
    private static final long OPEN_PAGE = 101L;
    private static final long NO_ROUND_PAGE = 102L;
    /** The NOT NULL flags added with Require 2FA, as TABLE.COLUMN. */
    private static final List<String> FLAGS = List.of("WF_INSTANCE.REQUIRE_TWO_FACTOR", "WF_VOTE.TWO_FACTOR_VERIFIED",
            "WF_HISTORY.TWO_FACTOR_VERIFIED");

    private TestDatabase testDatabase;
    private DevActiveObjects previous;
    private DevActiveObjects ao;
    private HostDatabase hostDatabase;
    private ModelVersionStore versions;
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
        hostDatabase = new HostDatabase(testDatabase.database().jdbcUrl(), testDatabase.database().username(),
                testDatabase.database().password());
        HostSchema.ensure(hostDatabase);
        versions = new ModelVersionStore(hostDatabase);
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

    /** What the AO plugin does when the new version is enabled; returns the model version reached. */
    private ModelVersion upgradeAsTheAoPluginDoes() {
        return new AoModuleInitializer(versions, hostDatabase).initialise(WebModules.PLUGIN_KEY, NS, ao,
                List.of(new RequireTwoFactorOffUpgradeTask(), new EnrolmentSearchUpgradeTask(),
                        new OpenTasksUpgradeTask(), new GroupReviewerRowsUpgradeTask(), new AuditNameSearchUpgradeTask()),
                StoreEntities.ALL);
    }

    /** The task alone once more, as after a lost model version (the dev host's documented crash window). */
    private void runTheTaskAgain() {
        ao.executeInTransaction(() -> {
            new RequireTwoFactorOffUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);
            return null;
        });
    }

    @Test
    void theNewFlagsAreAddedAsNotNullDefaultFalseColumnsToThePopulatedTables() throws SQLException {
        assertEquals("5", upgradeAsTheAoPluginDoes().toString());

        List<String> added = statements.stream().map(PreviousVersionUpgradeContractTest::normalise)
                .filter(sql -> sql.startsWith("ALTER TABLE") && sql.contains(" ADD COLUMN ")).sorted().toList();
        String prefix = ao.tablePrefix();
        // The activation record's columns are nullable: rows already there read as "confirmed from an unknown
        // client" (no replay recognised, nothing shown), which is what they are.
        assertEquals(List.of(
                "ALTER TABLE " + prefix + "TFA_ENROLMENT ADD COLUMN ACTIVATED_FROM_IP VARCHAR(64)",
                "ALTER TABLE " + prefix + "TFA_ENROLMENT ADD COLUMN ACTIVATED_STEP BIGINT",
                "ALTER TABLE " + prefix + "TFA_ENROLMENT ADD COLUMN ACTIVATED_USER_AGENT VARCHAR(255)",
                "ALTER TABLE " + prefix + "TFA_ENROLMENT ADD COLUMN CHECK_LOCK BIGINT",
                // Nullable: filled from the full name by the upgrade to model version 2, null for one-word names.
                "ALTER TABLE " + prefix + "TFA_ENROLMENT ADD COLUMN LAST_NAME_LOWER VARCHAR(255)",
                // Nullable: votes recorded before the fingerprint was kept have none (nothing is invented for them).
                "ALTER TABLE " + prefix + "WF_HISTORY ADD COLUMN CONTENT_SHA256 VARCHAR(64)",
                "ALTER TABLE " + prefix + "WF_HISTORY ADD COLUMN TWO_FACTOR_VERIFIED BOOLEAN DEFAULT FALSE NOT NULL",
                // Nullable: instances of the previous version do not know the page version they entered their state
                // at; they wait for a real edit event and are never moved by a guess.
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN ENTERED_BY VARCHAR(255)",
                // Nullable: an instance of the previous version has no known entry; its page view reads the history.
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN ENTERED_BY_APPROVAL BOOLEAN",
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN ENTERED_PAGE_VERSION INTEGER",
                // "Reviewers cannot approve their own changes": open rounds of the previous version get false.
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN EXCLUDE_AUTHORS BOOLEAN DEFAULT FALSE NOT NULL",
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN REQUIRE_TWO_FACTOR BOOLEAN DEFAULT FALSE NOT NULL",
                // Nullable: a round opened by the previous version reads its reviewers from the reviewer rows.
                "ALTER TABLE " + prefix + "WF_INSTANCE ADD COLUMN ROUND_REVIEWERS " + unlimitedTextType(),
                "ALTER TABLE " + prefix + "WF_REVIEWER ADD COLUMN OPENED_AT BIGINT",
                "ALTER TABLE " + prefix + "WF_VOTE ADD COLUMN TWO_FACTOR_VERIFIED BOOLEAN DEFAULT FALSE NOT NULL"),
                added, "what AO 3.2.11 emits: the flags with a default (rows present get false), CHECK_LOCK and"
                        + " CONTENT_SHA256 nullable");

        Map<String, Set<String>> now = columns();
        Map<String, Set<String>> gained = new TreeMap<>();
        now.forEach((table, cols) -> {
            Set<String> extra = new TreeSet<>(cols);
            extra.removeAll(previousColumns.getOrDefault(table, Set.of()));
            if (!extra.isEmpty()) {
                gained.put(table.substring(prefix.length()), extra);
            }
        });
        Set<String> auditColumns = Set.of("ID", "OCCURRED_AT", "USER_KEY", "USERNAME", "USERNAME_LOWER", "FULL_NAME",
                "FULL_NAME_LOWER", "LAST_NAME_LOWER", "OUTCOME", "PAGE_ID", "ACTOR_USERNAME", "CLIENT_IP", "USER_AGENT");
        assertEquals(Map.of("TFA_ENROLMENT", Set.of("CHECK_LOCK", "ACTIVATED_FROM_IP", "ACTIVATED_USER_AGENT",
                        "ACTIVATED_STEP", "LAST_NAME_LOWER"), "WF_HISTORY", Set.of("TWO_FACTOR_VERIFIED", "CONTENT_SHA256"),
                "WF_INSTANCE", Set.of("REQUIRE_TWO_FACTOR", "EXCLUDE_AUTHORS", "ENTERED_PAGE_VERSION", "ENTERED_BY",
                        "ENTERED_BY_APPROVAL", "ROUND_REVIEWERS"), "WF_VOTE", Set.of("TWO_FACTOR_VERIFIED"),
                "WF_REVIEWER", Set.of("OPENED_AT"), "TFA_AUDIT", auditColumns, "SETTING", Set.of("ID", "NAME", "VALUE"),
                "TFA_TALLY", Set.of("ID", "STATUS", "TALLY", "LOCK_SEQ")), gained,
                "the previous schema is the current one without exactly the columns of Require 2FA, Exclude authors, the"
                        + " entry version, the activation record, the content fingerprint, the last name, the 2FA audit"
                        + " table, the settings table and the enrolment tallies");
        Set<String> tables = new TreeSet<>(previousColumns.keySet());
        tables.add(prefix + "TFA_AUDIT");
        tables.add(prefix + "SETTING");
        tables.add(prefix + "TFA_TALLY");
        assertEquals(tables, now.keySet(), "only the audit, settings and tally tables added, none lost");

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
    void everyApprovalTransitionNowStoresRequireTwoFactorFalseAndNothingElseInTheTextChanged() throws SQLException {
        upgradeAsTheAoPluginDoes();

        Map<Integer, String> before = Map.of(written.reviewWorkflowId(), PreviousVersionData.REVIEW_JSON,
                written.legalWorkflowId(), PreviousVersionData.LEGAL_JSON,
                written.simpleWorkflowId(), PreviousVersionData.SIMPLE_JSON);
        for (int id : written.workflowIds()) {
            AOWorkflow row = ao.get(AOWorkflow.class, id);
            String stored = row.getDefinitionJson();
            assertEquals(explicitlyOff(JsonTree.parse(before.get(id))), JsonTree.parse(stored),
                    "workflow " + id + ": only requireTwoFactor:false added to its approval transitions");
            assertEquals(WorkflowDefinitionJson.write(WorkflowDefinitionJson.read(id, stored)), stored,
                    "workflow " + id + ": the text is now exactly what the current version writes");
            assertEquals(PreviousVersionData.CREATED.toEpochMilli(), row.getUpdatedAt(), "not an edit: UPDATED_AT kept");
        }
        assertEquals(PreviousVersionData.SIMPLE_JSON, ao.get(AOWorkflow.class, written.simpleWorkflowId()).getDefinitionJson(),
                "a definition without approval steps is not rewritten");

        AoWorkflowRepository workflows = new AoWorkflowRepository(ao);
        assertEquals(3, workflows.list().size());
        List<ApprovalTransition> approvals = new ArrayList<>();
        for (int id : written.workflowIds()) {
            approvals.addAll(approvals(workflows.find(id).orElseThrow()));
        }
        assertEquals(List.of("review", "legal-review", "board-review"), approvals.stream().map(ApprovalTransition::key).toList());
        assertTrue(approvals.stream().noneMatch(ApprovalTransition::requireTwoFactor));
        ApprovalTransition review = approvals.get(0);
        assertEquals(List.of("alice", "bob"), review.reviewers().users());
        assertEquals(2, review.minApprovals());
        assertEquals("Send back", review.rejectLabel());
        assertTrue(approvals.get(2).requireAll());
    }

    @Test
    void aRequireTwoFactorTurnedOnAfterTheUpgradeIsKeptWhenTheTaskRunsAgain() {
        upgradeAsTheAoPluginDoes();
        AoWorkflowRepository workflows = new AoWorkflowRepository(ao);
        WorkflowDefinition legal = workflows.find(written.legalWorkflowId()).orElseThrow();
        List<WorkflowTransition> transitions = new ArrayList<>();
        for (WorkflowTransition t : legal.transitions()) {
            transitions.add(t instanceof ApprovalTransition a && a.key().equals("board-review") ? protect(a) : t);
        }
        workflows.update(legal.id(), new WorkflowDefinition(legal.id(), legal.name(), legal.description(),
                legal.initialState(), legal.states(), transitions), PreviousVersionData.VOTED);
        String afterEdit = ao.get(AOWorkflow.class, written.legalWorkflowId()).getDefinitionJson();

        runTheTaskAgain();

        assertEquals(afterEdit, ao.get(AOWorkflow.class, written.legalWorkflowId()).getDefinitionJson());
        List<ApprovalTransition> approvals = approvals(workflows.find(written.legalWorkflowId()).orElseThrow());
        assertFalse(approvals.get(0).requireTwoFactor(), "legal-review");
        assertTrue(approvals.get(1).requireTwoFactor(), "board-review keeps the true an admin set");
    }

    @Test
    void openRoundsAreUnprotectedAndThePageInstanceRepositoryReadsTheOldRows() throws SQLException {
        upgradeAsTheAoPluginDoes();
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
        upgradeAsTheAoPluginDoes();
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
        assertTrue(entries.stream().allMatch(e -> e.contentSha256() == null), "older votes have no fingerprint");
        assertEquals(3, history.count(OPEN_PAGE));
        assertEquals(3, history.lastSeq(OPEN_PAGE));
    }

    @Test
    void enrolmentsReadWithoutACheckLockAndTakeOneOnTheirFirstProtectedReview() throws SQLException {
        upgradeAsTheAoPluginDoes();
        AoEnrolmentRepository enrolments = new AoEnrolmentRepository(ao);
        assertEquals(EnrolmentStatus.ACTIVE, enrolments.find("key-alice").orElseThrow().status());
        assertEquals(EnrolmentStatus.PENDING, enrolments.find("key-bob").orElseThrow().status());
        assertEquals(null, enrolments.find("key-alice").orElseThrow().activatedFrom(), "confirmed from an unknown client");
        assertEquals(null, enrolments.find("key-alice").orElseThrow().activatedStep(), "no replay is recognised");
        assertEquals(Arrays.asList((String) null, null), values("SELECT \"CHECK_LOCK\" FROM " + table("TFA_ENROLMENT") + " ORDER BY \"ID\""));
        ao.executeInTransaction(() -> {
            enrolments.lockCodeChecks("key-alice");
            return null;
        });
        assertEquals(Arrays.asList("1", null), values("SELECT \"CHECK_LOCK\" FROM " + table("TFA_ENROLMENT") + " ORDER BY \"ID\""));
    }

    @Test
    void theReviewersOfAnOpenRoundOfThePreviousVersionGetItsOpeningTimeAndAppearInTheirTasks() {
        upgradeAsTheAoPluginDoes();
        AoPageInstanceRepository instances = new AoPageInstanceRepository(ao);
        var round = instances.find(OPEN_PAGE).orElseThrow().openRound();
        var tasks = instances.openRoundsFor(round.namedReviewers().get(0).userKey(), round.groups(), null, 10);
        assertEquals(List.of(OPEN_PAGE), tasks.stream().map(r -> r.pageId()).distinct().toList());
        assertEquals(round.openedAt(), tasks.get(0).openedAt(), "copied from the instance");
    }

    @Test
    void enrolmentsOfThePreviousVersionAreFoundByLastNameAndCountedByTheirTallies() {
        upgradeAsTheAoPluginDoes();
        AoEnrolmentRepository enrolments = new AoEnrolmentRepository(ao);
        assertEquals(List.of("alice"), enrolments.list(EnrolmentStatus.ACTIVE, "adams", null, false, 10).stream()
                .map(app.auraworkflows.twofactor.Enrolment::username).toList());
        assertEquals(List.of("bob"), enrolments.list(EnrolmentStatus.PENDING, "BRO", null, false, 10).stream()
                .map(app.auraworkflows.twofactor.Enrolment::username).toList());
        assertEquals(1, ao.find(AOEnrolmentTally.class, net.java.ao.Query.select().where("STATUS = ?", "ACTIVE"))[0].getTally());
        assertEquals(1, ao.find(AOEnrolmentTally.class, net.java.ao.Query.select().where("STATUS = ?", "PENDING"))[0].getTally());
        enrolments.activate("key-bob", java.time.Instant.now());
        assertEquals(2, enrolments.count(EnrolmentStatus.ACTIVE));
        assertEquals(0, enrolments.count(EnrolmentStatus.PENDING));
    }

    @Test
    void groupRowsOfOpenRoundsBecomeLowerCaseSoTheGroupsMembersFindTheirTask() throws SQLException {
        // the group as an admin typed it, before group rows were kept lower case
        execute("UPDATE " + table("WF_REVIEWER") + " SET \"REVIEWER_NAME\" = 'Reviewers' WHERE \"REVIEWER_KIND\" = 'GROUP'");
        AoPageInstanceRepository instances = new AoPageInstanceRepository(ao);

        assertEquals("5", upgradeAsTheAoPluginDoes().toString());

        assertEquals(List.of("reviewers"), values("SELECT \"REVIEWER_NAME\" FROM " + table("WF_REVIEWER")
                + " WHERE \"REVIEWER_KIND\" = 'GROUP'"));
        assertEquals(List.of(OPEN_PAGE), instances.openRoundsFor("nobody", List.of("reviewers"), null, 10).stream()
                .map(app.auraworkflows.approval.PageInstanceRepository.OpenRoundRef::pageId).toList());
        assertEquals(List.of("reviewers"), instances.find(OPEN_PAGE).orElseThrow().openRound().groups(),
                "a round opened before the reviewers were copied onto the instance reads them from the rows");
    }

    @Test
    void aSecondRunChangesNothing() throws SQLException {
        upgradeAsTheAoPluginDoes();
        List<String> upgraded = everyRow();

        runTheTaskAgain();
        assertEquals(upgraded, everyRow(), "the task run twice");

        assertEquals("5", upgradeAsTheAoPluginDoes().toString());
        assertEquals(upgraded, everyRow(), "the next start: model version 5 is stored, no task runs");
    }

    @Test
    void aDatabaseOfThe2faBuildBeforeTheDefaultsGetsThemAndKeepsItsProtectedStepsRoundsAndVotes() throws SQLException {
        // what that build created: the flags NOT NULL without a default, here holding true; definitions with the member
        for (String flag : FLAGS) {
            String table = table(flag.substring(0, flag.indexOf('.')));
            String column = "\"" + flag.substring(flag.indexOf('.') + 1) + "\"";
            execute("ALTER TABLE " + table + " ADD COLUMN " + column + " BOOLEAN DEFAULT TRUE NOT NULL");
            execute("ALTER TABLE " + table + " ALTER COLUMN " + column + " DROP DEFAULT");
        }
        WorkflowDefinition legal = WorkflowDefinitionJson.read(written.legalWorkflowId(), PreviousVersionData.LEGAL_JSON);
        List<WorkflowTransition> transitions = new ArrayList<>();
        for (WorkflowTransition t : legal.transitions()) {
            transitions.add(t instanceof ApprovalTransition a && a.key().equals("board-review") ? protect(a) : t);
        }
        String protectedJson = WorkflowDefinitionJson.write(new WorkflowDefinition(legal.id(), legal.name(),
                legal.description(), legal.initialState(), legal.states(), transitions));
        PreviousSchema.Workflow stored = previous.get(PreviousSchema.Workflow.class, written.legalWorkflowId());
        stored.setDefinitionJson(protectedJson);
        stored.save();

        upgradeAsTheAoPluginDoes();

        assertEquals(protectedJson, ao.get(AOWorkflow.class, written.legalWorkflowId()).getDefinitionJson(),
                "explicit members everywhere: not rewritten, board-review keeps true");
        assertTrue(new AoPageInstanceRepository(ao).find(OPEN_PAGE).orElseThrow().openRound().requireTwoFactor(),
                "a protected round stays protected");
        assertTrue(new AoVoteRepository(ao).ofRound(OPEN_PAGE, 1).get(0).twoFactorVerified(), "a verified vote stays verified");
        try (Connection c = testDatabase.connect()) {
            for (String flag : FLAGS) {
                String table = ao.tablePrefix() + flag.substring(0, flag.indexOf('.'));
                try (ResultSet rs = c.getMetaData().getColumns(null, null, table, flag.substring(flag.indexOf('.') + 1))) {
                    assertTrue(rs.next(), flag);
                    assertEquals("false", String.valueOf(rs.getString("COLUMN_DEF")).toLowerCase(Locale.ROOT),
                            flag + ": the migration added the default");
                    assertEquals("NO", rs.getString("IS_NULLABLE"), flag);
                }
            }
        }
    }

    @Test
    void theNullPassSetsAFlagThatIsStillNullToFalse() throws SQLException {
        upgradeAsTheAoPluginDoes();
        // After AO's migration the columns are NOT NULL, so no NULL can exist; relax them by hand to see the pass work.
        for (String flag : FLAGS) {
            String table = table(flag.substring(0, flag.indexOf('.')));
            String column = flag.substring(flag.indexOf('.') + 1);
            execute("ALTER TABLE " + table + " ALTER COLUMN \"" + column + "\""
                    + (testDatabase.database().isPostgres() ? " DROP NOT NULL" : " SET NULL"));
            execute("UPDATE " + table + " SET \"" + column + "\" = NULL");
        }

        int set = ao.executeInTransaction(() -> RequireTwoFactorOffUpgradeTask.fillNullFlags(ao));

        assertEquals(2 + 1 + 4, set, "two page instances, one vote, four history entries");
        for (String flag : FLAGS) {
            String table = table(flag.substring(0, flag.indexOf('.')));
            String column = flag.substring(flag.indexOf('.') + 1);
            assertEquals(List.of("0"), values("SELECT COUNT(*) FROM " + table + " WHERE \"" + column + "\" IS NULL"), flag);
        }
        assertFalse(new AoPageInstanceRepository(ao).find(OPEN_PAGE).orElseThrow().openRound().requireTwoFactor());
        ao.migrate(StoreEntities.asArray()); // NOT NULL again: succeeds because nothing is NULL any more
    }

    // ----- helpers

    /** A test-only view of WF_VOTE whose new flag has no default: what the entity would be without {@code @Default}. */
    @Table("WF_VOTE")
    public interface VoteFlagWithoutDefault extends Entity {
        @NotNull
        boolean isTwoFactorVerified();

        void setTwoFactorVerified(boolean twoFactorVerified);
    }

    private static ApprovalTransition protect(ApprovalTransition a) {
        return new ApprovalTransition(a.key(), a.from(), a.approveTo(), a.rejectTo(), a.reviewers(), a.minApprovals(),
                a.minRejections(), a.requireAll(), a.approveLabel(), a.rejectLabel(), true);
    }

    private static List<ApprovalTransition> approvals(WorkflowDefinition definition) {
        return definition.transitions().stream().filter(ApprovalTransition.class::isInstance)
                .map(ApprovalTransition.class::cast).toList();
    }

    /** The previous version's JSON tree with {@code requireTwoFactor:false} appended to each APPROVAL transition. */
    @SuppressWarnings("unchecked")
    private static Object explicitlyOff(Object tree) {
        for (Object t : (List<Object>) ((Map<String, Object>) tree).get("transitions")) {
            Map<String, Object> transition = (Map<String, Object>) t;
            if ("APPROVAL".equals(transition.get("type"))) {
                assertFalse(transition.containsKey("requireTwoFactor"), "the previous version never wrote it");
                transition.put("requireTwoFactor", Boolean.FALSE);
            }
        }
        return tree;
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

    /** Every row of every table of ours, as text, in a stable order. */
    private List<String> everyRow() throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : columns().keySet()) {
            for (String row : values("SELECT * FROM \"" + table + "\" ORDER BY \"ID\"")) {
                rows.add(table + ": " + row);
            }
        }
        return rows;
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
    /** The column type AO 3.2.11 gives {@code @StringLength(UNLIMITED)} on this database. */
    private String unlimitedTextType() {
        return testDatabase.database().jdbcUrl().startsWith("jdbc:postgresql:") ? "TEXT" : "LONGVARCHAR";
    }

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
