package app.auraworkflows.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Role: the single home of authorization for the plugin's screens and REST resources.
 *
 * <p>Every servlet and resource asks this component who is calling and whether they may administer 2FA,
 * instead of re-implementing checks (copy-pasted checks drift apart). "Admin" means a Confluence
 * administrator as SAL defines it ({@link UserManager#isAdmin(UserKey)}; system administrators count).
 */
@Component
public class AuraPermissions {
    private final UserManager userManager;

    public AuraPermissions(UserManager userManager) {
        this.userManager = userManager;
    }

    /** The signed-in user of {@code request}, or empty when the request is anonymous. */
    public Optional<AuraUser> currentUser(HttpServletRequest request) {
        UserKey key = userManager.getRemoteUserKey(request);
        if (key == null) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(key);
        String username = profile != null && profile.getUsername() != null ? profile.getUsername() : key.getStringValue();
        return Optional.of(new AuraUser(key.getStringValue(), username));
    }

    /** Whether {@code user} may manage 2FA enrolment (add, list, revoke). */
    public boolean canAdminister(AuraUser user) {
        return user != null && userManager.isAdmin(new UserKey(user.userKey()));
    }
}
