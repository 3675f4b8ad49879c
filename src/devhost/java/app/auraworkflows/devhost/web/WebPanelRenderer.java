package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import com.atlassian.soy.renderer.SoyTemplateRenderer;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the plugins' {@code <web-panel>}s for a location (e.g. {@code atl.page.metadata.banner} on
 * page view), by weight, when their conditions hold. Two panel kinds, as in Confluence:
 * <ul>
 *   <li>{@code <resource name="view" type="soy" location="pluginKey:webResourceKey/namespace.template"/>}
 *       rendered with the context map as data;</li>
 *   <li>{@code class="..."}: an instance created through the plugin's Spring context whose
 *       {@code getHtml(Map)} method returns the HTML (Confluence's {@code WebPanel} contract, called
 *       reflectively, so a panel class need not implement the interface).</li>
 * </ul>
 * A failing panel renders an error box instead of breaking the page.
 */
public final class WebPanelRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(WebPanelRenderer.class);

    private final InstalledPlugins plugins;
    private final SoyTemplateRenderer soy;
    private final WebConditions conditions;
    private final Map<String, Object> classPanels = new ConcurrentHashMap<>();

    public WebPanelRenderer(InstalledPlugins plugins, SoyTemplateRenderer soy, WebConditions conditions) {
        this.plugins = plugins;
        this.soy = soy;
        this.conditions = conditions;
    }

    public String render(String location, Map<String, Object> context, HostUser user) {
        record Panel(LoadedPlugin plugin, PluginDescriptor.WebPanel panel) {
        }
        List<Panel> panels = new ArrayList<>();
        for (LoadedPlugin p : plugins.all()) {
            for (PluginDescriptor.WebPanel wp : p.descriptor().webPanels()) {
                if (wp.location().equals(location) && conditions.test(wp.condition(), user)) {
                    panels.add(new Panel(p, wp));
                }
            }
        }
        panels.sort(Comparator.comparingInt(x -> x.panel().weight()));
        StringBuilder out = new StringBuilder();
        for (Panel p : panels) {
            try {
                out.append(renderOne(p.plugin(), p.panel(), context));
            } catch (RuntimeException e) {
                LOG.error("Web panel {} failed", p.panel().key(), e);
                out.append("<div class=\"aui-message aui-message-error\">Error rendering web panel ")
                        .append(p.panel().key()).append("</div>");
            }
        }
        return out.toString();
    }

    private String renderOne(LoadedPlugin plugin, PluginDescriptor.WebPanel panel, Map<String, Object> context) {
        if (panel.view() != null && "soy".equals(panel.view().type())) {
            String location = panel.view().location();
            int slash = location.lastIndexOf('/');
            if (slash < 0) {
                throw new IllegalStateException("Soy web-panel location must be pluginKey:webResourceKey/template: " + location);
            }
            return plugin.callInPlugin(() -> soy.render(location.substring(0, slash), location.substring(slash + 1), context));
        }
        if (panel.className() != null) {
            Object instance = classPanels.computeIfAbsent(plugin.key() + ":" + panel.key(),
                    k -> plugin.instantiate(plugin.loadClass(panel.className())));
            return plugin.callInPlugin(() -> {
                Method getHtml = instance.getClass().getMethod("getHtml", Map.class);
                return String.valueOf(getHtml.invoke(instance, context));
            });
        }
        throw new IllegalStateException("Web panel " + panel.key() + " has neither a soy view nor a class");
    }
}
