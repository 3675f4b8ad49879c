package com.atlassian.confluence.security;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Host-API declaration (Confluence 10, compile-only): a permission kind, used through its
 * {@code public static final} instances (linked by name and type, so plugin code compiled against
 * these fields binds to Confluence's own instances).
 *
 * <p>Deviation: the real abstract method {@code checkAgainst(PermissionDelegate, User, Object)} is not
 * declared (plugins call {@code PermissionManager} instead), so {@link #isMutative()} is concrete here.
 * The constants are real instances so the dev host can tell them apart; identity equality, as in Confluence.
 */
public abstract class Permission implements Serializable {
    private static final long serialVersionUID = 1L;

    public static final Permission VIEW = new Permission("VIEW", false) { };
    public static final Permission EDIT = new Permission("EDIT", true) { };
    public static final Permission SET_PERMISSIONS = new Permission("SET_PERMISSIONS", true) { };
    public static final Permission REMOVE = new Permission("REMOVE", true) { };
    public static final Permission EXPORT = new Permission("EXPORT", false) { };
    public static final Permission ADMINISTER = new Permission("ADMINISTER", false) { };

    private static final List<Permission> ALL = List.of(VIEW, EDIT, SET_PERMISSIONS, REMOVE, EXPORT, ADMINISTER);

    private final String name;
    private final boolean mutative;

    private Permission(String name, boolean mutative) {
        this.name = name;
        this.mutative = mutative;
    }

    /** The constant with that name, case-insensitively; {@link IllegalArgumentException} when there is none. */
    public static Permission forName(String permissionName) {
        String upper = permissionName.toUpperCase(Locale.ENGLISH);
        return ALL.stream().filter(p -> p.name.equals(upper)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Permission not found with name: " + permissionName));
    }

    public boolean isMutative() {
        return mutative;
    }

    @Override
    public String toString() {
        return name;
    }
}
