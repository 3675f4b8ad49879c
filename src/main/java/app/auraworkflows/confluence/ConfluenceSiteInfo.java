package app.auraworkflows.confluence;

import app.auraworkflows.twofactor.SiteInfo;
import com.atlassian.confluence.setup.settings.GlobalSettingsManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.sal.api.ApplicationProperties;
import org.springframework.stereotype.Component;

/**
 * Role: host adapter implementing the {@link SiteInfo} port. The site title labels authenticator
 * entries ("Aura Workflows (&lt;site title&gt;)") so users can tell production from test sites.
 */
@Component
public class ConfluenceSiteInfo implements SiteInfo {
    private final GlobalSettingsManager globalSettingsManager;
    private final ApplicationProperties applicationProperties;

    public ConfluenceSiteInfo(GlobalSettingsManager globalSettingsManager,
                              ApplicationProperties applicationProperties) {
        this.globalSettingsManager = globalSettingsManager;
        this.applicationProperties = applicationProperties;
    }

    /** The Confluence site title; falls back to the application's display name when no title is set. */
    @Override
    public String siteTitle() {
        Settings settings = globalSettingsManager.getGlobalSettings();
        String title = settings == null ? null : settings.getSiteTitle();
        if (title != null && !title.isBlank()) {
            return title.trim();
        }
        return applicationProperties.getDisplayName();
    }
}
