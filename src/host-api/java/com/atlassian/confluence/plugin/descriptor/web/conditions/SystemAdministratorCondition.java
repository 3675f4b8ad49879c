package com.atlassian.confluence.plugin.descriptor.web.conditions;

/**
 * Confluence's web-fragment condition "the current user is a system administrator". Declared only so the
 * class exists in the host package a descriptor names (see {@link ConfluenceAdministratorCondition}).
 */
public class SystemAdministratorCondition {
}
