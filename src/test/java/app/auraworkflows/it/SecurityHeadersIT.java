package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Security headers on what the app serves: {@code X-Content-Type-Options: nosniff} on every screen and REST
 * answer (JSON, errors, the audit CSV), and {@code Content-Security-Policy: frame-ancestors 'self'} on every
 * screen, so no other site can frame one. The screens are read from the built descriptor's servlet modules, so a
 * new screen is covered without touching this test.
 */
class SecurityHeadersIT {
    private static final String REST = "/rest/aura-workflows/1.0";
    private static final Pattern SERVLET_URL = Pattern.compile("<url-pattern>([^<]+)</url-pattern>");

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void everyScreenIsNotSniffedAndCanOnlyBeFramedByThisSite() throws IOException {
        DevHostClient admin = adminWithWebSudo();
        long pageId = WorkflowFixtures.newPage(host, "DEMO", "Headers");
        List<String> screens = screens();
        assertTrue(screens.size() >= 7, "screens found in the descriptor: " + screens);
        for (String url : screens) {
            // The two screens that need a parameter get one; any other screen is opened as it is.
            String query = url.endsWith("/page-panel") ? "?pageId=" + pageId
                    : url.endsWith("/workflows/edit") ? "?template=blank" : "";
            String path = "/plugins/servlet" + url + query;
            HttpResult r = admin.get(path);
            assertEquals(200, r.status(), path + ": " + r.status());
            assertScreenHeaders(path, r);
        }
    }

    @Test
    void refusalsAndRedirectsOfScreensCarryTheHeadersToo() {
        HttpResult anonymous = host.anonymous().get("/plugins/servlet/aura-workflows/admin/2fa");
        assertEquals(302, anonymous.status());
        assertScreenHeaders("anonymous redirect", anonymous);
        DevHostClient erin = host.browser();
        assertEquals(302, erin.login("erin", "erin").status());
        HttpResult notPermitted = erin.get("/plugins/servlet/aura-workflows/admin/2fa");
        assertEquals(403, notPermitted.status());
        assertScreenHeaders("not permitted page", notPermitted);
    }

    @Test
    void everyKindOfRestAnswerIsNotSniffed() {
        DevHostClient admin = adminWithWebSudo();
        Map<String, Integer> expected = new java.util.LinkedHashMap<>();
        expected.put("/tasks", 200);
        expected.put("/workflows", 200);
        expected.put("/2fa/me", 200);
        expected.put("/2fa/users?status=PENDING", 200);
        expected.put("/2fa/audit", 200);
        expected.put("/2fa/audit.csv", 200);
        expected.put("/workflows/999999999", 404);
        expected.put("/2fa/users?status=nonsense", 400);
        for (Map.Entry<String, Integer> call : expected.entrySet()) {
            HttpResult r = admin.get(REST + call.getKey());
            assertEquals(call.getValue(), r.status(), call.getKey() + ": " + r);
            assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), call.getKey());
        }
        HttpResult csv = admin.get(REST + "/2fa/audit.csv");
        assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.headers().toString());
        HttpResult forged = admin.send(admin.request(REST + "/2fa/users/nobody/unlock")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertEquals(403, forged.status());
        assertEquals(List.of("nosniff"), forged.headers().allValues("X-Content-Type-Options"), "XSRF refusal");
    }

    private static void assertScreenHeaders(String what, HttpResult r) {
        assertEquals(List.of("nosniff"), r.headers().allValues("X-Content-Type-Options"), what);
        assertEquals(List.of("frame-ancestors 'self'"), r.headers().allValues("Content-Security-Policy"), what);
    }

    /** The url-patterns of the servlet modules in the built descriptor. */
    private static List<String> screens() throws IOException {
        String descriptor = Files.readString(DevHostExtension.targetDir().resolve("classes/atlassian-plugin.xml"));
        List<String> urls = new ArrayList<>();
        Matcher m = SERVLET_URL.matcher(descriptor);
        while (m.find()) {
            urls.add(m.group(1).trim());
        }
        return urls;
    }

    private static DevHostClient adminWithWebSudo() {
        DevHostClient admin = host.browser();
        assertEquals(302, admin.login("admin", "admin").status());
        admin.startWebSudo("admin", "/plugins/servlet/aura-workflows/admin/2fa");
        return admin;
    }
}
