package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.i18n.I18nRegistry;
import app.auraworkflows.devhost.plugin.PluginDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Role: the page-banner plugin's part of page view. Confluence's page-banner plugin shows, in the page's
 * byline/metadata banner, the displayable web-items of section {@link #LOCATION}; for each it passes the
 * label, the link's displayable URL ({@code #} without a link), the tooltip, the link's id, the item's style
 * classes and whether they contain {@code aui-button}. The dev host builds the same items for its page
 * template, which writes the banner's markup ({@code <li class="page-metadata-item noprint">} with the link).
 * Icons are not supported (the dev host's descriptor parser does not read {@code <icon>}).
 */
public final class PageBanner {

    /** The web-item section the page-banner plugin renders. */
    public static final String LOCATION = ConfluenceLocations.PAGE_METADATA_BANNER;

    private final WebInterface webInterface;
    private final I18nRegistry i18n;

    public PageBanner(WebInterface webInterface, I18nRegistry i18n) {
        this.webInterface = webInterface;
        this.i18n = i18n;
    }

    /** The banner items the user may see, by weight, as maps for the page template. */
    public List<Map<String, Object>> items(HostUser user) {
        return webInterface.displayableItems(LOCATION, user).stream().map(this::item).toList();
    }

    private Map<String, Object> item(PluginDescriptor.WebItem item) {
        String styleClasses = item.styleClass() == null ? "" : item.styleClass();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("label", text(item.labelKey()));
        out.put("href", item.link() == null ? "#" : webInterface.url(item.link()));
        out.put("tooltip", text(item.tooltipKey()));
        out.put("linkId", item.linkId() == null ? "" : item.linkId());
        out.put("styleClasses", styleClasses);
        out.put("isAuiButton", styleClasses.contains("aui-button"));
        return out;
    }

    private String text(String key) {
        return key == null || key.isBlank() ? "" : i18n.text(key);
    }
}
