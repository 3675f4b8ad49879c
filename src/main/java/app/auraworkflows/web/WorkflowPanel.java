package app.auraworkflows.web;

import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.AuraUser;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Optional;

/**
 * Role: the workflow panel in the page byline ({@code <web-panel key="aura-workflow-panel"
 * location="atl.page.metadata.banner">}). It renders, on the server, the compact status lozenge of the
 * page's current state (or, for editors of a page without a workflow, the "Add workflow" entry) and the
 * empty panel container; the panel's script fills the container from {@code GET /pages/{id}/workflow} when
 * it is expanded, so one renderer (the script) shows the panel both initially and after every action.
 *
 * <p>Viewers who cannot edit see nothing on a page without a workflow; anonymous viewers see nothing.
 */
public class WorkflowPanel implements WebPanel {
    private final PageWorkflowService pageWorkflows;
    private final AuraPermissions permissions;
    private final SoyTemplateRenderer soy;
    private final PageBuilderService pageBuilder;

    public WorkflowPanel(PageWorkflowService pageWorkflows, AuraPermissions permissions, SoyTemplateRenderer soy,
                         PageBuilderService pageBuilder) {
        this.pageWorkflows = pageWorkflows;
        this.permissions = permissions;
        this.soy = soy;
        this.pageBuilder = pageBuilder;
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Optional<AuraUser> viewer = permissions.currentUser();
        Long pageId = pageId(context);
        if (viewer.isEmpty() || pageId == null || !permissions.canViewPage(viewer.get(), pageId)) {
            return "";
        }
        Optional<PageWorkflowStatus> status = pageWorkflows.status(pageId, permissions.actor(viewer.get()));
        boolean canEdit = status.map(PageWorkflowStatus::viewerCanEdit)
                .orElseGet(() -> permissions.canEditPage(viewer.get(), pageId));
        Optional<Map<String, Object>> model = WorkflowPanelModel.build(pageId, pageVersion(context), contextPath(context),
                status, canEdit);
        if (model.isEmpty()) {
            return "";
        }
        pageBuilder.assembler().resources().requireWebResource(WebModules.PANEL_RESOURCES);
        return soy.render(WebModules.SOY_TEMPLATES, WebModules.TEMPLATE_WORKFLOW_PANEL, model.get());
    }

    /** Confluence renders a class web-panel through this method; it writes the same HTML as {@link #getHtml}. */
    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }

    /** Confluence's {@code page} context object; the dev host also offers {@code pageId}. */
    private static Long pageId(Map<String, Object> context) {
        Object page = context.get("page");
        if (page instanceof AbstractPage abstractPage) {
            return abstractPage.getId();
        }
        Object id = context.get("pageId");
        return id instanceof Number number ? number.longValue() : null;
    }

    /** The version of the page being viewed (sent with a review, so it is signed against what was shown). */
    private static Integer pageVersion(Map<String, Object> context) {
        return context.get("page") instanceof AbstractPage page ? page.getVersion() : null;
    }

    private static String contextPath(Map<String, Object> context) {
        Object path = context.get("contextPath");
        return path instanceof String s ? s : "";
    }
}
