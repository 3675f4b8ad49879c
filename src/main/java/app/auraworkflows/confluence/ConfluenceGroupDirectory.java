package app.auraworkflows.confluence;

import app.auraworkflows.approval.GroupDirectory;
import com.atlassian.sal.api.user.UserManager;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Role: host adapter implementing the {@link GroupDirectory} port: whether a reviewer group exists, asked
 * when a workflow is saved (for a warning, never to refuse), and the Builder's group picker's search.
 *
 * <p>SAL's {@link UserManager} has no "get group"; its {@code findGroupNamesByPrefix} is Crowd's group-name
 * search with a start index and a maximum, so one lookup reads at most {@link #PROBE} names however many
 * groups there are. Crowd orders group names, and a name sorts before every longer name it is a prefix of,
 * so an existing group comes first; the few extra names only cover a directory that orders differently.
 */
@Component
public class ConfluenceGroupDirectory implements GroupDirectory {
    /** Names read per lookup. */
    static final int PROBE = 10;

    private final UserManager userManager;

    public ConfluenceGroupDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public boolean exists(String groupName) {
        if (groupName == null || groupName.isBlank()) {
            return false;
        }
        String wanted = groupName.strip().toLowerCase(Locale.ROOT);
        Iterable<String> found = userManager.findGroupNamesByPrefix(groupName.strip(), 0, PROBE);
        if (found == null) {
            return false;
        }
        int read = 0;
        for (String name : found) {
            if (name != null && name.toLowerCase(Locale.ROOT).equals(wanted)) {
                return true;
            }
            if (++read >= PROBE) {
                break; // a directory that ignored the bound still costs no more than PROBE names
            }
        }
        return false;
    }

    @Override
    public java.util.List<String> namesStartingWith(String prefix, int limit) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (prefix == null || prefix.isBlank() || limit < 1) {
            return names;
        }
        Iterable<String> found = userManager.findGroupNamesByPrefix(prefix.strip(), 0, limit);
        if (found != null) {
            for (String name : found) {
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
                if (names.size() >= limit) {
                    break; // a directory that ignored the bound still gives no more than asked for
                }
            }
        }
        return names;
    }
}
