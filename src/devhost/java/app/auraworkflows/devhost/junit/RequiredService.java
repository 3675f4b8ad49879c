package app.auraworkflows.devhost.junit;

import org.junit.jupiter.api.Assumptions;

/**
 * Role: the one rule for tests that need a service of the machine (PostgreSQL, Chromium): without it the test is
 * skipped, loudly, on a developer's machine, and fails under CI ({@code CI=true}), where it must run. A skipped
 * test never counts as a pass there.
 */
public final class RequiredService {
    private RequiredService() {
    }

    /** Skips the calling test (or fails it under CI) because {@code message} says what is missing. */
    public static void missing(String message, Throwable cause) {
        missing(message, cause, "true".equalsIgnoreCase(System.getenv("CI")));
    }

    static void missing(String message, Throwable cause, boolean underCi) {
        System.err.println("\n!!!!! " + message + "\n!!!!! (under CI=true this is a failure)\n");
        if (underCi) {
            throw new AssertionError("CI=true requires it: " + message, cause);
        }
        Assumptions.abort(message);
    }
}
