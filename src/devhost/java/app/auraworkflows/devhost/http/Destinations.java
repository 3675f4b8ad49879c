package app.auraworkflows.devhost.http;

/**
 * Post-login/WebSudo redirect targets: only context-relative paths within the site are followed
 * (no scheme, no {@code //host}, no backslashes), so {@code os_destination} cannot be an open redirect.
 * The context path is prepended as given, as Seraph does: a destination that already carries it is not
 * repaired, so a plugin passing the full request URI lands on a 404 here as it would in Confluence.
 */
public final class Destinations {

    private Destinations() {
    }

    /** A safe context-relative destination, or {@code fallback}. */
    public static String safe(String destination, String fallback) {
        if (destination == null || destination.isBlank()) {
            return fallback;
        }
        String d = destination.trim();
        if (!d.startsWith("/") || d.startsWith("//") || d.contains("\\") || d.contains("\r") || d.contains("\n")) {
            return fallback;
        }
        return d;
    }
}
