package app.auraworkflows.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowTemplates;
import app.auraworkflows.testing.BundleI18nResolver;
import app.auraworkflows.testing.SoyTestRenderer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The workflow list's view model and the workflow Soy templates, rendered with the real bundle. */
class WorkflowScreensRenderTest {
    private static SoyTestRenderer soy;

    @BeforeAll
    static void compileTemplates() {
        soy = new SoyTestRenderer("/templates/workflows.soy");
    }

    private static Map<String, Object> listModel(List<WorkflowDefinition> workflows, int using) {
        return new WorkflowListModel("/confluence", new BundleI18nResolver()).build(workflows, id -> using);
    }

    @Test
    void cardsShowNameDescriptionCountsAndTheInUseHint() {
        Map<String, Object> model = listModel(List.of(WorkflowTemplates.basicApproval().withId(4L)), 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> card = ((List<Map<String, Object>>) model.get("workflows")).get(0);
        assertEquals("3 states", card.get("statesText"));
        assertEquals("4 transitions", card.get("transitionsText"));
        assertEquals("", card.get("protectedText"), "Basic Approval has no protected step");
        assertEquals("In use on 2 pages", card.get("inUseText"));
        assertEquals("/confluence/plugins/servlet/aura-workflows/workflows/edit?id=4", card.get("editUrl"));

        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_LIST_PAGE, model);
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.admin\">"));
        assertTrue(html.contains("Basic Approval"));
        assertTrue(html.contains("In use on 2 pages"));
        assertTrue(html.contains("data-in-use=\"true\""));
        assertTrue(html.contains("action=\"/confluence/plugins/servlet/aura-workflows/workflows/edit\""));
        assertTrue(html.contains("value=\"basic-approval\" aria-describedby=\"aura-wf-template-basic-approval-desc\" checked"));
    }

    @Test
    void aCardCountsTheStepsThatRequire2fa() {
        WorkflowDefinition basic = WorkflowTemplates.basicApproval();
        java.util.List<app.auraworkflows.approval.WorkflowTransition> transitions = new java.util.ArrayList<>(basic.transitions());
        transitions.set(1, ((app.auraworkflows.approval.ApprovalTransition) transitions.get(1)).withRequireTwoFactor(true));
        WorkflowDefinition protectedOne = new WorkflowDefinition(5L, "Controlled", "", basic.initialState(), basic.states(),
                transitions);
        Map<String, Object> model = listModel(List.of(protectedOne), 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> card = ((List<Map<String, Object>>) model.get("workflows")).get(0);
        assertEquals("1 step requires 2FA", card.get("protectedText"));
        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_LIST_PAGE, model);
        assertTrue(html.contains("aura-wf-card-protected\">1 step requires 2FA</span>"), html);
    }

    @Test
    void unusedWorkflowsHaveNoHintAndAnEmptyListSaysSo() {
        Map<String, Object> model = listModel(List.of(WorkflowTemplates.blank().withId(5L)), 0);
        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_LIST_PAGE, model);
        assertFalse(html.contains("aura-wf-in-use"));
        assertTrue(html.contains("1 state<"));

        String empty = soy.render(WebModules.TEMPLATE_WORKFLOW_LIST_PAGE, listModel(List.of(), 0));
        assertTrue(empty.contains("There are no workflows yet"));
    }

    @Test
    void builderFrameCarriesTheIdsAndEveryScriptTextAsDataAttributes() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decorator", "atl.admin");
        model.put("restBase", "/confluence/rest/aura-workflows/1.0");
        model.put("listUrl", "/confluence/plugins/servlet/aura-workflows/workflows");
        model.put("builderUrl", "/confluence/plugins/servlet/aura-workflows/workflows/edit");
        model.put("workflowId", "");
        model.put("templateKey", "basic-approval");
        model.put("newName", "<Legal> & \"review\"");

        String html = soy.render(WebModules.TEMPLATE_WORKFLOW_BUILDER_PAGE, model);

        assertTrue(html.contains("data-template-key=\"basic-approval\""));
        assertTrue(html.contains("data-new-name=\"&lt;Legal&gt; &amp; &quot;review&quot;\""), "names are escaped");
        assertTrue(html.contains("Save workflow"));
        assertTrue(html.contains("data-i18n-require-two-factor=\"Require 2FA\""));
        assertTrue(html.contains("data-i18n-require-two-factor-help=\"Reviewers must enter"));
        assertTrue(html.contains("role=\"toolbar\""));
        assertTrue(html.contains("aria-live=\"assertive\""));
    }
}
