package app.auraworkflows.web;

import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Role: builds the view model of the user's 2FA setup screen. Java decides which state is shown (not
 * enabled, step 1, step 2, complete); the Soy template only prints it.
 *
 * <p>Why the secret is so restricted: the manual key is put into the model only for step 1 of a PENDING
 * setup. Step 2, the complete state and every error page carry no secret, and the QR code is an image
 * URL served by the REST API (never a data: URI inlined into the page).
 */
final class SetupPageModel {
    private final String contextPath;
    private final ZonedTimes times;

    SetupPageModel(String contextPath, java.time.ZoneId zone) {
        this.contextPath = contextPath == null ? "" : contextPath;
        this.times = new ZonedTimes(zone);
    }

    /**
     * @param setup        the user's setup
     * @param secondStep   whether step 2 (code entry) is requested
     * @param errorMessage message of a refused code (shown on step 2), or null
     */
    Map<String, Object> build(MySetup setup, boolean secondStep, String errorMessage) {
        return build(setup, secondStep, errorMessage, null);
    }

    /**
     * @param returnPage the page the user came from to finish setup (a protected review), which the screen links back
     *                   to once setup is complete and carries through both steps; null when none
     */
    Map<String, Object> build(MySetup setup, boolean secondStep, String errorMessage, ReturnPage returnPage) {
        SetupStatus status = setup.status();
        boolean pending = status == SetupStatus.PENDING;
        // EXPIRED is not pending: neither step is shown, so no secret or QR code reaches the page.
        boolean step1 = pending && !secondStep && errorMessage == null;
        boolean step2 = pending && !step1;
        String pageUrl = contextPath + WebModules.SETUP_PATH;

        Map<String, Object> model = new LinkedHashMap<>();
        model.put("decorator", WebModules.DECORATOR_GENERAL);
        model.put("pageUrl", pageUrl);
        model.put("notEnabled", status == SetupStatus.NOT_ENABLED);
        model.put("active", status == SetupStatus.ACTIVE);
        model.put("expired", status == SetupStatus.EXPIRED);
        // Where the setup was confirmed, so a setup someone else confirmed with the user's password is noticed.
        model.put("hasActivation", setup.activatedAt() != null);
        model.put("activatedAt", times.minutesWithZone(setup.activatedAt()));
        String from = AdminPageModel.clientText(setup.activatedFrom());
        model.put("activatedFrom", from);
        model.put("hasActivatedFrom", !from.isEmpty());
        model.put("step1", step1);
        model.put("step2", step2);
        model.put("issuer", text(setup.issuer()));
        model.put("accountName", text(setup.accountName()));
        String compactKey = step1 ? text(setup.manualKey()).replaceAll("\\s+", "") : "";
        model.put("manualKey", groupInFours(compactKey));
        // The copy button copies the key without the reading spaces; authenticator apps accept both.
        model.put("manualKeyCompact", compactKey);
        model.put("qrUrl", step1 ? contextPath + WebModules.QR_PATH : "");
        // For a phone, where the QR code cannot be scanned by the same device: the authenticator app opens the URI.
        model.put("otpauthUri", step1 ? text(setup.otpauthUri()) : "");
        String back = returnPage == null ? "" : "returnTo=" + returnPage.pageId();
        model.put("step1Url", back.isEmpty() ? pageUrl : pageUrl + "?" + back);
        model.put("step2Url", pageUrl + "?step=2" + (back.isEmpty() ? "" : "&" + back));
        model.put("returnTo", returnPage == null ? "" : String.valueOf(returnPage.pageId()));
        model.put("hasReturn", returnPage != null);
        model.put("returnUrl", returnPage == null ? "" : contextPath + returnPage.urlPath());
        model.put("returnTitle", returnPage == null ? "" : text(returnPage.title()));
        model.put("hasError", errorMessage != null && !errorMessage.isEmpty());
        model.put("errorMessage", errorMessage == null ? "" : errorMessage);
        // A lockout is shown to the user it locks: wrong codes they did not type mean someone else is trying.
        model.put("locked", setup.lockedUntil() != null || setup.lockedUntilUnlock());
        model.put("lockedUntilUnlock", setup.lockedUntilUnlock());
        model.put("lockedUntil", times.minutesWithZone(setup.lockedUntil()));
        return model;
    }

    /**
     * The page a user is sent back to after setup: its id, Confluence's own link to it (context-relative) and title.
     * Only pages the user can view get here (the servlet checks), so no title leaks.
     */
    record ReturnPage(long pageId, String urlPath, String title) {
    }

    /** "JBSWY3DPEHPK" becomes "JBSW Y3DP EHPK": easier to read aloud and to type. */
    static String groupInFours(String key) {
        StringBuilder grouped = new StringBuilder(key.length() + key.length() / 4);
        for (int i = 0; i < key.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                grouped.append(' ');
            }
            grouped.append(key.charAt(i));
        }
        return grouped.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
