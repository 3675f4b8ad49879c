package com.atlassian.confluence.setup.settings;

import java.io.Serializable;

/** Host-API declaration (Confluence 10, compile-only): global settings bean; we read the site title. */
public class Settings implements Serializable {
    private static final long serialVersionUID = 1L;
    private String siteTitle;
    private String baseUrl;

    public Settings() {
    }

    public String getSiteTitle() { return siteTitle; }
    public void setSiteTitle(String siteTitle) { this.siteTitle = siteTitle; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
}
