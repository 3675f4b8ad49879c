package app.auraworkflows.confluence;

import com.atlassian.confluence.setup.settings.GlobalSettingsManager;
import com.atlassian.confluence.setup.settings.Settings;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Site info, shared-home key location and permissions adapters. */
class HostAdaptersTest {
    private final ApplicationProperties applicationProperties = mock(ApplicationProperties.class);

    @Test
    void siteTitleComesFromGlobalSettings() {
        GlobalSettingsManager settingsManager = mock(GlobalSettingsManager.class);
        Settings settings = new Settings();
        settings.setSiteTitle(" Aura Demo ");
        when(settingsManager.getGlobalSettings()).thenReturn(settings);

        assertEquals("Aura Demo", new ConfluenceSiteInfo(settingsManager, applicationProperties).siteTitle());
    }

    @Test
    void siteTitleFallsBackToApplicationDisplayNameWhenUnset() {
        GlobalSettingsManager settingsManager = mock(GlobalSettingsManager.class);
        when(settingsManager.getGlobalSettings()).thenReturn(new Settings());
        when(applicationProperties.getDisplayName()).thenReturn("Confluence");

        assertEquals("Confluence", new ConfluenceSiteInfo(settingsManager, applicationProperties).siteTitle());
    }

    @Test
    void secretKeysLiveInTheAuraDirectoryOfTheSharedHome() {
        when(applicationProperties.getSharedHomeDirectory()).thenReturn(Optional.of(Path.of("/var/confluence/shared")));

        assertEquals(Path.of("/var/confluence/shared/aura-workflows"),
                new SharedHomeSecretKeySource(applicationProperties).keyDirectory());
    }

    @Test
    void withoutASharedHomeNoKeyIsAvailable() {
        when(applicationProperties.getSharedHomeDirectory()).thenReturn(Optional.empty());

        assertThrows(IllegalStateException.class, () -> new SharedHomeSecretKeySource(applicationProperties).key(1));
    }

    @Test
    void permissionsResolveTheRemoteUserAndAdminStatusThroughSal() {
        UserManager userManager = mock(UserManager.class);
        HttpServletRequest request = mock(HttpServletRequest.class);
        AuraPermissions permissions = new AuraPermissions(userManager, mock(app.auraworkflows.approval.PagePermissions.class));
        assertTrue(permissions.currentUser(request).isEmpty());

        when(userManager.getRemoteUserKey(request)).thenReturn(new UserKey("k1"));
        AuraUser user = permissions.currentUser(request).orElseThrow();
        assertEquals(new AuraUser("k1", "k1"), user);
        assertFalse(permissions.canAdminister(user));
        when(userManager.isAdmin(new UserKey("k1"))).thenReturn(true);
        assertTrue(permissions.canAdminister(user));
        assertFalse(permissions.canAdminister(null));
    }
}
