package app.auraworkflows.devhost.plugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The parsed {@code atlassian-plugin.xml}: plugin info and the module types the dev host supports.
 * Immutable; everything else in the dev host reads the plugin through this model.
 */
public record PluginDescriptor(
        String key,
        String name,
        PluginInfo info,
        List<Resource> resources,
        List<ServletModule> servlets,
        List<RestModule> restModules,
        List<WebSection> webSections,
        List<WebItem> webItems,
        List<WebResource> webResources,
        List<WebPanel> webPanels,
        List<AoModule> aoModules,
        List<XhtmlMacro> xhtmlMacros,
        List<String> unsupportedModules) {

    /** {@code <plugin-info>}. */
    public record PluginInfo(String version, String vendorName, String vendorUrl, String description,
            Map<String, String> params) {
    }

    /** A {@code <resource type name location>}, at plugin level or inside a web-resource/web-panel. */
    public record Resource(String type, String name, String location, Map<String, String> params) {
    }

    /** {@code <servlet key class><url-pattern>...</url-pattern><init-param>...}. */
    public record ServletModule(String key, String name, String className, List<String> urlPatterns,
            Map<String, String> initParams) {
    }

    /** {@code <rest key path version><package>...</package></rest>} (REST v2). */
    public record RestModule(String key, String path, String version, List<String> packages) {
    }

    /** {@code <web-section key location weight><label key/>}. */
    public record WebSection(String key, String location, int weight, String labelKey, Condition condition) {
        /** The section id web-items use: {@code location/key}. */
        public String id() {
            return location + "/" + key;
        }
    }

    /** {@code <web-item key section weight><label key/><link linkId>...</link>}. */
    public record WebItem(String key, String section, int weight, String labelKey, String link, String linkId,
            String styleClass, String tooltipKey, Condition condition) {
    }

    /** {@code <web-resource key>} with resources, dependencies, contexts and transformers per extension. */
    public record WebResource(String key, List<Resource> resources, List<String> dependencies, List<String> contexts,
            Map<String, List<String>> transformers) {
        public List<Resource> ofType(String type) {
            return resources.stream().filter(r -> type.equals(r.type())).toList();
        }
    }

    /** {@code <web-panel key location weight>} rendered from a soy resource or a class. */
    public record WebPanel(String key, String location, int weight, Resource view, String className,
            Condition condition) {
    }

    /** {@code <ao namespace><entity>...</entity><upgradeTask>...</upgradeTask></ao>}. */
    public record AoModule(String key, String namespace, List<String> entities, List<String> upgradeTasks) {
    }

    /** {@code <xhtml-macro key name class>}: a macro of the page body, {@code <ac:structured-macro ac:name="name">}. */
    public record XhtmlMacro(String key, String name, String className) {
    }

    /** This descriptor with only {@code macros} enabled (the loader drops macros whose class cannot be used). */
    public PluginDescriptor withXhtmlMacros(List<XhtmlMacro> macros) {
        return new PluginDescriptor(key, name, info, resources, servlets, restModules, webSections, webItems,
                webResources, webPanels, aoModules, List.copyOf(macros), unsupportedModules);
    }

    public Optional<WebResource> webResource(String key) {
        return webResources.stream().filter(w -> w.key().equals(key)).findFirst();
    }

    public List<Resource> i18nResources() {
        return resources.stream().filter(r -> "i18n".equals(r.type())).toList();
    }
}
