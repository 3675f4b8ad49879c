package app.auraworkflows.web;

import app.auraworkflows.confluence.AuraPermissions;
import app.auraworkflows.confluence.AuraUser;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * Role: the collaborators every screen servlet needs for its access rules and rendering, bundled so each
 * servlet's constructor names only what is specific to its screen.
 */
@Component
public class ScreenSupport {
    final AuraPermissions permissions;
    final LoginUriProvider loginUriProvider;
    final WebSudoManager webSudoManager;
    final XsrfTokenValidator xsrfTokenValidator;
    final XsrfTokenAccessor xsrfTokenAccessor;
    final SoyPageRenderer renderer;
    final I18nResolver i18n;
    private final UserClock clock;

    public ScreenSupport(AuraPermissions permissions, LoginUriProvider loginUriProvider, WebSudoManager webSudoManager,
                         XsrfTokenValidator xsrfTokenValidator, XsrfTokenAccessor xsrfTokenAccessor,
                         SoyPageRenderer renderer, I18nResolver i18n, UserClock clock) {
        this.permissions = permissions;
        this.loginUriProvider = loginUriProvider;
        this.webSudoManager = webSudoManager;
        this.xsrfTokenValidator = xsrfTokenValidator;
        this.xsrfTokenAccessor = xsrfTokenAccessor;
        this.renderer = renderer;
        this.i18n = i18n;
        this.clock = clock;
    }

    /**
     * The zone a screen prints times in: the viewer's Confluence profile zone (the site default when they
     * have none), so each reader sees their own local time, not the server's.
     */
    ZoneId zoneOf(AuraUser viewer) {
        return clock.zoneOf(viewer.userKey());
    }

    /** The current time in the viewer's zone, for messages that tell a time of day. */
    java.time.ZonedDateTime now(AuraUser viewer) {
        return clock.now(viewer.userKey());
    }
}
