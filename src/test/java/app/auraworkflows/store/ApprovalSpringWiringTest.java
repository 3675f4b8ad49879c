package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.ApplyResult;
import app.auraworkflows.approval.ApprovalStanding;
import app.auraworkflows.approval.GroupDirectory;
import app.auraworkflows.approval.GroupMembership;
import app.auraworkflows.approval.PagePermissions;
import app.auraworkflows.approval.PageWorkflowService;
import app.auraworkflows.approval.ReviewGuard;
import app.auraworkflows.approval.ReviewRequest;
import app.auraworkflows.approval.ReviewResult;
import app.auraworkflows.approval.ReviewService;
import app.auraworkflows.approval.SaveResult;
import app.auraworkflows.approval.WorkflowService;
import app.auraworkflows.approval.WorkflowTemplates;
import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.twofactor.FileSecretKeySource;
import app.auraworkflows.twofactor.SecretKeySource;
import app.auraworkflows.twofactor.SiteInfo;
import app.auraworkflows.twofactor.TwoFactorFixture;
import app.auraworkflows.kernel.UserDirectory;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Spring 6 wires the approval services from the generated spring-scanner index together with the 2FA and
 * store components; only the host ports come from outside (as confluence/ will provide them:
 * {@link GroupMembership}, {@link GroupDirectory}, {@link PagePermissions}, {@code PageAuthors}, {@code PageVersions}, {@link UserDirectory}). Exactly one {@link ReviewGuard}.
 */
class ApprovalSpringWiringTest {
    @TempDir
    Path sharedHome;

    @Test
    void theApprovalServicesWireFromTheIndexAndRunAReview() throws Exception {
        List<String> indexed = Files.readAllLines(Path.of("target/classes/META-INF/plugin-components/component"));
        TestDatabase database = TestDatabase.hsqlInMemory();
        try (DevActiveObjects ao = DevActiveObjects.create(database.database(), "app.auraworkflows.confluence",
                StoreEntities.asArray());
             AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            TwoFactorFixture demo = new TwoFactorFixture();
            context.registerBean(ActiveObjects.class, () -> ao);
            context.registerBean(UserDirectory.class, () -> demo.directory);
            context.registerBean(SiteInfo.class, () -> () -> "Aura Demo");
            context.registerBean(SecretKeySource.class, () -> new FileSecretKeySource(sharedHome));
            context.registerBean(GroupMembership.class, () -> new app.auraworkflows.testing.GroupsFromMap(
                    java.util.Map.of("reviewers", java.util.Set.of("alice"))));
            context.registerBean(GroupDirectory.class, () -> new GroupDirectory() {
                @Override
                public boolean exists(String groupName) {
                    return "reviewers".equals(groupName);
                }

                @Override
                public java.util.List<String> namesStartingWith(String prefix, int limit) {
                    return "reviewers".startsWith(prefix) ? java.util.List.of("reviewers") : java.util.List.of();
                }
            });
            context.registerBean(PagePermissions.class, () -> new app.auraworkflows.testing.EveryPagePermitted());
            context.registerBean(app.auraworkflows.approval.PageAuthors.class, () -> pageId -> java.util.Set.of());
            context.registerBean(app.auraworkflows.approval.PageVersions.class, () -> pageId -> null);
            int approval = 0;
            for (String line : indexed) {
                String className = line.substring(0, line.indexOf('#'));
                if (className.startsWith("app.auraworkflows.twofactor.") || className.startsWith("app.auraworkflows.store.")
                        || className.startsWith("app.auraworkflows.approval.") || className.startsWith("app.auraworkflows.kernel.")) {
                    context.registerBean(line.substring(line.indexOf('#') + 1), Class.forName(className));
                    approval += className.startsWith("app.auraworkflows.approval.") ? 1 : 0;
                }
            }
            context.refresh();

            assertEquals(4, approval, "three Default*Service components and ApprovalStanding (the ReviewGuard is twofactor's)");
            assertEquals(1, context.getBeansOfType(ReviewGuard.class).size());
            SaveResult saved = context.getBean(WorkflowService.class).create(WorkflowTemplates.basicApproval());
            assertEquals(SaveResult.Outcome.SAVED, saved.outcome());
            Actor editor = new Actor("key-admin", "admin", "Admin");
            PageWorkflowService pages = context.getBean(PageWorkflowService.class);
            assertEquals(ApplyResult.Outcome.APPLIED, pages.apply(10, saved.id(), editor).outcome());
            pages.select(10, "submit", editor);
            ReviewResult result = context.getBean(ReviewService.class)
                    .review(new ReviewRequest(10, new Actor("key-alice", "alice", "Alice"), "APPROVE", "", 1));
            assertTrue(result.transitioned(), result.toString());
            assertEquals("published", result.state().key());
            assertEquals(1, context.getBean(ApprovalStanding.class).of(10, 1).lastApproval().round());
        }
    }
}
