package com.atlassian.confluence.setup.settings;

/** Host-API declaration (Confluence 10, compile-only). */
public interface GlobalSettingsManager {
    Settings getGlobalSettings();
    void updateGlobalSettings(Settings settings);
}
