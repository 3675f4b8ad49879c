package app.auraworkflows.web;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

/** The screens' security headers are added, but never over what the host has already set. */
class ScreenHeadersTest {

    @Test
    void aResponseWithoutSecurityHeadersGetsNoSniffAndSameOriginFraming() {
        HttpServletResponse response = mock(HttpServletResponse.class);
        ScreenHeaders.apply(response);
        verify(response).setHeader("X-Content-Type-Options", "nosniff");
        verify(response).setHeader("Content-Security-Policy", "frame-ancestors 'self'");
    }

    @Test
    void aPolicyTheHostHasSetIsNeitherReplacedNorJoinedByASecondOne() {
        HttpServletResponse response = mock(HttpServletResponse.class);
        when(response.containsHeader("Content-Security-Policy")).thenReturn(true);
        when(response.containsHeader("X-Content-Type-Options")).thenReturn(true);
        ScreenHeaders.apply(response);
        verify(response, never()).setHeader(eq("Content-Security-Policy"), anyString());
        verify(response, never()).addHeader(eq("Content-Security-Policy"), anyString());
        verify(response, never()).setHeader(eq("X-Content-Type-Options"), anyString());
    }
}
