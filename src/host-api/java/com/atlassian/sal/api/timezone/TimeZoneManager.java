package com.atlassian.sal.api.timezone;

import com.atlassian.sal.api.user.UserKey;
import java.util.TimeZone;

/**
 * Host-API declaration (SAL, compile-only): the time zone of the current user, of a given user, and of the
 * site. The real methods are annotated non-null; a user without a profile zone gets the site default.
 */
public interface TimeZoneManager {
    TimeZone getUserTimeZone();

    TimeZone getUserTimeZone(UserKey user);

    TimeZone getDefaultTimeZone();
}
