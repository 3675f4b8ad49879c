package app.auraworkflows.web;

import app.auraworkflows.approval.Decision;
import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.StateView;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Role: the view model of the "Aura Workflows History" macro: the page's current state and its signatures
 * (the recorded votes), oldest first, each with the signer's full name at signing, the UTC time, what the
 * signature means (approved or rejected), the page version reviewed and whether a verified authenticator
 * code came with it. Every decision is made here; the Soy template only renders (and escapes).
 *
 * <p>Times are always UTC, named as such: the macro's output travels with the page into print and PDF
 * exports, where the reader's time zone is unknown.
 */
final class HistoryMacroModel {
    private static final ZonedTimes UTC = new ZonedTimes(ZoneOffset.UTC);

    private HistoryMacroModel() {
    }

    /**
     * @param status  the page's workflow (empty: the page has none)
     * @param history the page's history entries in any order; only votes become signatures
     */
    static Map<String, Object> build(Optional<PageWorkflowStatus> status, List<HistoryEntry> history) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("hasWorkflow", status.isPresent());
        model.put("workflowName", status.map(PageWorkflowStatus::workflowName).orElse(""));
        StateView state = status.map(PageWorkflowStatus::state).orElse(null);
        model.put("stateName", state == null ? "" : state.name());
        model.put("stateColour", WorkflowPanelModel.colour(state));
        List<Map<String, Object>> signatures = new ArrayList<>();
        history.stream()
                .filter(e -> e.type() == HistoryEntry.HistoryType.VOTE)
                .sorted((a, b) -> Long.compare(a.seq(), b.seq()))
                .forEach(e -> signatures.add(signature(e)));
        model.put("signatures", signatures);
        return model;
    }

    private static Map<String, Object> signature(HistoryEntry vote) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", signerName(vote));
        s.put("at", vote.at() == null ? "" : UTC.seconds(vote.at()) + " " + UTC.zoneLabel());
        s.put("approved", vote.decision() == Decision.APPROVE);
        s.put("pageVersion", vote.pageVersion() == null ? "" : String.valueOf(vote.pageVersion()));
        s.put("twoFactorVerified", vote.twoFactorVerified());
        return s;
    }

    /** The full name recorded at signing; the username only when no full name was recorded. */
    private static String signerName(HistoryEntry vote) {
        if (vote.actorFullName() != null && !vote.actorFullName().isBlank()) {
            return vote.actorFullName();
        }
        return vote.actorUsername() == null ? "" : vote.actorUsername();
    }
}
