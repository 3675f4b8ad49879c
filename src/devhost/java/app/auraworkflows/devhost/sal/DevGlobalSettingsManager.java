package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.HostUrls;
import app.auraworkflows.devhost.db.HostProperties;
import app.auraworkflows.devhost.demo.DemoDataLoader;
import com.atlassian.confluence.setup.settings.GlobalSettingsManager;
import com.atlassian.confluence.setup.settings.Settings;

/**
 * Confluence's {@link GlobalSettingsManager}: site title and base URL, stored in the database so
 * every node agrees. Each call returns a fresh {@link Settings} copy, as Confluence does.
 */
public final class DevGlobalSettingsManager implements GlobalSettingsManager {

    private final HostProperties properties;
    private final HostUrls urls;
    private final String defaultTitle;

    public DevGlobalSettingsManager(HostProperties properties, HostUrls urls, String defaultTitle) {
        this.properties = properties;
        this.urls = urls;
        this.defaultTitle = defaultTitle;
    }

    @Override
    public Settings getGlobalSettings() {
        Settings s = new Settings();
        s.setSiteTitle(properties.get(DemoDataLoader.SITE_TITLE).orElse(defaultTitle));
        s.setBaseUrl(urls.baseUrl());
        return s;
    }

    @Override
    public void updateGlobalSettings(Settings settings) {
        if (settings.getSiteTitle() != null) {
            properties.set(DemoDataLoader.SITE_TITLE, settings.getSiteTitle());
        }
    }

    public String siteTitle() {
        return getGlobalSettings().getSiteTitle();
    }
}
