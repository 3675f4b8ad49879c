package app.auraworkflows.web;

import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.confluence.AuraUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Role: the admin screen "Administration → Aura Workflows → Workflows" ({@code /plugins/servlet/aura-workflows/workflows}):
 * the workflows as cards with "Create workflow", edit and delete.
 *
 * <p>Creating opens the builder on an unsaved copy of the chosen template (a plain GET form, so nothing is
 * stored until "Save workflow"); deleting is done by the page script through
 * {@code DELETE /rest/aura-workflows/1.0/workflows/{id}}, which refuses a workflow in use (409). Access:
 * Confluence administrators with a secure administrator session (see the base class).
 */
public class WorkflowListServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient WorkflowService workflows;

    public WorkflowListServlet(ScreenSupport support, WorkflowService workflows) {
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
        var model = new WorkflowListModel(request.getContextPath(), support.i18n).build(workflows.list(), workflows::pagesUsing);
        support.renderer.render(response, HttpServletResponse.SC_OK, WebModules.TEMPLATE_WORKFLOW_LIST_PAGE, model,
                WebModules.WORKFLOW_RESOURCES);
    }
}
