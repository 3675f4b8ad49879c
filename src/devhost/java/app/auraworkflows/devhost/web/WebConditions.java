package app.auraworkflows.devhost.web;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.plugin.Condition;
import app.auraworkflows.devhost.plugin.LoadedPlugin;
import app.auraworkflows.devhost.plugin.PluginLoadException;
import com.atlassian.confluence.plugin.descriptor.web.conditions.ConfluenceAdministratorCondition;
import com.atlassian.confluence.plugin.descriptor.web.conditions.SystemAdministratorCondition;
import com.atlassian.confluence.plugin.descriptor.web.conditions.user.UserLoggedInCondition;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Role: evaluates descriptor conditions. As in Confluence ({@code ConfluenceWebFragmentHelper.loadCondition}),
 * each condition class is loaded through the plugin's bundle when the plugin is enabled, so a condition
 * from a host package the manifest does not import fails the plugin. The class that arrives must be
 * the host's own (same class object), and the dev host evaluates the ones it knows:
 * <ul>
 *   <li>{@code ConfluenceAdministratorCondition}, {@code SystemAdministratorCondition}: the user is a
 *       Confluence administrator;</li>
 *   <li>{@code UserLoggedInCondition}: someone is logged in.</li>
 * </ul>
 * Any other class (including plugin-provided conditions, which the dev host cannot run) fails the plugin,
 * so a menu never silently shows an item it should hide.
 */
public final class WebConditions {

    private final Map<Class<?>, Predicate<HostUser>> known;

    public WebConditions(Predicate<HostUser> isAdmin) {
        Predicate<HostUser> admin = u -> u != null && isAdmin.test(u);
        this.known = Map.of(
                ConfluenceAdministratorCondition.class, admin,
                SystemAdministratorCondition.class, admin,
                UserLoggedInCondition.class, u -> u != null);
    }

    /** Loads every condition class of a module through the plugin; fails when one cannot be loaded or run. */
    public void validate(Condition condition, String module, LoadedPlugin plugin) {
        if (condition instanceof Condition.Single s) {
            Class<?> loaded;
            try {
                loaded = plugin.loadClass(s.className());
            } catch (PluginLoadException e) {
                throw new PluginLoadException("Unable to enable web fragment " + module + ": condition "
                        + s.className() + " cannot be loaded through the plugin bundle. " + e.getMessage(), e);
            }
            if (!known.containsKey(loaded)) {
                throw new PluginLoadException("Module " + module + " uses condition " + s.className()
                        + ", which the dev host does not support. Supported: "
                        + known.keySet().stream().map(Class::getName).sorted().toList());
            }
        } else if (condition instanceof Condition.Composite c) {
            c.children().forEach(child -> validate(child, module, plugin));
        }
    }

    public boolean test(Condition condition, HostUser user) {
        if (condition == null) {
            return true;
        }
        if (condition instanceof Condition.Single s) {
            return byName(s.className()).test(user) != s.invert();
        }
        Condition.Composite c = (Condition.Composite) condition;
        boolean result = c.and() ? c.children().stream().allMatch(ch -> test(ch, user))
                : c.children().stream().anyMatch(ch -> test(ch, user));
        return result != c.invert();
    }

    /** Conditions were validated through the bundle at enable time; evaluation goes by the same name. */
    private Predicate<HostUser> byName(String className) {
        return known.entrySet().stream().filter(e -> e.getKey().getName().equals(className))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new IllegalStateException("Condition " + className + " was not validated"));
    }
}
