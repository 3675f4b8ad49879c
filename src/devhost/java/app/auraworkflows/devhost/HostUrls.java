package app.auraworkflows.devhost;

/**
 * The dev host's public address: context path (e.g. {@code /confluence}) and base URL
 * ({@code http://localhost:2990/confluence}). The base URL is fixed once the port is bound, before the
 * plugin starts, so components that read it at construction see the real value.
 */
public final class HostUrls {

    private final String contextPath;
    private volatile String baseUrl;

    public HostUrls(String contextPath) {
        this.contextPath = contextPath;
    }

    public String contextPath() { return contextPath; }

    public String baseUrl() {
        if (baseUrl == null) {
            throw new IllegalStateException("Base URL not known before the port is bound");
        }
        return baseUrl;
    }

    void bind(String scheme, String host, int port, String configuredBaseUrl) {
        this.baseUrl = configuredBaseUrl != null ? configuredBaseUrl.replaceAll("/+$", "")
                : scheme + "://" + host + ":" + port + contextPath;
    }

    /** A context-relative path ({@code /login.action}) as a path on the server ({@code /confluence/login.action}). */
    public String path(String contextRelative) {
        return contextPath + contextRelative;
    }
}
