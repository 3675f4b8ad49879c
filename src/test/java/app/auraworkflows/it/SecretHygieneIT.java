package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * After a whole scenario — enrolment (add, fetch setup and QR, malformed, wrong and right codes, replay, lockout,
 * unlock, revoke) and protected reviews (wrong code, right code, the same code on another page) — nothing the host
 * or the plugin logged, and nothing the 2FA audit log answers (JSON and CSV), contains the secret, the otpauth
 * URI or any submitted code. Everything written to stdout/stderr during the scenario —
 * where the dev host's loggers write — is captured and searched.
 */
class SecretHygieneIT {
    private static final String ME = "/rest/aura-workflows/1.0/2fa/me";

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void noSecretUriOrSubmittedCodeReachesAnyLogLine() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
        String secret;
        String uri;
        List<String> submitted;
        String audit;
        String bobSecret;
        try {
            host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", List.of("alice", "bob")));
            HttpResult me = host.get("alice", ME);
            secret = me.json().get("manualKey").asText().replace(" ", "");
            uri = me.json().get("otpauthUri").asText();
            host.get("alice", ME + "/qr.png");
            String right = AuthenticatorApp.currentCode(secret);
            String wrong = right.equals("000000") ? "111111" : "000000";
            submitted = List.of(right, wrong, "98765x");
            host.postJson("alice", ME + "/confirm", Map.of("code", "98765x"));
            host.postJson("alice", ME + "/confirm", Map.of("code", wrong));
            assertEquals(200, host.postJson("alice", ME + "/confirm", Map.of("code", right)).status());
            host.postJson("alice", ME + "/confirm", Map.of("code", right)); // replay
            // Protected reviews: a wrong code, the right one, then the same code on a second page.
            long workflowId = protectedWorkflow();
            long first = hygienePage(workflowId, "Hygiene first");
            long second = hygienePage(workflowId, "Hygiene second");
            String reviewWrong = AuthenticatorApp.wrongCode(secret);
            String reviewRight = AuthenticatorApp.nextStepCode(secret);
            host.postJson("alice", page(first) + "/reviews", Map.of("decision", "APPROVE", "round", 1, "code", reviewWrong, "pageVersion", 1));
            assertEquals(200, host.postJson("alice", page(first) + "/reviews",
                    Map.of("decision", "APPROVE", "round", 1, "code", reviewRight, "pageVersion", 1)).status());
            host.postJson("alice", page(second) + "/reviews", Map.of("decision", "REJECT", "round", 1, "code", reviewRight, "pageVersion", 1));
            bobSecret = host.get("bob", ME).json().get("manualKey").asText().replace(" ", "");
            for (int i = 0; i < 11; i++) {
                host.postJson("bob", ME + "/confirm", Map.of("code", wrong));
            }
            host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users/bob/unlock", Map.of());
            host.delete("admin", "/rest/aura-workflows/1.0/2fa/users/bob");
            audit = host.get("admin", "/rest/aura-workflows/1.0/2fa/audit?limit=200").body()
                    + host.get("admin", "/rest/aura-workflows/1.0/2fa/audit.csv").body();
            // Proves the capture sees what loggers write (so the assertions below can fail).
            org.slf4j.LoggerFactory.getLogger(SecretHygieneIT.class).warn("hygiene-capture-marker");
            submitted = List.of(right, wrong, "98765x", bobSecret, reviewWrong, reviewRight);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(log.contains("hygiene-capture-marker"), "log capture is not working");
        assertFalse(log.contains(secret), "the Base32 secret was logged");
        assertFalse(log.contains(uri) || log.contains("otpauth://"), "the otpauth URI was logged");
        for (String value : submitted) {
            assertFalse(log.contains(value), "a submitted code or secret was logged");
        }
        org.junit.jupiter.api.Assertions.assertTrue(audit.contains("CODE_REUSED") && audit.contains("ADMIN_UNLOCK"),
                "the audit log recorded the scenario");
        assertFalse(audit.contains(secret) || audit.contains(bobSecret) || audit.contains("otpauth://"),
                "a secret or URI reached the audit log");
        for (String value : submitted) {
            assertFalse(audit.contains(value), "a submitted code reached the audit log");
        }
    }

    /** A DEMO page with a fixed title (no digits that could look like a code) in review under the workflow. */
    private static long hygienePage(long workflowId, String title) {
        HttpResult created = host.postJson("admin", "/rest/api/content", Map.of("type", "page", "title", title,
                "space", Map.of("key", "DEMO"),
                "body", Map.of("storage", Map.of("value", "<p>Hygiene</p>", "representation", "storage"))));
        assertEquals(200, created.status(), created.toString());
        long pageId = Long.parseLong(created.json().get("id").asText());
        assertEquals(201, host.postJson("admin", page(pageId) + "/workflow", Map.of("workflowId", workflowId)).status());
        assertEquals(200, host.postJson("admin", page(pageId) + "/transitions", Map.of("transitionKey", "submit")).status());
        return pageId;
    }
    /** Require 2FA on In Review, alice and bob as named reviewers, Min. approvals 2. */
    private static long protectedWorkflow() {
        return WorkflowFixtures.reviewWorkflow(host, "Hygiene", List.of("alice", "bob"), List.of(), 2, true);
    }

    private static String page(long pageId) {
        return "/rest/aura-workflows/1.0/pages/" + pageId;
    }

    /** Writes to the real stream and to the capture buffer. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int c) throws java.io.IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public synchronized void write(byte[] buf, int off, int len) throws java.io.IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }
    }
}
