package app.auraworkflows.devhost.http;

import app.auraworkflows.devhost.HostUrls;

/**
 * Post-login/WebSudo redirect targets: only context-relative paths within the site are followed
 * (no scheme, no {@code //host}, no backslashes), so {@code os_destination} cannot be an open redirect.
 */
public final class Destinations {

    private Destinations() {
    }

    /** A safe context-relative destination, or {@code fallback}. */
    public static String safe(String destination, HostUrls urls, String fallback) {
        if (destination == null || destination.isBlank()) {
            return fallback;
        }
        String d = destination.trim();
        if (d.startsWith(urls.contextPath() + "/")) {
            d = d.substring(urls.contextPath().length());
        }
        if (!d.startsWith("/") || d.startsWith("//") || d.contains("\\") || d.contains("\r") || d.contains("\n")) {
            return fallback;
        }
        return d;
    }
}
