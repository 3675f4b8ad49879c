package app.auraworkflows.approval;

import java.util.List;
import java.util.Optional;

/**
 * The templates "Create workflow" starts from: "Basic Approval" (Draft → In Review → Published, rejection
 * back to Draft, reviewers: the {@code reviewers} group; editing the page In Review or Published moves it back
 * to Draft, so an approval never stands over text nobody reviewed) and "Blank" (one initial state). Changing a
 * template changes only workflows created from it afterwards.
 */
public final class WorkflowTemplates {
    public static final String BASIC_APPROVAL = "basic-approval";
    public static final String BLANK = "blank";

    /** The group Basic Approval names as reviewers (the dev host's demo data has it). */
    public static final String REVIEWERS_GROUP = "reviewers";

    private WorkflowTemplates() {
    }

    /** A template: a stable key and the (unsaved) definition it creates. */
    public record Template(String key, WorkflowDefinition definition) {
    }

    public static List<Template> all() {
        return List.of(new Template(BASIC_APPROVAL, basicApproval()), new Template(BLANK, blank()));
    }

    public static Optional<WorkflowDefinition> byKey(String key) {
        return all().stream().filter(t -> t.key().equals(key)).map(Template::definition).findFirst();
    }

    public static WorkflowDefinition basicApproval() {
        return new WorkflowDefinition(null, "Basic Approval",
                "Draft, then review, then published. A rejection or an edit sends the page back to Draft.",
                "draft",
                List.of(new WorkflowState("draft", "Draft", "#6B778C"),
                        new WorkflowState("in-review", "In Review", "#0052CC"),
                        new WorkflowState("published", "Published", "#00875A")),
                List.of(new SelectionTransition("submit", "draft", "in-review", "Submit for review"),
                        ApprovalTransition.of("review", "in-review", "published", "draft",
                                Reviewers.groups(REVIEWERS_GROUP)),
                        new EditTransition("edit-in-review", "in-review", "draft"),
                        new EditTransition("edit-published", "published", "draft")));
    }

    public static WorkflowDefinition blank() {
        return new WorkflowDefinition(null, "Blank", "", "start",
                List.of(new WorkflowState("start", "Start", null)), List.of());
    }
}
