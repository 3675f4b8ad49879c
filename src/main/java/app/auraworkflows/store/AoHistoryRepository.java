package app.auraworkflows.store;

import app.auraworkflows.approval.ConcurrentChangeException;
import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryEntry.HistoryType;
import app.auraworkflows.approval.HistoryEntry.TransitionTrigger;
import app.auraworkflows.approval.HistoryRepository;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link HistoryRepository} on Active Objects ({@link AOHistory}). {@link #append} is the page's claim: the
 * UNIQUE {@code PAGE_SEQ} lets exactly one transaction write entry n of a page; the loser gets a
 * {@link ConcurrentChangeException} (its transaction is then rolled back and retried by
 * {@link AoOptimisticTransactions}). Paging runs in the database over the ({@code PAGE_ID}, {@code SEQ_NO}) index.
 */
@Component
public class AoHistoryRepository implements HistoryRepository {

    private final ActiveObjects ao;

    public AoHistoryRepository(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void append(HistoryEntry e) {
        Map<String, Object> row = new HashMap<>();
        row.put("PAGE_SEQ", e.pageId() + ":" + e.seq());
        row.put("PAGE_ID", e.pageId());
        row.put("SEQ_NO", e.seq());
        row.put("ENTRY_TYPE", e.type().name());
        row.put("OCCURRED_AT", e.at().toEpochMilli());
        row.put("ACTOR_KEY", StoreText.recorded("ACTOR_KEY", e.actorKey()));
        row.put("ACTOR_USERNAME", StoreText.recorded("ACTOR_USERNAME", e.actorUsername()));
        row.put("ACTOR_FULL_NAME", StoreText.recorded("ACTOR_FULL_NAME", e.actorFullName()));
        row.put("WORKFLOW_ID", e.workflowId());
        row.put("ROUND_NO", e.round());
        row.put("DECISION", e.decision() == null ? null : e.decision().name());
        row.put("COMMENT_TEXT", e.comment());
        row.put("FROM_STATE", StoreText.recorded("FROM_STATE", e.fromState()));
        row.put("TO_STATE", StoreText.recorded("TO_STATE", e.toState()));
        row.put("TRIGGER_KIND", e.trigger() == null ? null : e.trigger().name());
        row.put("TRANSITION_KEY", StoreText.recorded("TRANSITION_KEY", e.transitionKey()));
        row.put("TWO_FACTOR_VERIFIED", e.twoFactorVerified());
        row.put("PAGE_VERSION", e.pageVersion());
        row.put("CONTENT_SHA256", e.contentSha256());
        try {
            ao.create(AOHistory.class, row);
        } catch (RuntimeException failure) {
            if (SqlFailures.isConstraintViolation(failure)) {
                throw new ConcurrentChangeException("history entry " + e.pageId() + ":" + e.seq() + " already taken",
                        failure);
            }
            throw failure;
        }
    }

    @Override
    public List<HistoryEntry> page(long pageId, int start, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<HistoryEntry> entries = new ArrayList<>();
        for (AOHistory row : ao.find(AOHistory.class, Query.select().where("PAGE_ID = ?", pageId)
                .order("SEQ_NO DESC").limit(limit).offset(Math.max(0, start)))) {
            entries.add(toEntry(row));
        }
        return entries;
    }

    @Override
    public int count(long pageId) {
        return ao.count(AOHistory.class, Query.select().where("PAGE_ID = ?", pageId));
    }

    @Override
    public long lastSeq(long pageId) {
        AOHistory[] newest = ao.find(AOHistory.class,
                Query.select().where("PAGE_ID = ?", pageId).order("SEQ_NO DESC").limit(1));
        return newest.length == 0 ? 0 : newest[0].getSeqNo();
    }

    private static HistoryEntry toEntry(AOHistory row) {
        return new HistoryEntry(row.getPageId(), row.getSeqNo(), HistoryType.valueOf(row.getEntryType()),
                Instant.ofEpochMilli(row.getOccurredAt()), row.getActorKey(), row.getActorUsername(),
                row.getActorFullName(), row.getWorkflowId(), row.getRoundNo(),
                row.getDecision() == null ? null : Decision.valueOf(row.getDecision()), row.getCommentText(),
                row.getFromState(), row.getToState(),
                row.getTriggerKind() == null ? null : TransitionTrigger.valueOf(row.getTriggerKind()),
                row.getTransitionKey(), row.isTwoFactorVerified(), row.getPageVersion(),
                row.getContentSha256());
    }

}
