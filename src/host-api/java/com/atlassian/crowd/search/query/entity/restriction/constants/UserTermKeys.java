package com.atlassian.crowd.search.query.entity.restriction.constants;

import com.atlassian.crowd.search.query.entity.restriction.Property;
import com.atlassian.crowd.search.query.entity.restriction.PropertyImpl;

/** Host-API declaration (Crowd, compile-only), reduced to the user properties the plugin searches. */
public class UserTermKeys {
    public static final Property<String> USERNAME = new PropertyImpl<>("name", String.class);
    public static final Property<String> EMAIL = new PropertyImpl<>("email", String.class);
    public static final Property<String> LAST_NAME = new PropertyImpl<>("lastName", String.class);
    public static final Property<String> DISPLAY_NAME = new PropertyImpl<>("displayName", String.class);
}
