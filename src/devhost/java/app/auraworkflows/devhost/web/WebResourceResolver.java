package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import app.auraworkflows.devhost.soy.SoySourceProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resolves web-resources the way Confluence's web-resource manager does, in a small way: expands
 * {@code <dependency>}s depth-first (dependencies before dependants, each once), adds the web-resources
 * of requested contexts ({@code <context>atl.admin</context>}), and turns download resources into
 * {@code /download/resources/<pluginKey>:<key>/<name>} URLs. The AUI web-resources of {@link #KNOWN_AUI} are
 * satisfied by the AUI the chrome always loads. Also supplies
 * soy sources per module to the renderer.
 */
public final class WebResourceResolver implements SoySourceProvider {

    /** The dev host's own soy templates (chrome, login, host pages) live under this module key. */
    public static final String HOST_TEMPLATES = "devhost:templates";
    private static final List<String> HOST_TEMPLATE_FILES = List.of("chrome.soy", "pages.soy", "apps.soy");
    private static final Logger LOG = LoggerFactory.getLogger(WebResourceResolver.class);

    /**
     * The AUI web-resources a plugin may depend on, each seen in a Confluence 10 plugin (see
     * docs/confluence-compatibility.md); the chrome's AUI bundle provides them. Any other AUI key is warned about like
     * any missing key, so a misspelt one shows up here before it silently loads nothing in Confluence.
     */
    static final Set<String> KNOWN_AUI = Set.of("com.atlassian.auiplugin:aui-flag");

    private final InstalledPlugins plugins;
    private final HostUrls urls;
    private final Set<String> warnedUnknown = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public WebResourceResolver(InstalledPlugins plugins, HostUrls urls) {
        this.plugins = plugins;
        this.urls = urls;
    }

    /** A stylesheet or script URL to emit in the page head. */
    public record Tag(String kind, String url) {
    }

    public List<Tag> tags(Set<String> requiredKeys, Set<String> contexts, Set<String> excluded) {
        Set<String> ordered = new LinkedHashSet<>();
        for (String context : contexts) {
            for (LoadedPlugin p : plugins.all()) {
                for (PluginDescriptor.WebResource wr : p.descriptor().webResources()) {
                    if (wr.contexts().contains(context)) {
                        visit(p.key() + ":" + wr.key(), ordered, new LinkedHashSet<>());
                    }
                }
            }
        }
        for (String key : requiredKeys) {
            visit(key, ordered, new LinkedHashSet<>());
        }
        ordered.removeAll(excluded);
        List<Tag> css = new ArrayList<>();
        List<Tag> js = new ArrayList<>();
        for (String key : ordered) {
            find(key).ifPresent(found -> {
                for (PluginDescriptor.Resource r : found.webResource().ofType("download")) {
                    String url = urls.path("/download/resources/" + key + "/" + r.name());
                    if (r.name().endsWith(".css")) {
                        css.add(new Tag("css", url));
                    } else if (r.name().endsWith(".js")) {
                        js.add(new Tag("js", url));
                    }
                }
            });
        }
        List<Tag> all = new ArrayList<>(css);
        all.addAll(js);
        return all;
    }

    private void visit(String key, Set<String> ordered, Set<String> visiting) {
        if (ordered.contains(key) || !visiting.add(key)) {
            return;
        }
        Optional<Found> found = find(key);
        if (found.isEmpty()) {
            if (!KNOWN_AUI.contains(key) && warnedUnknown.add(key)) {
                // As Confluence's web-resource manager does with a key it lacks: logged, and the page renders without.
                LOG.warn("Web-resource {} is not provided by the dev host; ignored", key);
            }
            return;
        }
        for (String dep : found.get().webResource().dependencies()) {
            visit(dep, ordered, visiting);
        }
        ordered.add(key);
    }

    /** A plugin's web-resource. */
    public record Found(LoadedPlugin plugin, PluginDescriptor.WebResource webResource) {
    }

    public Optional<Found> find(String completeKey) {
        int colon = completeKey.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String pluginKey = completeKey.substring(0, colon);
        String key = completeKey.substring(colon + 1);
        return plugins.byKey(pluginKey).flatMap(p -> p.descriptor().webResource(key).map(wr -> new Found(p, wr)));
    }

    @Override
    public List<SoySource> sources(String completeModuleKey) {
        if (HOST_TEMPLATES.equals(completeModuleKey)) {
            return HOST_TEMPLATE_FILES.stream().map(WebResourceResolver::hostTemplate).toList();
        }
        Set<String> ordered = new LinkedHashSet<>();
        visit(completeModuleKey, ordered, new LinkedHashSet<>());
        List<SoySource> out = new ArrayList<>();
        for (String key : ordered) {
            find(key).ifPresent(f -> {
                for (PluginDescriptor.Resource r : f.webResource().ofType("soy")) {
                    byte[] bytes = f.plugin().archive().read(r.location()).orElseThrow(() -> new IllegalStateException(
                            "Soy resource " + r.location() + " of " + key + " is not in the plugin JAR"));
                    out.add(new SoySource(key + "/" + r.location(), new String(bytes, StandardCharsets.UTF_8)));
                }
            });
        }
        return out;
    }

    private static SoySource hostTemplate(String file) {
        String path = "devhost/templates/" + file;
        try (InputStream in = WebResourceResolver.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Dev host template missing from the classpath: " + path);
            }
            return new SoySource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
