package app.auraworkflows.confluence;

import app.auraworkflows.approval.Actor;
import app.auraworkflows.approval.PagePermissions;
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
 * Page rights (view, edit) are Confluence's own, through the engine's {@link PagePermissions} port, so the
 * REST layer and the approval services can never disagree about who may see or change a page.
 */
@Component
public class AuraPermissions {
    private final UserManager userManager;
    private final PagePermissions pagePermissions;

    public AuraPermissions(UserManager userManager, PagePermissions pagePermissions) {
        this.userManager = userManager;
        this.pagePermissions = pagePermissions;
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

    /**
     * The signed-in user of the current request when no request object is at hand (web-panels get only a
     * context map); SAL resolves it from the request the host is serving. Empty when anonymous.
     */
    public Optional<AuraUser> currentUser() {
        UserKey key = userManager.getRemoteUserKey();
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

    /** Whether {@code user} may view the page (unknown pages: no). */
    public boolean canViewPage(AuraUser user, long pageId) {
        return user != null && pagePermissions.canView(pageId, user.userKey());
    }

    /** Whether {@code user} (null: someone not logged in) may view the page. */
    public boolean canViewPageAsViewer(Optional<AuraUser> user, long pageId) {
        return user.isPresent() ? canViewPage(user.get(), pageId) : pagePermissions.canViewAnonymously(pageId);
    }

    /** Whether {@code user} may edit the page: applying workflows and selection transitions need it. */
    public boolean canEditPage(AuraUser user, long pageId) {
        return user != null && pagePermissions.canEdit(pageId, user.userKey());
    }

    /**
     * The engine's view of {@code user}: key, username and the current full name (kept on votes as the
     * name at signing).
     */
    public Actor actor(AuraUser user) {
        UserProfile profile = userManager.getUserProfile(new UserKey(user.userKey()));
        return new Actor(user.userKey(), user.username(), profile == null ? null : profile.getFullName());
    }
}
