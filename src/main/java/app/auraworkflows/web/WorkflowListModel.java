package app.auraworkflows.web;

import app.auraworkflows.approval.ApprovalTransition;
import app.auraworkflows.approval.WorkflowDefinition;
import app.auraworkflows.approval.WorkflowTemplates;
import com.atlassian.sal.api.message.I18nResolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Role: the view model of the workflow list screen. Every decision the Soy template would otherwise make
 * (card texts' arguments, the in-use hint, edit links, template choices) is made here so the template only
 * renders and the decisions can be unit-tested.
 */
public final class WorkflowListModel {
    private final String contextPath;
    private final I18nResolver i18n;

    public WorkflowListModel(String contextPath, I18nResolver i18n) {
        this.contextPath = contextPath;
        this.i18n = i18n;
    }

    /** The Soy data for {@code aura.workflows.listPage}. */
    public Map<String, Object> build(List<WorkflowDefinition> workflows, ToIntFunction<Long> pagesUsing) {
        List<Map<String, Object>> cards = new ArrayList<>();
        for (WorkflowDefinition workflow : workflows) {
            int using = pagesUsing.applyAsInt(workflow.id());
            Map<String, Object> card = new LinkedHashMap<>();
            card.put("id", String.valueOf(workflow.id()));
            card.put("name", workflow.name() == null ? "" : workflow.name());
            card.put("description", workflow.description() == null ? "" : workflow.description());
            // Counted texts are formatted here: MessageFormat choice patterns need real numbers, which
            // Soy's getText would not reliably pass through.
            card.put("statesText", i18n.getText("aura.workflows.card.states", workflow.states().size()));
            card.put("transitionsText", i18n.getText("aura.workflows.card.transitions", workflow.transitions().size()));
            long protectedSteps = workflow.transitions().stream()
                    .filter(t -> t instanceof ApprovalTransition a && a.requireTwoFactor()).count();
            card.put("protectedText", protectedSteps > 0
                    ? i18n.getText("aura.workflows.card.protected", protectedSteps) : "");
            card.put("inUse", using > 0);
            card.put("inUseText", using > 0 ? i18n.getText("aura.workflows.card.inuse", using) : "");
            card.put("editUrl", contextPath + WebModules.WORKFLOW_BUILDER_PATH + "?id=" + workflow.id());
            cards.add(card);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decorator", WebModules.DECORATOR_ADMIN);
        model.put("restBase", contextPath + WebModules.REST_BASE);
        model.put("builderUrl", contextPath + WebModules.WORKFLOW_BUILDER_PATH);
        model.put("workflows", cards);
        model.put("templates", List.of(
                template(WorkflowTemplates.BASIC_APPROVAL, "aura.workflows.template.basic", "aura.workflows.template.basic.description", true),
                template(WorkflowTemplates.BLANK, "aura.workflows.template.blank", "aura.workflows.template.blank.description", false)));
        return model;
    }

    private Map<String, Object> template(String key, String labelKey, String descriptionKey, boolean checked) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("key", key);
        template.put("label", i18n.getText(labelKey));
        template.put("description", i18n.getText(descriptionKey));
        template.put("checked", checked);
        return template;
    }
}
