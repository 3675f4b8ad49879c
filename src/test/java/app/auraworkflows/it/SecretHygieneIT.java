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
 * After a whole enrolment scenario (add, fetch setup and QR, malformed, wrong and right codes, replay,
 * lockout, revoke), nothing the host or the plugin logged contains the secret, the otpauth URI or any
 * submitted code (security.md §9 case 38). Everything written to stdout/stderr during the scenario —
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
            String bobSecret = host.get("bob", ME).json().get("manualKey").asText().replace(" ", "");
            for (int i = 0; i < 11; i++) {
                host.postJson("bob", ME + "/confirm", Map.of("code", wrong));
            }
            host.delete("admin", "/rest/aura-workflows/1.0/2fa/users/bob");
            // Proves the capture sees what loggers write (so the assertions below can fail).
            org.slf4j.LoggerFactory.getLogger(SecretHygieneIT.class).warn("hygiene-capture-marker");
            submitted = List.of(right, wrong, "98765x", bobSecret);
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
