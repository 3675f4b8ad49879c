package app.auraworkflows.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.ao.DevActiveObjects;
import app.auraworkflows.twofactor.CodeCheck;
import app.auraworkflows.twofactor.EnrolmentService;
import app.auraworkflows.twofactor.FileSecretKeySource;
import app.auraworkflows.twofactor.SecretKeySource;
import app.auraworkflows.twofactor.SiteInfo;
import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.twofactor.TotpVerifier;
import app.auraworkflows.twofactor.TwoFactorFixture;
import app.auraworkflows.twofactor.TwoFactorReadiness;
import app.auraworkflows.kernel.UserDirectory;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * Spring 6 wires the 2FA and store components exactly as listed in the generated spring-scanner index
 * ({@code META-INF/plugin-components/component}): one autowirable constructor each, clock and randomness
 * through their small source components, host ports supplied from outside (as confluence/ will).
 */
class SpringWiringTest {
    @TempDir
    Path sharedHome;

    @Test
    void theIndexedComponentsWireAndWorkTogether() throws Exception {
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
            int registered = 0;
            for (String line : indexed) {
                String className = line.substring(0, line.indexOf('#'));
                if (className.startsWith("app.auraworkflows.twofactor.") || className.startsWith("app.auraworkflows.store.")
                        || className.startsWith("app.auraworkflows.kernel.")) {
                    context.registerBean(line.substring(line.indexOf('#') + 1), Class.forName(className));
                    registered++;
                }
            }
            context.refresh();

            // 15 for 2FA (with the audit trail) + its review guard + its audit log store + the approval store (4
            // repositories, transactions) + the pending-setup expiry and its settings store + the audit retention (the
            // system clock is kernel's)
            assertEquals(25, registered);
            assertEquals(app.auraworkflows.twofactor.AuditRetention.DEFAULT_DAYS, context.getBean(app.auraworkflows.twofactor.AuditRetention.class).days());
            assertTrue(context.getBean(TimeSource.class).clock() != null);
            EnrolmentService service = context.getBean(EnrolmentService.class);
            assertEquals(List.of("alice"), service.addUsers(List.of("alice"), "admin").added());
            String secret = service.mySetup("key-alice").manualKey().replace(" ", "");
            String code = TwoFactorFixture.code(secret, TotpVerifier.stepAt(java.time.Instant.now()));
            CodeCheck check = service.confirm("key-alice", code);
            assertTrue(check.accepted(), check.toString());
            assertEquals(app.auraworkflows.twofactor.SetupStatus.ACTIVE, context.getBean(TwoFactorReadiness.class).setupStatus("key-alice"));
            assertEquals(2, context.getBean(app.auraworkflows.twofactor.TwoFactorAuditTrail.class)
                    .page(app.auraworkflows.twofactor.AuditFilter.of("alice", null), 0, 10).total(), "added and activated, written to the AO audit table");
        }
    }
}
