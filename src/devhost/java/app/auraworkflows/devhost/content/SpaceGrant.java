package app.auraworkflows.devhost.content;

import java.util.List;
import java.util.Objects;

/**
 * One row of a space's permissions: {@code permission} granted to a user (by user key) or a group (by
 * name). The dev host models Confluence's three space permissions that matter to the plugin: view the
 * space, add/edit its pages, administer it.
 */
public record SpaceGrant(Permission permission, GranteeType granteeType, String grantee) {

    /** Space permissions the dev host stores. */
    public enum Permission { VIEW, EDIT, ADMINISTER }

    /** Who receives the grant. */
    /** {@code ANON}: Confluence's "Anonymous" row, people who are not logged in (the stored code has at most 8 characters). */
    public enum GranteeType { USER, GROUP, ANON }

    public SpaceGrant {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(granteeType, "granteeType");
        Objects.requireNonNull(grantee, "grantee");
    }

    public static SpaceGrant group(Permission permission, String group) {
        return new SpaceGrant(permission, GranteeType.GROUP, group);
    }

    public static SpaceGrant user(Permission permission, String userKey) {
        return new SpaceGrant(permission, GranteeType.USER, userKey);
    }

    /** A grant to people who are not logged in (counts only while the site allows anonymous access). */
    public static SpaceGrant anonymous(Permission permission) {
        return new SpaceGrant(permission, GranteeType.ANON, "");
    }

    /**
     * What Confluence gives a new space by default on the dev host: every user ({@code confluence-users})
     * may view and edit, administrators may also administer.
     */
    public static List<SpaceGrant> defaults() {
        return List.of(group(Permission.VIEW, "confluence-users"), group(Permission.EDIT, "confluence-users"),
                group(Permission.VIEW, "confluence-administrators"), group(Permission.EDIT, "confluence-administrators"),
                group(Permission.ADMINISTER, "confluence-administrators"));
    }
}
