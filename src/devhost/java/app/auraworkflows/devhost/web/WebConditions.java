package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.plugin.Condition;
import app.auraworkflows.devhost.plugin.PluginLoadException;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Evaluates descriptor conditions. Only host conditions known by class name are supported (the dev
 * host cannot run Confluence's condition classes); an unknown condition fails plugin installation so
 * a menu never silently shows an item it should hide:
 * <ul>
 *   <li>{@code ConfluenceAdministratorCondition}, {@code SystemAdministratorCondition},
 *       {@code SystemAdministratorOrSuperUserCondition}: the user is a Confluence administrator;</li>
 *   <li>{@code UserLoggedInCondition}: someone is logged in; {@code NotLoggedInCondition}: nobody is.</li>
 * </ul>
 */
public final class WebConditions {

    private final Predicate<HostUser> isAdmin;
    private final Map<String, Predicate<HostUser>> known;

    public WebConditions(Predicate<HostUser> isAdmin) {
        this.isAdmin = isAdmin;
        Predicate<HostUser> admin = u -> u != null && this.isAdmin.test(u);
        this.known = Map.of(
                "ConfluenceAdministratorCondition", admin,
                "SystemAdministratorCondition", admin,
                "SystemAdministratorOrSuperUserCondition", admin,
                "UserLoggedInCondition", u -> u != null,
                "NotLoggedInCondition", u -> u == null);
    }

    /** Fails when a condition class is not one the dev host knows. */
    public void validate(Condition condition, String module) {
        if (condition instanceof Condition.Single s) {
            if (!known.containsKey(simpleName(s.className()))) {
                throw new PluginLoadException("Module " + module + " uses condition " + s.className()
                        + ", which the dev host does not support. Supported: " + known.keySet());
            }
        } else if (condition instanceof Condition.Composite c) {
            c.children().forEach(child -> validate(child, module));
        }
    }

    public boolean test(Condition condition, HostUser user) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof Condition.Single s) {
            return known.get(simpleName(s.className())).test(user) != s.invert();
        }
        Condition.Composite c = (Condition.Composite) condition;
        boolean result = c.and() ? c.children().stream().allMatch(ch -> test(ch, user))
                : c.children().stream().anyMatch(ch -> test(ch, user));
        return result != c.invert();
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
