package app.auraworkflows.web;

/**
 * Role: the module keys and URLs declared in {@code atlassian-plugin.xml}, in one place so Java and the
 * descriptor cannot silently disagree (a test reads the descriptor and checks these values).
 */
public final class WebModules {
    public static final String PLUGIN_KEY = "app.auraworkflows.confluence";

    /** Web-resource holding the server-side Soy templates (rendered by SoyTemplateRenderer). */
    public static final String SOY_TEMPLATES = PLUGIN_KEY + ":aura-2fa-soy-templates";
    /** JS and CSS of the admin screen. */
    public static final String ADMIN_RESOURCES = PLUGIN_KEY + ":aura-2fa-admin-resources";
    /** JS and CSS of the user setup screen. */
    public static final String SETUP_RESOURCES = PLUGIN_KEY + ":aura-2fa-setup-resources";

    /** JS and CSS of the workflow list and the Workflow Builder. */
    public static final String WORKFLOW_RESOURCES = PLUGIN_KEY + ":aura-workflows-builder-resources";

    public static final String TEMPLATE_WORKFLOW_LIST_PAGE = "aura.workflows.listPage";
    public static final String TEMPLATE_WORKFLOW_BUILDER_PAGE = "aura.workflows.builderPage";
    /** JS and CSS of the workflow panel; in the web-resource context {@link #PAGE_CONTEXT} (page view mounts it). */
    public static final String PANEL_RESOURCES = PLUGIN_KEY + ":aura-workflow-panel-resources";
    /** Confluence's web-resource context of page-related screens (view, edit, ...). */
    public static final String PAGE_CONTEXT = "page";
    /** The byline web-item Confluence's page-banner plugin renders; the panel is mounted next to it. */
    public static final String BYLINE_ITEM = "aura-workflow-byline";
    /** Web-item section of the page byline (the page-banner plugin's {@code page.metadata.banner}). */
    public static final String BYLINE_SECTION = "page.metadata.banner";
    /** The byline item's link id (the element id the mount script looks for). */
    public static final String BYLINE_LINK_ID = "aura-workflow-byline-link";
    /** JS and CSS of the Open tasks screen. */
    public static final String TASKS_RESOURCES = PLUGIN_KEY + ":aura-workflow-tasks-resources";

    public static final String TEMPLATE_WORKFLOW_PANEL = "aura.workflowpages.workflowPanel";
    public static final String TEMPLATE_HISTORY_MACRO = "aura.workflowpages.historyMacro";
    public static final String TEMPLATE_TASKS_PAGE = "aura.workflowpages.tasksPage";
    public static final String TEMPLATE_ADMIN_PAGE = "aura.twofactor.adminPage";
    public static final String TEMPLATE_AUDIT_PAGE = "aura.twofactor.auditPage";
    public static final String TEMPLATE_SETUP_PAGE = "aura.twofactor.setupPage";
    public static final String TEMPLATE_MESSAGE_PAGE = "aura.twofactor.messagePage";

    /** Servlet URLs below the context path ({@code <servlet>} url-patterns under /plugins/servlet). */
    public static final String SETUP_PATH = "/plugins/servlet/aura-workflows/2fa";
    public static final String ADMIN_PATH = "/plugins/servlet/aura-workflows/admin/2fa";
    public static final String AUDIT_PATH = "/plugins/servlet/aura-workflows/admin/2fa/audit";
    public static final String WORKFLOWS_PATH = "/plugins/servlet/aura-workflows/workflows";
    public static final String WORKFLOW_BUILDER_PATH = "/plugins/servlet/aura-workflows/workflows/edit";
    public static final String TASKS_PATH = "/plugins/servlet/aura-workflows/tasks";
    /** The workflow panel's server-rendered fragment for {@code ?pageId=N} (not a screen: undecorated). */
    public static final String PAGE_PANEL_PATH = "/plugins/servlet/aura-workflows/page-panel";
    /** Base of the {@code <rest>} module below the context path. */
    public static final String REST_BASE = "/rest/aura-workflows/1.0";
    public static final String QR_PATH = REST_BASE + "/2fa/me/qr.png";

    public static final String DECORATOR_ADMIN = "atl.admin";
    public static final String DECORATOR_GENERAL = "atl.general";

    private WebModules() {
    }
}
