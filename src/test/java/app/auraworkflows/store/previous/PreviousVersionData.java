package app.auraworkflows.store.previous;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows as the previous version of the plugin (model version 0, before 2FA-protected steps) wrote them, into
 * tables created from {@link PreviousSchema}: three workflow definitions whose JSON is the exact text that
 * version's codec wrote (no {@code requireTwoFactor} member), a page in an open approval round with its
 * reviewers, a vote and history, a page without an open round, and two 2FA enrolments (no {@code CHECK_LOCK}).
 */
public final class PreviousVersionData {

    public static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");
    public static final Instant ROUND_OPENED = Instant.parse("2026-01-06T10:00:00Z");
    public static final Instant VOTED = Instant.parse("2026-01-06T11:30:00Z");

    /**
     * Draft → In Review (selection) → Published by an approval (Min. approvals 2, named alice and bob plus the
     * group reviewers, labels). The previous version wrote every member it knew, in this order.
     */
    public static final String REVIEW_JSON = "{\"format\":1,\"name\":\"Document review\",\"description\":"
            + "\"Draft, review, publish\",\"initialState\":\"draft\",\"states\":["
            + "{\"key\":\"draft\",\"name\":\"Draft\",\"colour\":\"#6B778C\"},"
            + "{\"key\":\"in-review\",\"name\":\"In Review\",\"colour\":\"#0052CC\"},"
            + "{\"key\":\"published\",\"name\":\"Published\",\"colour\":\"#00875A\"}],\"transitions\":["
            + "{\"key\":\"submit\",\"type\":\"SELECTION\",\"from\":\"draft\",\"to\":\"in-review\"},"
            + "{\"key\":\"review\",\"type\":\"APPROVAL\",\"from\":\"in-review\",\"approveTo\":\"published\","
            + "\"rejectTo\":\"draft\",\"reviewers\":{\"users\":[\"alice\",\"bob\"],\"groups\":[\"reviewers\"]},"
            + "\"minApprovals\":2,\"minRejections\":1,\"requireAll\":false,\"approveLabel\":\"Publish\","
            + "\"rejectLabel\":\"Send back\"}]}";

    /** Two approval steps in a row (legal, then the board with Require all), no labels. */
    public static final String LEGAL_JSON = "{\"format\":1,\"name\":\"Legal sign-off\",\"description\":\"\","
            + "\"initialState\":\"draft\",\"states\":["
            + "{\"key\":\"draft\",\"name\":\"Draft\",\"colour\":\"#6B778C\"},"
            + "{\"key\":\"legal\",\"name\":\"Legal\",\"colour\":\"#FF991F\"},"
            + "{\"key\":\"board\",\"name\":\"Board\",\"colour\":\"#6554C0\"},"
            + "{\"key\":\"approved\",\"name\":\"Approved\",\"colour\":\"#00875A\"}],\"transitions\":["
            + "{\"key\":\"submit\",\"type\":\"SELECTION\",\"from\":\"draft\",\"to\":\"legal\"},"
            + "{\"key\":\"legal-review\",\"type\":\"APPROVAL\",\"from\":\"legal\",\"approveTo\":\"board\","
            + "\"rejectTo\":\"draft\",\"reviewers\":{\"users\":[],\"groups\":[\"legal\"]},\"minApprovals\":1,"
            + "\"minRejections\":1,\"requireAll\":false,\"approveLabel\":null,\"rejectLabel\":null},"
            + "{\"key\":\"board-review\",\"type\":\"APPROVAL\",\"from\":\"board\",\"approveTo\":\"approved\","
            + "\"rejectTo\":\"draft\",\"reviewers\":{\"users\":[\"carol\"],\"groups\":[]},\"minApprovals\":1,"
            + "\"minRejections\":1,\"requireAll\":true,\"approveLabel\":null,\"rejectLabel\":null}]}";

    /** No approval step at all: nothing for the upgrade to add. */
    public static final String SIMPLE_JSON = "{\"format\":1,\"name\":\"Simple\",\"description\":\"\","
            + "\"initialState\":\"draft\",\"states\":["
            + "{\"key\":\"draft\",\"name\":\"Draft\",\"colour\":\"#6B778C\"},"
            + "{\"key\":\"done\",\"name\":\"Done\",\"colour\":\"#00875A\"}],\"transitions\":["
            + "{\"key\":\"finish\",\"type\":\"SELECTION\",\"from\":\"draft\",\"to\":\"done\"}]}";

