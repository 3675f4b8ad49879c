package app.auraworkflows.confluence;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.PageWorkflowService;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Role: turns Confluence's page-update event (a new page version was saved) into
 * {@link PageWorkflowService#pageEdited}, so a page whose state has a page-edit transition moves on.
 *
 * <p>Confluence calls listeners synchronously, inside the request that saved the page and, as manager calls run in
 * a transaction, most likely inside that transaction. The workflow change is therefore handed to one worker thread
 * and runs in a transaction of its own: a failure or a lost race in the workflow can never roll back or delay the
 * user's save. Nothing correctness-related waits in that queue: every status read catches up an edit whose event
 * was lost (a node stopped in between, the queue full), and the database makes the change happen once for a page
 * version however often it is reported, on any node.
 *
 * <p>Registered when the plugin is enabled and unregistered when it is disabled (Spring's lifecycle interfaces, as
 * Atlassian's event-listener guide recommends for a plugin's own lifecycle).
 */
@Component
public class PageEditListener implements InitializingBean, DisposableBean {
    private static final Logger LOG = LoggerFactory.getLogger(PageEditListener.class);
    static final int QUEUE_CAPACITY = 10_000;

    private final EventPublisher events;
    private final PageWorkflowService pageWorkflows;
    private final ThreadPoolExecutor worker;

    public PageEditListener(EventPublisher events, PageWorkflowService pageWorkflows) {
        this.events = events;
        this.pageWorkflows = pageWorkflows;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(QUEUE_CAPACITY), runnable -> {
                    Thread thread = new Thread(runnable, "aura-workflows-page-edits");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void afterPropertiesSet() {
        events.register(this);
    }

    @Override
    public void destroy() throws InterruptedException {
        events.unregister(this);
        worker.shutdown();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            // The edits left in the queue are caught up on the next status read of their pages.
            LOG.warn("Page edits still queued when the plugin stopped: {}", worker.shutdownNow().size());
        }
    }

    @EventListener
    public void onPageUpdate(PageUpdateEvent event) {
        Page page = event.getPage();
        long pageId = page.getId();
        int version = page.getVersion();
        Actor editor = ConfluencePages.actor(page.getLastModifier());
        try {
            worker.execute(() -> handle(pageId, version, editor == null ? Actor.UNKNOWN : editor));
        } catch (RejectedExecutionException full) {
            LOG.warn("Page {} version {}: the edit queue is full or stopped; the page's workflow catches up when it is"
                    + " next viewed", pageId, version);
        }
    }

    private void handle(long pageId, int version, Actor editor) {
        try {
            pageWorkflows.pageEdited(pageId, version, editor);
        } catch (RuntimeException failure) {
            LOG.error("Page {} version {}: the page-edit transition failed; it is retried when the page is next viewed",
                    pageId, version, failure);
        }
    }
}
