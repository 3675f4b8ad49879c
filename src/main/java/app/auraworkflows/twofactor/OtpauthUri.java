package app.auraworkflows.twofactor;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds {@code otpauth://} URIs in Google's Key Uri Format, which authenticator apps import from the QR
 * code:
 * <pre>otpauth://totp/Aura%20Workflows%20(Site):alice?secret=...&amp;issuer=Aura%20Workflows%20(Site)&amp;algorithm=SHA1&amp;digits=6&amp;period=30</pre>
 * The label is {@code issuer:account} with a literal colon; issuer and account are percent-encoded
 * (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~} as UTF-8 {@code %XX}, so a space is {@code %20},
 * never {@code +}, and a colon inside the site title cannot split the label). The URI carries the secret:
 * it is shown only to its user while PENDING and must never be logged or put into a URL.
 */
public final class OtpauthUri {
    private OtpauthUri() {
    }

    /** {@code Aura Workflows (<site title>)}, the name the authenticator entry shows. */
    public static String issuer(String siteTitle) {
        String title = siteTitle == null || siteTitle.isBlank() ? "Confluence" : siteTitle.strip();
        return "Aura Workflows (" + title + ")";
    }

    public static String build(String issuer, String accountName, String base32Secret) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(accountName)
                + "?secret=" + base32Secret
                + "&issuer=" + encode(issuer)
                + "&algorithm=" + TwoFactorSettings.ALGORITHM
                + "&digits=" + TwoFactorSettings.DIGITS
                + "&period=" + TwoFactorSettings.PERIOD_SECONDS;
    }

    static String encode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved) {
                out.write(c);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
