package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.auraworkflows.devhost.sal.DevLoginUriProvider;
import com.atlassian.sal.api.user.UserRole;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The dev host's login URI provider behaves like SAL's Seraph one: the return URI goes URL-encoded, unchanged,
 * into {@code os_destination} of the login page under the context path.
 */
class DevLoginUriProviderTest {
    private final DevLoginUriProvider provider = new DevLoginUriProvider(new HostUrls("/confluence"));

    @Test
    void aContextRelativeReturnUriIsEncodedAsIsIntoOsDestination() {
        URI login = provider.getLoginUri(URI.create("/plugins/servlet/aura-workflows/2fa?step=2&x=a%20b"));
        assertEquals("/confluence/login.action?os_destination=%2Fplugins%2Fservlet%2Faura-workflows%2F2fa%3Fstep%3D2%26x%3Da%2520b",
                login.toString());
        assertEquals(login, provider.getLoginUriForRole(URI.create("/plugins/servlet/aura-workflows/2fa?step=2&x=a%20b"),
                UserRole.ADMIN));
    }

    @Test
    void anAbsoluteReturnUriIsNotRepairedIntoAPath() {
        URI login = provider.getLoginUri(URI.create("http://host/confluence/plugins/servlet/aura-workflows/2fa"));
        assertEquals("/confluence/login.action?os_destination=http%3A%2F%2Fhost%2Fconfluence%2Fplugins%2Fservlet%2Faura-workflows%2F2fa",
                login.toString());
    }

    @Test
    void aNullReturnUriIsRefused() {
        assertThrows(NullPointerException.class, () -> provider.getLoginUri(null));
    }
}
