package app.auraworkflows.web;

import app.auraworkflows.approval.ApprovalStanding.Standing;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.approval.StateView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Role: the view model of the workflow panel's server-rendered part (lozenge, "Add workflow" entry,
 * container data attributes). Every decision is made here; the Soy template only renders.
 */
final class WorkflowPanelModel {
    /** Only plain hex colours reach the style attribute: a workflow's colour is admin data, not markup. */
    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final String DEFAULT_COLOUR = "#42526E";

    private WorkflowPanelModel() {
    }

    /** Empty when nothing is shown: no workflow and the viewer cannot add one. */
    /**
     * @param relativeBaseUrl the context path ({@code ""}, {@code "/confluence"}, ...) the panel's links start with
     */
    static Optional<Map<String, Object>> build(long pageId, Integer pageVersion, String relativeBaseUrl,
                                               Optional<PageWorkflowStatus> status, boolean canEdit) {
        return build(pageId, pageVersion, relativeBaseUrl, status, canEdit, Standing.NONE, false,
                java.time.ZoneOffset.UTC);
    }

    /**
     * @param standing what was last approved: when the page still sits in the state that approval reached but has a
     *                 newer version, the lozenge is followed by "Approved version N · changed since, now version M",
     *                 so nobody takes the approved state for an approval of the text they are reading
     * @param reviewNeedsSetup the viewer is asked to review a protected step but has no Active 2FA: the byline says
     *                 what stands in the way instead of "Your review is requested", which they cannot act on yet
     * @param viewerZone the viewer's Confluence profile zone: the panel's script prints the history's times in it
     */
    static Optional<Map<String, Object>> build(long pageId, Integer pageVersion, String relativeBaseUrl,
                                               Optional<PageWorkflowStatus> status, boolean canEdit,
                                               Standing standing, boolean reviewNeedsSetup,
                                               java.time.ZoneId viewerZone) {
        if (status.isEmpty() && !canEdit) {
            return Optional.empty();
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("pageId", String.valueOf(pageId));
        String base = relativeBaseUrl == null ? "" : relativeBaseUrl;
        model.put("restBase", base + WebModules.REST_BASE);
        model.put("setupUrl", base + WebModules.SETUP_PATH);
        model.put("pageVersion", pageVersion == null ? "" : String.valueOf(pageVersion));
        model.put("canEdit", canEdit);
        model.put("timeZone", viewerZone.getId());
        model.put("hasWorkflow", status.isPresent());
        StateView state = status.map(PageWorkflowStatus::state).orElse(null);
        model.put("stateName", state == null ? "" : state.name());
        model.put("stateColour", colour(state));
        model.put("pendingApproval", status.map(s -> s.approval() != null).orElse(false));
        // An author of a step that excludes authors is not asked for a review they would be refused (SELF_REVIEW).
        boolean canReview = status.map(s -> s.viewerCanReview() && s.approval() != null && !s.viewerIsAuthor())
                .orElse(false);
        model.put("canReview", canReview);
        model.put("reviewNeedsSetup", canReview && reviewNeedsSetup);
        boolean changedSince = status.isPresent() && standing.inApprovedState() && standing.changedSinceApproval()
                && pageVersion != null;
        model.put("changedSinceApproval", changedSince);
        model.put("approvedVersion", changedSince ? String.valueOf(standing.lastApproval().pageVersion()) : "");
        model.put("currentVersion", changedSince ? String.valueOf(pageVersion) : "");
        return Optional.of(model);
    }

    static String colour(StateView state) {
        if (state == null || state.colour() == null || !HEX_COLOUR.matcher(state.colour()).matches()) {
            return DEFAULT_COLOUR;
        }
        return state.colour();
    }
}
