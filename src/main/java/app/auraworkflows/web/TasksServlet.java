package app.auraworkflows.web;

import app.auraworkflows.approval.OpenTask;
import app.auraworkflows.approval.PageInstanceRepository;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.confluence.AuraUser;
import app.auraworkflows.confluence.ConfluencePages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Role: the screen "Aura Workflows (site header) → Open tasks" ({@code /plugins/servlet/aura-workflows/tasks}):
 * the pages where the signed-in user has a review pending, with their state and a link. Read-only and
 * server-rendered; reviewing happens in the page's workflow panel.
 */
public class TasksServlet extends AuraScreenServlet {
    private static final long serialVersionUID = 1L;

    private final transient PageWorkflowService pageWorkflows;
    private final transient ConfluencePages pages;

    public TasksServlet(ScreenSupport support, PageWorkflowService pageWorkflows, ConfluencePages pages) {
        super(support);
        this.pageWorkflows = pageWorkflows;
        this.pages = pages;
    }

    @Override
    protected Audience audience() {
        return Audience.SIGNED_IN_USERS;
    }

    @Override
    protected void handleGet(HttpServletRequest request, HttpServletResponse response, AuraUser user)
            throws IOException {
        // A hand-edited or stale "after" falls back to the first page.
        PageInstanceRepository.OpenRoundRef after = PageInstanceRepository.OpenRoundRef.parse(request.getParameter("after"))
                .orElse(null);
        PageWorkflowService.TaskPage taskPage = pageWorkflows.openTasks(support.permissions.actor(user), after,
                PageWorkflowService.TASK_PAGE);
        List<OpenTask> open = taskPage.tasks();
        String contextPath = request.getContextPath() == null ? "" : request.getContextPath();
        ZonedTimes times = new ZonedTimes(support.zoneOf(user));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (OpenTask task : open) {
            Optional<ConfluencePages.PageFacts> page = pages.find(task.pageId());
            if (page.isEmpty()) {
                continue; // deleted since the round opened: nothing left to review
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", page.get().title());
            row.put("url", contextPath + page.get().urlPath());
            row.put("spaceKey", page.get().spaceKey() == null ? "" : page.get().spaceKey());
            row.put("spaceName", page.get().spaceName() == null ? "" : page.get().spaceName());
            row.put("requestedBy", task.requestedBy() == null ? "" : task.requestedBy());
            row.put("since", times.minutesWithZone(task.since()));
            row.put("stateName", task.state().name());
            row.put("stateColour", WorkflowPanelModel.colour(task.state()));
            row.put("workflowName", task.workflowName() == null ? "" : task.workflowName());
            row.put("requireTwoFactor", task.requireTwoFactor());
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decorator", decorator());
        model.put("tasks", rows);
        model.put("count", rows.size());
        model.put("firstPage", after == null);
        model.put("firstUrl", contextPath + WebModules.TASKS_PATH);
        model.put("nextUrl", taskPage.next() == null ? "" : contextPath + WebModules.TASKS_PATH + "?after="
                + taskPage.next().token());
        support.renderer.render(response, HttpServletResponse.SC_OK, WebModules.TEMPLATE_TASKS_PAGE, model,
                WebModules.TASKS_RESOURCES);
    }
}
