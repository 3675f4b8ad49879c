package app.auraworkflows.store;

import app.auraworkflows.approval.ApprovalRound;
import app.auraworkflows.approval.ConcurrentChangeException;
import app.auraworkflows.approval.PageInstance;
import app.auraworkflows.approval.PageInstanceRepository;
import app.auraworkflows.approval.Reviewer;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link PageInstanceRepository} on Active Objects: {@link AOPageInstance} (one row per page, UNIQUE page id),
 * {@link AORoundReviewer} (the open round's reviewers) and {@link AORoundClose} (UNIQUE (page, round): a round
 * closes once).
 */
@Component
public class AoPageInstanceRepository implements PageInstanceRepository {
    private static final int IN_CHUNK = 200;
    static final String USER = "USER";
    static final String GROUP = "GROUP";

    private final ActiveObjects ao;

    public AoPageInstanceRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<PageInstance> find(long pageId) {
        AOPageInstance[] rows = ao.find(AOPageInstance.class, Query.select().where("PAGE_ID = ?", pageId));
        if (rows.length == 0) {
            return Optional.empty();
        }
        // One statement on a page view: the reviewers come from the copy on the row; only a round opened before the
        // copy was kept reads the reviewer rows.
        RoundReviewersText.Decoded copy = currentCopy(rows[0]);
        List<AORoundReviewer> reviewers = rows[0].isRoundOpen() && copy == null
                ? List.of(ao.find(AORoundReviewer.class,
                        Query.select().where("PAGE_ID = ?", pageId).order("LIST_INDEX ASC")))
                : List.of();
        return Optional.of(toInstance(rows[0], copy, reviewers));
    }

