package app.auraworkflows.confluence;

import app.auraworkflows.approval.GroupMembership;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Role: live group membership for reviewer groups, read from Confluence at the moment a reviewer votes or opens their
 * tasks (never cached: removing someone from a group takes effect on every pending approval). One group is asked of
 * SAL; all of a user's groups of {@code UserAccessor.getGroupNamesForUserName}, so that "Open tasks" looks up the rounds
 * of exactly those groups instead of reading every group of every round on the site.
 */
@Component
public class ConfluenceGroupMembership implements GroupMembership {
    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public ConfluenceGroupMembership(UserManager userManager, UserAccessor userAccessor) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
    }

    @Override
    public Set<String> groupsOf(String username) {
        Set<String> names = new TreeSet<>();
        if (username == null) {
            return names;
        }
        java.util.List<String> found = userAccessor.getGroupNamesForUserName(username);
        if (found != null) {
            for (String name : found) {
                if (name != null && !name.isBlank()) {
                    names.add(name.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    @Override
    public boolean isMember(String username, String groupName) {
        if (username == null || groupName == null) {
            return false;
        }
        UserProfile profile = userManager.getUserProfile(username);
        return profile != null && userManager.isUserInGroup(profile.getUserKey(), groupName);
    }
}
