package com.atlassian.sal.api;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

/** Host-API declaration (SAL 7, compile-only). Deprecated members are left out: we never call them. */
public interface ApplicationProperties {
    String PLATFORM_BAMBOO = "bamboo";
    String PLATFORM_BITBUCKET = "bitbucket";
    String PLATFORM_CONFLUENCE = "conf";
    String PLATFORM_CROWD = "crowd";
    String PLATFORM_FECRU = "fisheye";
    String PLATFORM_JIRA = "jira";
    String PLATFORM_STASH = "stash";

    String getBaseUrl(UrlMode urlMode);
    String getDisplayName();
    String getPlatformId();
    String getVersion();
    Date getBuildDate();
    String getBuildNumber();
    Optional<Path> getLocalHomeDirectory();
    Optional<Path> getSharedHomeDirectory();
    String getApplicationFileEncoding();
}
