package com.atlassian.confluence.plugin.descriptor.web.conditions.user;

/**
 * Confluence's web-fragment condition "someone is logged in", named by class in the plugin descriptor.
 * Declared only so the class exists in the host package the descriptor names: Confluence loads it through
 * the plugin's bundle, so the bundle must import this package. The real class is a
 * {@code com.atlassian.plugin.web.Condition}; its members are left out because plugin code never calls them.
 */
public class UserLoggedInCondition {
}
