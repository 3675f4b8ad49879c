package app.auraworkflows.confluence;

import app.auraworkflows.approval.GroupMembership;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.springframework.stereotype.Component;

/**
 * Role: live group membership for reviewer groups, read from Confluence through SAL at the moment a
 * reviewer votes (never cached: removing someone from a group takes effect on every pending approval).
 */
@Component
public class ConfluenceGroupMembership implements GroupMembership {
    private final UserManager userManager;

    public ConfluenceGroupMembership(UserManager userManager) {
        this.userManager = userManager;
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
