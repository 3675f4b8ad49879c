package app.auraworkflows.rest;

import app.auraworkflows.approval.OpenTask;
import app.auraworkflows.approval.PageInstanceRepository;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.ConfluencePages;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Role: REST resource of the caller's open tasks ({@code GET /rest/aura-workflows/1.0/tasks}): the pages
 * where they have a review pending, with title, link and state. Always the caller's own tasks.
 */
@Path("/tasks")
@LicensedOnly
public class TasksResource {
    private final PageWorkflowService pageWorkflows;
    private final ConfluencePages pages;
    private final AuraPermissions permissions;
    private final RestErrors errors;

    @Inject
    public TasksResource(PageWorkflowService pageWorkflows, ConfluencePages pages, AuraPermissions permissions,
                         RestErrors errors) {
        this.pageWorkflows = pageWorkflows;
        this.pages = pages;
        this.permissions = permissions;
        this.errors = errors;
    }

    /**
     * One page of the caller's open review tasks, newest round first. 200 {@code {"tasks":[...], "next"}}: pass
     * {@code next} (null on the last page) as {@code after} for the next page; {@code limit} 1–{@value
     * PageWorkflowService#MAX_TASKS}, default {@value PageWorkflowService#TASK_PAGE}. 400 INVALID_INPUT for a bad
     * {@code after} or {@code limit}; 401 anonymous.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response tasks(@Context HttpServletRequest request, @QueryParam("after") String after,
                          @QueryParam("limit") String limit) {
        RestCaller caller = RestCaller.signedIn(permissions, errors, request);
        if (caller.refused()) {
            return caller.refusal();
        }
        Paging paging = Paging.limit(limit, PageWorkflowService.TASK_PAGE, PageWorkflowService.MAX_TASKS, errors);
        if (paging.refusal() != null) {
            return paging.refusal();
        }
        Optional<PageInstanceRepository.OpenRoundRef> position = PageInstanceRepository.OpenRoundRef.parse(after);
        if (after != null && position.isEmpty()) {
            return errors.invalidInput("aura.workflow.rest.error.tasks.after");
        }
        PageWorkflowService.TaskPage page = pageWorkflows.openTasks(permissions.actor(caller.user()),
                position.orElse(null), paging.limit());
        return Response.ok(new TaskDto(tasks(page.tasks(), pages), page.next() == null ? null : page.next().token()))
                .build();
    }

    static List<TaskDto.Task> tasks(List<OpenTask> open, ConfluencePages pages) {
        List<TaskDto.Task> tasks = new ArrayList<>();
        for (OpenTask task : open) {
            Optional<ConfluencePages.PageFacts> page = pages.find(task.pageId());
            // A page deleted since its round opened is not a task any more.
            page.ifPresent(p -> tasks.add(new TaskDto.Task(p.id(), p.title(), p.spaceKey(), p.urlPath(),
                    StateDto.of(task.state()), task.workflowName(), task.round(),
                    task.since() == null ? null : task.since().toString(),
                    task.requireTwoFactor())));
        }
        return tasks;
    }
}
