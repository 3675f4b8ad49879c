package app.auraworkflows.web;

import app.auraworkflows.approval.HistoryEntry;
import app.auraworkflows.approval.HistoryPage;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.PageWorkflowStatus;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.AuraUser;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.soy.renderer.SoyTemplateRenderer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Role: the {@code aura-workflows-history} macro ({@code <xhtml-macro>}): renders, on the server, the page's
 * current workflow state and its signature list into the page body, so page view, print and PDF export carry
 * them. Read-only; it has no parameters and no body.
 *
 * <p>The page is the content being rendered ({@link ConversionContext#getEntity()}), never a parameter: a
 * macro that took a page id could show one page's signatures inside another page that anyone may view. The
 * viewer's permission is checked again because Confluence also renders macros outside page view (exports,
 * previews, includes): it renders for whoever can view the page (a visitor who is not logged in on a site with
 * anonymous access too), and nothing for anyone else.
 */
public class HistoryMacro implements Macro {
    /**
     * Bound on the history pages read for one rendering ({@value} pages of
     * {@link PageWorkflowService#MAX_HISTORY_PAGE} entries): a page's render time must stay bounded even for
     * an unusually long history.
     */
    static final int MAX_HISTORY_PAGES = 50;

    private final PageWorkflowService pageWorkflows;
    private final AuraPermissions permissions;
    private final SoyTemplateRenderer soy;

    public HistoryMacro(PageWorkflowService pageWorkflows, AuraPermissions permissions, SoyTemplateRenderer soy) {
        this.pageWorkflows = pageWorkflows;
        this.permissions = permissions;
        this.soy = soy;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        if (context == null || !(context.getEntity() instanceof AbstractPage page)) {
            return "";
        }
        // Anyone who can view the page sees it, logged in or not: the page's own view, print and PDF export carry it.
        if (!permissions.canViewPageAsViewer(permissions.currentUser(), page.getId())) {
            return "";
        }
        // null viewer: the macro shows no review or edit affordances, only what every reader may see
        Optional<PageWorkflowStatus> status = pageWorkflows.status(page.getId(), null);
        List<HistoryEntry> history = status.isPresent() ? history(page.getId()) : List.of();
        return soy.render(WebModules.SOY_TEMPLATES, WebModules.TEMPLATE_HISTORY_MACRO,
                HistoryMacroModel.build(status, history));
    }

    private List<HistoryEntry> history(long pageId) {
        List<HistoryEntry> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < MAX_HISTORY_PAGES; i++) {
            HistoryPage page = pageWorkflows.history(pageId, start, PageWorkflowService.MAX_HISTORY_PAGE);
            all.addAll(page.entries());
            if (!page.hasMore() || page.entries().isEmpty()) {
                break;
            }
            start += page.entries().size();
        }
        return all;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
