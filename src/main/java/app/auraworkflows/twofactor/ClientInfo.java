package app.auraworkflows.twofactor;

/**
 * The client a request came from, as recorded when a setup is confirmed: the remote IP address and the
 * User-Agent header, both as the host reported them. Shown to the user ("Set up on … from …. Not you?") and to
 * administrators, so that a setup someone else confirmed with the user's password is visible.
 *
 * <p>Both are untrusted text: they are clipped (an address to {@value #MAX_ADDRESS}, the User-Agent to
 * {@value #MAX_USER_AGENT} characters) and control characters become spaces, so a forged header can neither
 * fill the database nor break a log line or a CSV row. The screens escape them like any other text.
 *
 * @param address   the remote address (IPv4 or IPv6 text), or null if unknown
 * @param userAgent the User-Agent header, or null if none was sent
 */
public record ClientInfo(String address, String userAgent) {
    /** The longest address kept (an IPv6 address with an IPv4 tail is at most 45 characters). */
    public static final int MAX_ADDRESS = 45;
    /** The longest User-Agent kept: enough to recognise the browser and system, not a whole forged essay. */
    public static final int MAX_USER_AGENT = 200;

    public ClientInfo {
        address = clean(address, MAX_ADDRESS);
        userAgent = clean(userAgent, MAX_USER_AGENT);
    }

    /** A client nothing is known about (e.g. a caller that has no request). */
    public static ClientInfo unknown() {
        return new ClientInfo(null, null);
    }

    private static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        text.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String cleaned = out.toString().strip();
        return cleaned.isEmpty() ? null : cleaned;
    }
}
