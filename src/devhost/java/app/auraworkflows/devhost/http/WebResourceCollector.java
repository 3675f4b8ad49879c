package app.auraworkflows.devhost.http;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The web-resources and contexts one request asked for (through {@code PageBuilderService}); the
 * decorator turns them into {@code <link>}/{@code <script>} tags in the page head.
 */
public final class WebResourceCollector {

    private final Set<String> webResources = new LinkedHashSet<>();
    private final Set<String> contexts = new LinkedHashSet<>();
    private final Set<String> excludedResources = new LinkedHashSet<>();

    public synchronized void requireWebResource(String completeKey) { webResources.add(completeKey); }
    public synchronized void requireContext(String context) { contexts.add(context); }
    public synchronized void exclude(Set<String> keys) { if (keys != null) { excludedResources.addAll(keys); } }
    public synchronized Set<String> webResources() { return new LinkedHashSet<>(webResources); }
    public synchronized Set<String> contexts() { return new LinkedHashSet<>(contexts); }
    public synchronized Set<String> excluded() { return new LinkedHashSet<>(excludedResources); }

    public synchronized WebResourceCollector copy() {
        WebResourceCollector c = new WebResourceCollector();
        c.webResources.addAll(webResources);
        c.contexts.addAll(contexts);
        c.excludedResources.addAll(excludedResources);
        return c;
    }
}
