package com.atlassian.confluence.plugin.descriptor.web.conditions;

/**
 * Confluence's web-fragment condition "the current user is a Confluence administrator", named by class in
 * the plugin descriptor. Declared here only so that the class exists in the host package the descriptor
 * names: Confluence loads it through the plugin's bundle, so the bundle must import this package. The
 * real class extends {@code BaseConfluenceCondition} (a {@code com.atlassian.plugin.web.Condition}); those
 * members are left out because plugin code never calls them, and the dev host evaluates the condition itself.
 */
public class ConfluenceAdministratorCondition {
}
