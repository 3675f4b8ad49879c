package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.i18n.I18nRegistry;
import app.auraworkflows.devhost.plugin.InstalledPlugins;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plugins' {@code <web-section>}s and {@code <web-item>}s as menus for the chrome, filtered by
 * their conditions for the current user and labelled from i18n.
 *
 * <p>A web-item belongs to the section named by its {@code section} attribute. When a plugin
 * {@code <web-section>} has id {@code location/key} equal to that value, the item is grouped under
 * that section's label and weight (e.g. {@code system.header/left/aura-workflows} → "Aura Workflows");
 * otherwise items are grouped by the raw section value with a label from
 * {@link #KNOWN_SECTION_LABELS} (Confluence's own admin sections) or none.
 */
public final class WebInterface {

    /** Section prefix of the header's Apps menu. */
    public static final String HEADER = "system.header";
    /** Section prefix of the admin sidebar. */
    public static final String ADMIN = "system.admin";

    static final Map<String, String> KNOWN_SECTION_LABELS = Map.of(
            "system.admin/configuration", "Configuration",
            "system.admin/administration", "Administration",
            "system.admin/security", "Security",
            "system.admin/users", "Users & Security",
            "system.admin/look.and.feel", "Look and Feel",
            "system.admin/marketplace_confluence", "Manage apps");

    private final InstalledPlugins plugins;
    private final I18nRegistry i18n;
    private final HostUrls urls;
    private final WebConditions conditions;

    public WebInterface(InstalledPlugins plugins, I18nRegistry i18n, HostUrls urls, WebConditions conditions) {
        this.plugins = plugins;
        this.i18n = i18n;
        this.urls = urls;
        this.conditions = conditions;
    }

    /** A menu group. {@code label} may be null (ungrouped items). */
    public record Section(String id, String label, int weight, List<Item> items) {
    }

    /** A menu entry; {@code url} is ready for an {@code href}. */
    public record Item(String key, String label, String url, String linkId, String styleClass, int weight) {
    }

    /** Validates every condition of every plugin module (called at startup). */
    public void validate(LoadedPlugin plugin) {
        PluginDescriptor d = plugin.descriptor();
        d.webItems().forEach(i -> conditions.validate(i.condition(), i.key()));
        d.webSections().forEach(s -> conditions.validate(s.condition(), s.key()));
        d.webPanels().forEach(p -> conditions.validate(p.condition(), p.key()));
    }

    /** The visible sections whose id starts with {@code prefix}, by weight, items by weight. */
    public List<Section> sections(String prefix, HostUser user) {
        Map<String, PluginDescriptor.WebSection> declared = new LinkedHashMap<>();
        List<PluginDescriptor.WebItem> items = new ArrayList<>();
        for (LoadedPlugin p : plugins.all()) {
            p.descriptor().webSections().forEach(s -> declared.put(s.id(), s));
            items.addAll(p.descriptor().webItems());
        }
        Map<String, List<Item>> grouped = new LinkedHashMap<>();
        for (PluginDescriptor.WebItem item : items) {
            if (!item.section().startsWith(prefix) || !conditions.test(item.condition(), user)) {
                continue;
            }
            PluginDescriptor.WebSection section = declared.get(item.section());
            if (section != null && !conditions.test(section.condition(), user)) {
                continue;
            }
            grouped.computeIfAbsent(item.section(), k -> new ArrayList<>()).add(new Item(item.key(),
                    label(item.labelKey(), item.key()), url(item.link()), item.linkId(), item.styleClass(), item.weight()));
        }
        List<Section> out = new ArrayList<>();
        grouped.forEach((id, list) -> {
            list.sort(Comparator.comparingInt(Item::weight));
            PluginDescriptor.WebSection section = declared.get(id);
            String label = section != null ? label(section.labelKey(), null) : KNOWN_SECTION_LABELS.get(id);
            out.add(new Section(id, label, section != null ? section.weight() : 1000, List.copyOf(list)));
        });
        out.sort(Comparator.comparingInt(Section::weight));
        return out;
    }

    /**
     * The web-items of exactly {@code section} whose conditions hold for {@code user}, by weight, as
     * Confluence's {@code WebInterfaceManager.getDisplayableItems(section, context)} returns them.
     */
    public List<PluginDescriptor.WebItem> displayableItems(String section, HostUser user) {
        List<PluginDescriptor.WebItem> out = new ArrayList<>();
        for (LoadedPlugin p : plugins.all()) {
            for (PluginDescriptor.WebItem item : p.descriptor().webItems()) {
                if (item.section().equals(section) && conditions.test(item.condition(), user)) {
                    out.add(item);
                }
            }
        }
        out.sort(Comparator.comparingInt(PluginDescriptor.WebItem::weight));
        return out;
    }

    private String label(String key, String fallback) {
        return key == null || key.isBlank() ? fallback : i18n.text(key);
    }

    /** Context-relative links get the context path; absolute URLs stay. */
    String url(String link) {
        if (link == null || link.isBlank()) {
            return "#";
        }
        if (link.startsWith("http://") || link.startsWith("https://") || link.startsWith("#")) {
            return link;
        }
        return urls.path(link.startsWith("/") ? link : "/" + link);
    }
}