    /** What was written: row ids of the workflows and the page ids used. */
    public record Written(int reviewWorkflowId, int legalWorkflowId, int simpleWorkflowId, long openRoundPageId,
                          long noRoundPageId) {
        public List<Integer> workflowIds() {
            return List.of(reviewWorkflowId, legalWorkflowId, simpleWorkflowId);
        }
    }

    private PreviousVersionData() {
    }

    /** Writes the rows; the two page ids are the caller's (the dev host IT uses real pages). */
    public static Written write(ActiveObjects ao, long openRoundPageId, long noRoundPageId) {
        int review = workflow(ao, "Document review", REVIEW_JSON);
        int legal = workflow(ao, "Legal sign-off", LEGAL_JSON);
        int simple = workflow(ao, "Simple", SIMPLE_JSON);

        // A page in round 1 of "review": bob approved (one of two approvals needed).
        Map<String, Object> open = instance(openRoundPageId, review, "in-review", "draft", 3, 1);
        open.put("ROUND_OPEN", true);
        open.put("ROUND_TRANSITION", "review");
        open.put("APPROVE_TO", "published");
        open.put("REJECT_TO", "draft");
        open.put("MIN_APPROVALS", 2);
        open.put("MIN_REJECTIONS", 1);
        open.put("REQUIRE_ALL", false);
        open.put("APPROVE_LABEL", "Publish");
        open.put("REJECT_LABEL", "Send back");
        open.put("ROUND_OPENED_AT", ROUND_OPENED.toEpochMilli());
        open.put("ENTERED_AT", ROUND_OPENED.toEpochMilli());
        ao.create(PreviousSchema.PageInstance.class, open);
        reviewer(ao, openRoundPageId, "USER", "key-alice", "alice", "Alice Adams", 0);
        reviewer(ao, openRoundPageId, "USER", "key-bob", "bob", "Bob Brown", 1);
        reviewer(ao, openRoundPageId, "GROUP", "reviewers", null, null, 2);
        Map<String, Object> vote = new HashMap<>();
        vote.put("VOTE_KEY", openRoundPageId + ":1:key-bob:3");
        vote.put("PAGE_ROUND", openRoundPageId + ":1");
        vote.put("PAGE_ID", openRoundPageId);
        vote.put("ROUND_NO", 1);
        vote.put("SEQ_NO", 3L);
        vote.put("REVIEWER_KEY", "key-bob");
        vote.put("USERNAME", "bob");
        vote.put("FULL_NAME", "Bob Brown");
        vote.put("DECISION", "APPROVE");
        vote.put("COMMENT_TEXT", "Looks good");
        vote.put("VOTED_AT", VOTED.toEpochMilli());
        vote.put("NAMED", true);
        vote.put("VIA_GROUPS", "reviewers");
        vote.put("PAGE_VERSION", 2);
        ao.create(PreviousSchema.Vote.class, vote);
        Map<String, Object> applied = history(openRoundPageId, 1, "APPLIED", CREATED, "key-editor", "editor", "Eddie Editor");
        applied.put("WORKFLOW_ID", (long) review);
        applied.put("TO_STATE", "draft");
        ao.create(PreviousSchema.History.class, applied);
        Map<String, Object> submitted = history(openRoundPageId, 2, "TRANSITION", ROUND_OPENED, "key-editor", "editor",
                "Eddie Editor");
        submitted.put("FROM_STATE", "draft");
        submitted.put("TO_STATE", "in-review");
        submitted.put("TRIGGER_KIND", "SELECTION");
        submitted.put("TRANSITION_KEY", "submit");
        submitted.put("ROUND_NO", 1);
        ao.create(PreviousSchema.History.class, submitted);
        Map<String, Object> voted = history(openRoundPageId, 3, "VOTE", VOTED, "key-bob", "bob", "Bob Brown");
        voted.put("ROUND_NO", 1);
        voted.put("DECISION", "APPROVE");
        voted.put("COMMENT_TEXT", "Looks good");
        voted.put("PAGE_VERSION", 2);
        ao.create(PreviousSchema.History.class, voted);

        // A page just given "Legal sign-off": no round open yet.
        Map<String, Object> noRound = instance(noRoundPageId, legal, "draft", null, 1, 0);
        noRound.put("ROUND_OPEN", false);
        noRound.put("MIN_APPROVALS", 0);
        noRound.put("MIN_REJECTIONS", 0);
        noRound.put("REQUIRE_ALL", false);
        noRound.put("ENTERED_AT", CREATED.toEpochMilli());
        ao.create(PreviousSchema.PageInstance.class, noRound);
        Map<String, Object> appliedLegal = history(noRoundPageId, 1, "APPLIED", CREATED, "key-editor", "editor",
                "Eddie Editor");
        appliedLegal.put("WORKFLOW_ID", (long) legal);
        appliedLegal.put("TO_STATE", "draft");
        ao.create(PreviousSchema.History.class, appliedLegal);

        enrolment(ao, "key-alice", "alice", "Alice Adams", "ACTIVE", CREATED.toEpochMilli());
        enrolment(ao, "key-bob", "bob", "Bob Brown", "PENDING", null);
        return new Written(review, legal, simple, openRoundPageId, noRoundPageId);
    }

