package app.auraworkflows.web;

import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.approval.WorkflowTemplates;
import app.auraworkflows.confluence.AuraUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Role: the Workflow Builder screen ({@code /plugins/servlet/aura-workflows/workflows/edit}), for
 * administrators with WebSudo.
 *
 * <p>{@code ?id=N} edits a stored workflow; {@code ?template=basic-approval|blank&name=...} starts an unsaved
 * one from a template. The servlet renders the frame (header, toolbar, empty diagram and sidebar, every
 * text); the page script loads the definition over REST ({@code GET /workflows/{id}} or
 * {@code GET /workflow-templates}), draws it and saves with {@code POST}/{@code PUT /workflows}, so the
 * screen and API clients share one path through validation. An unknown id or template answers 404.
 */
public class WorkflowBuilderServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_NAME_LENGTH = app.auraworkflows.approval.DefinitionLimits.MAX_NAME;

    private final transient WorkflowService workflows;

    public WorkflowBuilderServlet(ScreenSupport support, WorkflowService workflows) {
        super(support);
        this.workflows = workflows;
    }

    @Override
    protected Audience audience() {
        return Audience.ADMINISTRATORS;
    }

    @Override
    protected void handleGet(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        Map<String, Object> model = new LinkedHashMap<>();
        String contextPath = request.getContextPath();
        model.put("decorator", WebModules.DECORATOR_ADMIN);
        model.put("restBase", contextPath + WebModules.REST_BASE);
        model.put("listUrl", contextPath + WebModules.WORKFLOWS_PATH);
        model.put("builderUrl", contextPath + WebModules.WORKFLOW_BUILDER_PATH);
        Optional<Long> id = IdParameter.positive(request.getParameter("id"));
        String template = request.getParameter("template");
        if (id.isPresent() && workflows.get(id.get()).isPresent()) {
            model.put("workflowId", String.valueOf(id.get()));
            model.put("templateKey", "");
            model.put("newName", "");
        } else if (id.isEmpty() && template != null && WorkflowTemplates.byKey(template).isPresent()) {
            String name = request.getParameter("name");
            name = name == null ? "" : name.strip();
            model.put("workflowId", "");
            model.put("templateKey", template);
            // An over-long name is kept for the validator to report next to the field, but not beyond reason.
            model.put("newName", name.length() > MAX_NAME_LENGTH * 2 ? name.substring(0, MAX_NAME_LENGTH * 2) : name);
        } else {
            renderMessage(response, HttpServletResponse.SC_NOT_FOUND,
                    "aura.workflows.builder.notfound.title", "aura.workflows.builder.notfound.message");
            return;
        }
        support.renderer.render(response, HttpServletResponse.SC_OK, WebModules.TEMPLATE_WORKFLOW_BUILDER_PAGE, model,
                WebModules.WORKFLOW_RESOURCES);
    }
}
