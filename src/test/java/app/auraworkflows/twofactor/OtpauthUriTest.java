package app.auraworkflows.twofactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The authenticator entry URI in Key Uri Format, exactly. */
class OtpauthUriTest {
    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void theUriNamesAuraWorkflowsAndTheSiteInLabelAndIssuer() {
        assertEquals("otpauth://totp/Aura%20Workflows%20%28Aura%20Demo%29:alice"
                        + "?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
                        + "&issuer=Aura%20Workflows%20%28Aura%20Demo%29"
                        + "&algorithm=SHA1&digits=6&period=30",
                OtpauthUri.build(OtpauthUri.issuer("Aura Demo"), "alice", SECRET));
    }

    @Test
    void theIssuerIsAuraWorkflowsWithTheSiteTitle() {
        assertEquals("Aura Workflows (Aura Demo)", OtpauthUri.issuer("Aura Demo"));
        assertEquals("Aura Workflows (Confluence)", OtpauthUri.issuer("  "));
    }

    @Test
    void specialCharactersArePercentEncodedSoTheLabelCannotBeSplit() {
        assertEquals("otpauth://totp/Aura%20Workflows%20%28A%3AB%20%26%20C%3F%29:j.doe%40example.com"
                        + "?secret=" + SECRET + "&issuer=Aura%20Workflows%20%28A%3AB%20%26%20C%3F%29"
                        + "&algorithm=SHA1&digits=6&period=30",
                OtpauthUri.build(OtpauthUri.issuer("A:B & C?"), "j.doe@example.com", SECRET));
    }

    @Test
    void nonAsciiIsEncodedAsUtf8AndSpaceNeverAsPlus() {
        assertEquals("J%C3%BCrgen%20M%C3%BCller%2B1~", OtpauthUri.encode("Jürgen Müller+1~"));
    }
}