    private static int workflow(ActiveObjects ao, String name, String json) {
        Map<String, Object> row = new HashMap<>();
        row.put("WORKFLOW_NAME", name);
        row.put("NAME_LOWER", name.toLowerCase(java.util.Locale.ROOT));
        row.put("DEFINITION_JSON", json);
        row.put("CREATED_AT", CREATED.toEpochMilli());
        row.put("UPDATED_AT", CREATED.toEpochMilli());
        return ao.create(PreviousSchema.Workflow.class, row).getID();
    }

    private static Map<String, Object> instance(long pageId, int workflowId, String state, String previous,
                                                long rowVersion, int lastRound) {
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("WORKFLOW_ID", (long) workflowId);
        row.put("STATE_KEY", state);
        row.put("PREVIOUS_STATE", previous);
        row.put("ROW_VERSION", rowVersion);
        row.put("LAST_ROUND", lastRound);
        row.put("APPLIED_AT", CREATED.toEpochMilli());
        row.put("APPLIED_BY", "key-editor");
        return row;
    }

    private static void reviewer(ActiveObjects ao, long pageId, String kind, String name, String username,
                                 String fullName, int index) {
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("ROUND_NO", 1);
        row.put("REVIEWER_KIND", kind);
        row.put("REVIEWER_NAME", name);
        row.put("USERNAME", username);
        row.put("FULL_NAME", fullName);
        row.put("LIST_INDEX", index);
        ao.create(PreviousSchema.RoundReviewer.class, row);
    }

    private static Map<String, Object> history(long pageId, long seq, String type, Instant at, String actorKey,
                                               String username, String fullName) {
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_SEQ", pageId + ":" + seq);
        row.put("PAGE_ID", pageId);
        row.put("SEQ_NO", seq);
        row.put("ENTRY_TYPE", type);
        row.put("OCCURRED_AT", at.toEpochMilli());
        row.put("ACTOR_KEY", actorKey);
        row.put("ACTOR_USERNAME", username);
        row.put("ACTOR_FULL_NAME", fullName);
        return row;
    }

    private static void enrolment(ActiveObjects ao, String userKey, String username, String fullName, String status,
                                  Long activatedAt) {
        Map<String, Object> row = new HashMap<>();
        row.put("USER_KEY", userKey);
        row.put("USERNAME", username);
        row.put("USERNAME_LOWER", username);
        row.put("FULL_NAME", fullName);
        row.put("FULL_NAME_LOWER", fullName.toLowerCase(java.util.Locale.ROOT));
        row.put("STATUS", status);
        // not a real ciphertext: the upgrade never decrypts, the tests only read the row back
        row.put("ENCRYPTED_SECRET", "c2VhbGVkLXNlY3JldC1vZi0" + username);
        row.put("KEY_VERSION", 1);
        row.put("ADDED_BY", "key-admin");
        row.put("ADDED_AT", CREATED.toEpochMilli());
        row.put("ACTIVATED_AT", activatedAt);
        ao.create(PreviousSchema.Enrolment.class, row);
    }
}
