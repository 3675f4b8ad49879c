package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.plugin.PluginDescriptor;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Role: the web-fragment locations Confluence 10.2 renders and the dev host therefore renders, each
 * with its evidence in {@code docs/confluence-compatibility.md}. A web-item, web-section or web-panel at
 * any other location would never be shown in Confluence, so the dev host refuses the plugin (stricter
 * than Confluence, which ignores it silently): a feature cannot pass the tests at a place no user sees.
 */
public final class ConfluenceLocations {

    /** Links from apps in the site header, next to Spaces (rendered by the header of every page). */
    public static final String HEADER_LEFT = "system.header/left";
    /** "Your settings" in the sidebar of the user's personal settings (avatar menu, Settings). */
    public static final String YOUR_SETTINGS = "system.settings.edit/yoursettings";
    /** The Administration sidebar: a sectioned location (plugins add web-sections at {@code system.admin}). */
    public static final String ADMIN = "system.admin";
    /** The page byline's metadata banner, built from web-items by the page-banner plugin on page view. */
    public static final String PAGE_METADATA_BANNER = "page.metadata.banner";

    /** Confluence's own Administration sidebar sections, with their labels. */
    public static final Map<String, String> ADMIN_SECTIONS = Map.of(
            "system.admin/configuration", "Configuration",
            "system.admin/administration", "Administration",
            "system.admin/security", "Security",
            "system.admin/users", "Users & Security",
            "system.admin/look.and.feel", "Look and Feel",
            "system.admin/marketplace_confluence", "Manage apps");

    private static final Set<String> ITEM_LOCATIONS = Set.of(HEADER_LEFT, YOUR_SETTINGS, PAGE_METADATA_BANNER);
    private static final Set<String> SECTION_LOCATIONS = Set.of(ADMIN);

    private ConfluenceLocations() {
    }

    /** Why a web-item would never be rendered in Confluence, or empty when its section is rendered. */
    public static Optional<String> unrenderedItem(PluginDescriptor.WebItem item, PluginDescriptor descriptor) {
        String section = item.section();
        if (ITEM_LOCATIONS.contains(section) || ADMIN_SECTIONS.containsKey(section)) {
            return Optional.empty();
        }
        boolean pluginSection = descriptor.webSections().stream()
                .anyMatch(s -> s.id().equals(section) && SECTION_LOCATIONS.contains(s.location()));
        return pluginSection ? Optional.empty() : Optional.of("web-item " + item.key() + " is in section \"" + section
                + "\", which Confluence 10.2 does not render (rendered: " + ITEM_LOCATIONS + ", the Administration"
                + " sidebar's sections, and web-sections of the plugin at " + SECTION_LOCATIONS + ")");
    }

    /** Why a web-section would never be rendered, or empty. */
    public static Optional<String> unrenderedSection(PluginDescriptor.WebSection section) {
        return SECTION_LOCATIONS.contains(section.location()) ? Optional.empty()
                : Optional.of("web-section " + section.key() + " is at location \"" + section.location()
                        + "\", which Confluence 10.2 does not render as a section (rendered: " + SECTION_LOCATIONS + ")");
    }
}