    @Override
    public Map<Long, PageInstance> findAll(Collection<Long> pageIds) {
        Map<Long, PageInstance> found = new HashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(pageIds));
        for (int from = 0; from < ids.size(); from += IN_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IN_CHUNK));
            List<AOPageInstance> rows = List.of(ao.find(AOPageInstance.class,
                    Query.select().where(inPages(chunk.size()), chunk.toArray())));
            Map<Long, RoundReviewersText.Decoded> copies = new HashMap<>();
            List<Long> older = new ArrayList<>();
            for (AOPageInstance row : rows) {
                RoundReviewersText.Decoded copy = currentCopy(row);
                if (copy != null) {
                    copies.put(row.getPageId(), copy);
                } else if (row.isRoundOpen()) {
                    older.add(row.getPageId());
                }
            }
            Map<Long, List<AORoundReviewer>> reviewers = new HashMap<>();
            if (!older.isEmpty()) {
                for (AORoundReviewer r : ao.find(AORoundReviewer.class, Query.select()
                        .where(inPages(older.size()), older.toArray()).order("PAGE_ID ASC, LIST_INDEX ASC"))) {
                    reviewers.computeIfAbsent(r.getPageId(), k -> new ArrayList<>()).add(r);
                }
            }
            for (AOPageInstance row : rows) {
                found.put(row.getPageId(), toInstance(row, copies.get(row.getPageId()),
                        reviewers.getOrDefault(row.getPageId(), List.of())));
            }
        }
        return found;
    }

    private static String inPages(int count) {
        return "PAGE_ID IN (" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }

    /**
     * The open round's reviewers as copied on the row, or null: no open round, or a round opened by an older version
     * (no copy, or a copy of an earlier round), whose reviewers are read from the rows.
     */
    private static RoundReviewersText.Decoded currentCopy(AOPageInstance row) {
        if (!row.isRoundOpen()) {
            return null;
        }
        RoundReviewersText.Decoded copy = RoundReviewersText.decode(row.getRoundReviewers());
        return copy != null && copy.round() == row.getLastRound() ? copy : null;
    }

    @Override
    public void insert(PageInstance instance) {
        Map<String, Object> values = new HashMap<>();
        values.put("PAGE_ID", instance.pageId());
        values.put("WORKFLOW_ID", instance.workflowId());
        values.put("APPLIED_AT", instance.appliedAt().toEpochMilli());
        values.put("APPLIED_BY", StoreText.recorded("APPLIED_BY", instance.appliedBy()));
        putState(values, instance);
        try {
            ao.create(AOPageInstance.class, values);
        } catch (RuntimeException failure) {
            if (SqlFailures.isConstraintViolation(failure)) {
                throw new ConcurrentChangeException("page " + instance.pageId() + " already has a workflow", failure);
            }
            throw failure;
        }
        writeReviewers(instance);
    }

    @Override
    public void update(PageInstance instance) {
        AOPageInstance[] rows = ao.find(AOPageInstance.class, Query.select().where("PAGE_ID = ?", instance.pageId()));
        if (rows.length == 0) {
            throw new ConcurrentChangeException("page " + instance.pageId() + " has no workflow any more");
        }
        AOPageInstance row = rows[0];
        int storedRound = row.isRoundOpen() ? row.getLastRound() : 0;
        int newRound = instance.openRound() == null ? 0 : instance.openRound().number();
        Map<String, Object> values = new HashMap<>();
        putState(values, instance);
        row.setStateKey((String) values.get("STATE_KEY"));
        row.setPreviousState((String) values.get("PREVIOUS_STATE"));
        row.setRowVersion(instance.version());
        row.setLastRound(instance.lastRound());
        row.setRoundOpen(instance.openRound() != null);
        row.setRoundTransition((String) values.get("ROUND_TRANSITION"));
        row.setApproveTo((String) values.get("APPROVE_TO"));
        row.setRejectTo((String) values.get("REJECT_TO"));
        row.setMinApprovals((Integer) values.get("MIN_APPROVALS"));
        row.setMinRejections((Integer) values.get("MIN_REJECTIONS"));
        row.setRequireAll((Boolean) values.get("REQUIRE_ALL"));
        row.setRequireTwoFactor((Boolean) values.get("REQUIRE_TWO_FACTOR"));
        row.setExcludeAuthors((Boolean) values.get("EXCLUDE_AUTHORS"));
        row.setApproveLabel((String) values.get("APPROVE_LABEL"));
        row.setRejectLabel((String) values.get("REJECT_LABEL"));
        row.setRoundOpenedAt((Long) values.get("ROUND_OPENED_AT"));
        row.setEnteredAt(instance.enteredAt().toEpochMilli());
        row.setEnteredPageVersion(instance.enteredPageVersion());
        row.setEnteredBy(StoreText.recorded("ENTERED_BY", instance.enteredBy()));
        row.setEnteredByApproval(instance.enteredByApproval());
        row.setRoundReviewers((String) values.get("ROUND_REVIEWERS"));
        row.save();
        if (storedRound != newRound) {
            ao.deleteWithSQL(AORoundReviewer.class, "PAGE_ID = ?", instance.pageId());
            writeReviewers(instance);
        }
    }

    @Override
    public void closeRound(long pageId, int round, RoundClose outcome, long seq, Instant at) {
        try {
            Map<String, Object> row = new HashMap<>();
            row.put("PAGE_ROUND", pageId + ":" + round);
            row.put("PAGE_ID", pageId);
            row.put("ROUND_NO", round);
            row.put("OUTCOME", outcome.name());
            row.put("SEQ_NO", seq);
            row.put("CLOSED_AT", at.toEpochMilli());
            ao.create(AORoundClose.class, row);
        } catch (RuntimeException failure) {
            if (SqlFailures.isConstraintViolation(failure)) {
                throw new ConcurrentChangeException("round " + pageId + ":" + round + " already closed", failure);
            }
            throw failure;
        }
    }

    @Override
    public void delete(long pageId) {
        ao.deleteWithSQL(AORoundReviewer.class, "PAGE_ID = ?", pageId);
        ao.deleteWithSQL(AOPageInstance.class, "PAGE_ID = ?", pageId);
    }

    @Override
    public int lastClosedRound(long pageId) {
        AORoundClose[] rows = ao.find(AORoundClose.class,
                Query.select().where("PAGE_ID = ?", pageId).order("ROUND_NO DESC").limit(1));
        return rows.length == 0 ? 0 : rows[0].getRoundNo();
    }

    @Override
    public List<OpenRoundRef> openRoundsFor(String userKey, Collection<String> groupNames, OpenRoundRef after,
                                            int limit) {
        // group rows are stored lower case (writeReviewers, GroupReviewerRowsUpgradeTask)
        List<String> groups = List.copyOf(new LinkedHashSet<>(groupNames.stream().map(AoPageInstanceRepository::lower)
                .toList()));
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("((REVIEWER_KIND = ? AND REVIEWER_NAME = ?)");
        params.add(USER);
        params.add(userKey);
        // Groups in chunks of IN_CHUNK parameters, OR-ed: a user in hundreds of reviewer groups stays one query.
        for (int from = 0; from < groups.size(); from += IN_CHUNK) {
            List<String> chunk = groups.subList(from, Math.min(groups.size(), from + IN_CHUNK));
            where.append(" OR (REVIEWER_KIND = ? AND REVIEWER_NAME IN (")
                    .append(String.join(",", Collections.nCopies(chunk.size(), "?"))).append("))");
            params.add(GROUP);
            params.addAll(chunk);
        }
        where.append(')');
        if (after != null) {
            // (OPENED_AT, PAGE_ID) after (t, id) in "newest first, then the higher page id" order, spelled as a range on the time
            // (which an index seeks to) narrowed by the page id, as every database reads it
            where.append(" AND OPENED_AT <= ? AND (OPENED_AT < ? OR PAGE_ID < ?)");
            long at = after.openedAt().toEpochMilli();
            params.add(at);
            params.add(at);
            params.add(after.pageId());
        }
        List<OpenRoundRef> rounds = new ArrayList<>();
        for (AORoundReviewer row : ao.find(AORoundReviewer.class, Query.select()
                // Both columns descending: the task_order index (name, opened at, page) read backwards gives this order
                // directly, so the database stops after a page of rows instead of sorting all of the reviewer's.
                .where(where.toString(), params.toArray()).order("OPENED_AT DESC, PAGE_ID DESC").limit(limit))) {
            rounds.add(new OpenRoundRef(row.getPageId(), row.getRoundNo(),
                    Instant.ofEpochMilli(row.getOpenedAt() == null ? 0 : row.getOpenedAt())));
        }
        return rounds;
    }

    @Override
    public Set<String> occupiedStates(long workflowId) {
        Set<String> states = new TreeSet<>();
        for (AOPageInstance row : ao.find(AOPageInstance.class, Query.select().where("WORKFLOW_ID = ?", workflowId))) {
            states.add(row.getStateKey());
        }
        return states;
    }

    @Override
    public int countUsing(long workflowId) {
        return ao.count(AOPageInstance.class, Query.select().where("WORKFLOW_ID = ?", workflowId));
    }


    private static void putState(Map<String, Object> values, PageInstance instance) {
        ApprovalRound round = instance.openRound();
        values.put("STATE_KEY", StoreText.recorded("STATE_KEY", instance.stateKey()));
        values.put("PREVIOUS_STATE", StoreText.recorded("PREVIOUS_STATE", instance.previousState()));
        values.put("ROW_VERSION", instance.version());
        values.put("LAST_ROUND", instance.lastRound());
        values.put("ROUND_OPEN", round != null);
        values.put("ROUND_TRANSITION", round == null ? null
                : StoreText.recorded("ROUND_TRANSITION", round.transitionKey()));
        values.put("APPROVE_TO", round == null ? null : StoreText.recorded("APPROVE_TO", round.approveTo()));
        values.put("REJECT_TO", round == null ? null : StoreText.recorded("REJECT_TO", round.rejectTo()));
        values.put("MIN_APPROVALS", round == null ? 0 : round.minApprovals());
        values.put("MIN_REJECTIONS", round == null ? 0 : round.minRejections());
        values.put("REQUIRE_ALL", round != null && round.requireAll());
        values.put("REQUIRE_TWO_FACTOR", round != null && round.requireTwoFactor());
        values.put("EXCLUDE_AUTHORS", round != null && round.excludeAuthors());
        values.put("APPROVE_LABEL", round == null ? null : round.approveLabel());
        values.put("REJECT_LABEL", round == null ? null : round.rejectLabel());
        values.put("ROUND_OPENED_AT", round == null ? null : round.openedAt().toEpochMilli());
        values.put("ENTERED_AT", instance.enteredAt().toEpochMilli());
        values.put("ENTERED_PAGE_VERSION", instance.enteredPageVersion());
        values.put("ENTERED_BY", StoreText.recorded("ENTERED_BY", instance.enteredBy()));
        values.put("ENTERED_BY_APPROVAL", instance.enteredByApproval());
        values.put("ROUND_REVIEWERS", round == null ? null : RoundReviewersText.encode(round.number(),
                round.namedReviewers().stream().map(r -> new Reviewer(r.userKey(),
                        StoreText.recorded("USERNAME", r.username()), StoreText.recorded("FULL_NAME", r.fullName())))
                        .toList(), round.groups()));
    }

    private void writeReviewers(PageInstance instance) {
        ApprovalRound round = instance.openRound();
        if (round == null) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int index = 0;
        for (Reviewer reviewer : round.namedReviewers()) {
            rows.add(reviewerRow(instance.pageId(), round, USER, reviewer.userKey(), reviewer.username(),
                    reviewer.fullName(), index++));
        }
        for (String group : round.groups()) {
            // lower case: the open-tasks lookup matches a user's groups as Confluence names them, without regard to case
            rows.add(reviewerRow(instance.pageId(), round, GROUP, lower(group), null, null, index++));
        }
        if (!rows.isEmpty()) {
            ao.create(AORoundReviewer.class, rows);
        }
    }

    private static Map<String, Object> reviewerRow(long pageId, ApprovalRound round, String kind, String name,
                                                   String username, String fullName, int index) {
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_ID", pageId);
        row.put("ROUND_NO", round.number());
        row.put("OPENED_AT", round.openedAt().toEpochMilli());
        row.put("REVIEWER_KIND", kind);
        row.put("REVIEWER_NAME", name);
        row.put("USERNAME", StoreText.recorded("USERNAME", username));
        row.put("FULL_NAME", StoreText.recorded("FULL_NAME", fullName));
        row.put("LIST_INDEX", index);
        return row;
    }

    /** @param copy the open round's reviewers copied on the row ({@link #currentCopy}), else null: {@code reviewers} */
    private static PageInstance toInstance(AOPageInstance row, RoundReviewersText.Decoded copy,
                                           List<AORoundReviewer> reviewers) {
        ApprovalRound round = null;
        if (row.isRoundOpen()) {
            List<Reviewer> named = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            if (copy != null) {
                named.addAll(copy.users());
                groups.addAll(copy.groups());
            } else {
                for (AORoundReviewer r : reviewers) {
                    if (r.getRoundNo() != row.getLastRound()) {
                        continue;
                    }
                    if (USER.equals(r.getReviewerKind())) {
                        named.add(new Reviewer(r.getReviewerName(), r.getUsername(), r.getFullName()));
                    } else {
                        groups.add(r.getReviewerName());
                    }
                }
            }
            round = new ApprovalRound(row.getLastRound(), row.getRoundTransition(), row.getStateKey(),
                    row.getApproveTo(), row.getRejectTo(), row.getMinApprovals(), row.getMinRejections(),
                    row.isRequireAll(), row.isRequireTwoFactor(), row.getApproveLabel(), row.getRejectLabel(), named,
                    groups, Instant.ofEpochMilli(row.getRoundOpenedAt()), row.isExcludeAuthors());
        }
        return new PageInstance(row.getPageId(), row.getWorkflowId(), row.getStateKey(), row.getPreviousState(),
                row.getRowVersion(), row.getLastRound(), round, Instant.ofEpochMilli(row.getAppliedAt()),
                row.getAppliedBy(), Instant.ofEpochMilli(row.getEnteredAt()), row.getEnteredPageVersion(), row.getEnteredBy(),
                row.getEnteredByApproval());
    }

    static String lower(String groupName) {
        return groupName.toLowerCase(java.util.Locale.ROOT);
    }

}
