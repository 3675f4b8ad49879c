package app.auraworkflows.web;

import app.auraworkflows.testing.SoyTestRenderer;
import app.auraworkflows.twofactor.EnrolmentPage;
import app.auraworkflows.twofactor.EnrolmentStatus;
import app.auraworkflows.twofactor.EnrolmentView;
import app.auraworkflows.twofactor.MySetup;
import app.auraworkflows.twofactor.SetupStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Soy templates compile and render the view models built by the screens' Java model builders. */
class SoyTemplatesRenderTest {
    private static final String KEY = "JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP";
    private static SoyTestRenderer soy;

    @BeforeAll
    static void compileTemplates() {
        soy = new SoyTestRenderer("/templates/twofactor.soy");
    }

    private static String setupPage(MySetup setup, boolean secondStep, String error) {
        Map<String, Object> model = new SetupPageModel("/confluence", java.time.ZoneOffset.UTC).build(setup, secondStep, error);
        model.put("xsrfParameterName", "atl_token");
        model.put("xsrfToken", "tok123");
        return soy.render(WebModules.TEMPLATE_SETUP_PAGE, model);
    }

    private static MySetup pending() {
        return new MySetup(SetupStatus.PENDING, "Aura Workflows (Aura Demo)", "alice", KEY, "otpauth://totp/x?secret=JBSW");
    }

    @Test
    void notEnabledUserSeesInformationalMessageAndNoForm() {
        String html = setupPage(new MySetup(SetupStatus.NOT_ENABLED, "Aura Workflows (Aura Demo)", "bob", null, null), false, null);

        assertTrue(html.contains("2FA is not enabled for your account"));
        assertTrue(html.contains("<title>Aura Workflows 2FA</title>") && html.contains("<h1>Aura Workflows 2FA</h1>"),
                "one name for the screen, as in the Your settings menu");
        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.general\">"));
        assertFalse(html.contains("<form"));
        assertFalse(html.contains("<button"));
    }

    @Test
    void pendingStepOneShowsQrImageUrlManualKeyAndContinueLink() {
        String html = setupPage(pending(), false, null);

        assertTrue(html.contains("src=\"/confluence/rest/aura-workflows/1.0/2fa/me/qr.png\""));
        assertTrue(html.contains(KEY));
        assertTrue(html.contains("data-copy-text=\"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP\""));
        assertTrue(html.contains("href=\"/confluence/plugins/servlet/aura-workflows/2fa?step=2\""));
        assertFalse(html.contains("data:image"), "the QR code is never inlined as a data: URI");
        // For "Open in authenticator app" on a phone: the same secret as the setup key shown next to it, and only
        // on this step of a pending setup; the script turns it into the link's href.
        assertTrue(html.contains("data-otpauth=\"otpauth://totp/x?secret=JBSW\""), html);
        assertFalse(html.contains("href=\"otpauth:"), "no link to it until the script sees a phone");
        assertFalse(setupPage(pending(), true, null).contains("otpauth://"), "not on the code step");
    }

    @Test
    void manualKeyIsGroupedInFoursWhateverSpacingTheCoreReturns() {
        String html = setupPage(new MySetup(SetupStatus.PENDING, "Aura Workflows (Aura Demo)", "alice",
                "JBSWY3DPEH PK3PXP", "otpauth://x"), false, null);

        assertTrue(html.contains(">JBSW Y3DP EHPK 3PXP</code>"));
    }

    @Test
    void pendingStepTwoAsksForTheCodeAccessiblyAndCarriesNoSecret() {
        String html = setupPage(pending(), true, null);

        assertTrue(html.contains("<label for=\"aura-2fa-code\">"));
        assertTrue(html.contains("inputmode=\"numeric\""));
        assertTrue(html.contains("autocomplete=\"one-time-code\""));
        assertTrue(html.contains("pattern=\"[0-9]{6}\""));
        assertTrue(html.contains("maxlength=\"6\""));
        assertTrue(html.contains("aria-describedby=\"aura-2fa-code-help aura-2fa-code-error\""));
        assertTrue(html.contains("name=\"atl_token\" value=\"tok123\""));
        assertTrue(html.contains("method=\"post\""));
        assertTrue(html.contains("Confirm setup"));
        assertFalse(html.contains("JBSW"), "no secret on step 2");
    }

    @Test
    void refusedCodeIsShownOnStepTwoInAnAlertRegion() {
        String html = setupPage(pending(), false, "That code is not valid.");

        assertTrue(html.contains("role=\"alert\" aria-live=\"assertive\">That code is not valid.</div>"));
        assertTrue(html.contains("aria-invalid=\"true\""));
        assertFalse(html.contains("JBSW"));
    }

    @Test
    void activeUserSeesSetupCompleteAndNeverTheSecret() {
        String html = setupPage(new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Aura Demo)", "alice", KEY, "otpauth://x"), false, null);

        assertTrue(html.contains("Your 2FA setup is complete"));
        assertFalse(html.contains("JBSW"));
        assertFalse(html.contains("qr.png"));
        assertFalse(html.contains("<form"));
    }

    @Test
    void anActiveUserSeesWhenAndFromWhichClientTheSetupWasConfirmed() {
        MySetup active = new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Aura Demo)", "alice", null, null, null,
                false, Instant.parse("2026-01-02T03:04:05Z"),
                new app.auraworkflows.twofactor.ClientInfo("198.51.100.7", "Mozilla/5.0 <x>"));
        String html = soy.render(WebModules.TEMPLATE_SETUP_PAGE,
                new SetupPageModel("", java.time.ZoneOffset.UTC).build(active, false, null));
        assertTrue(html.contains("Set up on 2026-01-02 03:04 UTC from 198.51.100.7, Mozilla/5.0 &lt;x&gt;."), html);
        assertTrue(html.contains("Not you? Tell an administrator."), html);
    }

    @Test
    void aSetupStartedFromAProtectedReviewCarriesThePageThroughBothStepsAndLinksBackWhenComplete() {
        SetupPageModel.ReturnPage back = new SetupPageModel.ReturnPage(42, "/display/DEMO/SOP+%3C1%3E", "SOP <1>");
        SetupPageModel model = new SetupPageModel("/confluence", java.time.ZoneOffset.UTC);
        String step1 = soy.render(WebModules.TEMPLATE_SETUP_PAGE, model.build(pending(), false, null, back));
        assertTrue(step1.contains("href=\"/confluence/plugins/servlet/aura-workflows/2fa?step=2&amp;returnTo=42\""), step1);
        Map<String, Object> step2Model = model.build(pending(), true, null, back);
        step2Model.put("xsrfParameterName", "atl_token");
        step2Model.put("xsrfToken", "tok123");
        String step2 = soy.render(WebModules.TEMPLATE_SETUP_PAGE, step2Model);
        assertTrue(step2.contains("<input type=\"hidden\" name=\"returnTo\" value=\"42\">"), step2);
        assertTrue(step2.contains("href=\"/confluence/plugins/servlet/aura-workflows/2fa?returnTo=42\""), "Back keeps it");

        MySetup active = new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Aura Demo)", "alice", null, null);
        String done = soy.render(WebModules.TEMPLATE_SETUP_PAGE, model.build(active, false, null, back));
        assertTrue(done.contains("<a id=\"aura-2fa-return\" class=\"aui-button aui-button-primary\""
                + " href=\"/confluence/display/DEMO/SOP+%3C1%3E\">Back to SOP &lt;1&gt;</a>"), done);
        String plain = soy.render(WebModules.TEMPLATE_SETUP_PAGE, model.build(active, false, null, null));
        assertFalse(plain.contains("aura-2fa-return"), "no page to return to, no link");
    }

    @Test
    void anExpiredSetupShowsNoSecretAndSaysToAskAnAdministrator() {
        MySetup expired = new MySetup(SetupStatus.EXPIRED, "Aura Workflows (Aura Demo)", "alice", KEY, "otpauth://x");
        String html = soy.render(WebModules.TEMPLATE_SETUP_PAGE,
                new SetupPageModel("", java.time.ZoneOffset.UTC).build(expired, false, null));
        assertTrue(html.contains("Your 2FA setup has expired"), html);
        assertTrue(html.contains("Ask a Confluence administrator to add you again"), html);
        assertFalse(html.contains("JBSW"));
        assertFalse(html.contains("qr.png"));
        assertFalse(html.contains("<form"));
    }

    @Test
    void aUserLockedUntilAnAdminUnlocksIsToldSo() {
        MySetup locked = new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Aura Demo)", "alice", null, null, null,
                true, null, null);
        String html = soy.render(WebModules.TEMPLATE_SETUP_PAGE,
                new SetupPageModel("", java.time.ZoneOffset.UTC).build(locked, false, null));
        assertTrue(html.contains("aura-2fa-locked-notice"), html);
        assertTrue(html.contains("no code is accepted until a Confluence administrator unlocks your 2FA"), html);
    }

    @Test
    void aLockedUserIsToldUntilWhenAndToReportCodesTheyDidNotEnter() {
        MySetup locked = new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Aura Demo)", "alice", null, null,
                Instant.parse("2026-01-02T03:19:05Z"));
        Map<String, Object> model = new SetupPageModel("/confluence", java.time.ZoneOffset.UTC).build(locked, false, null);
        String html = soy.render(WebModules.TEMPLATE_SETUP_PAGE, model);
        assertTrue(html.contains("aura-2fa-locked-notice"), html);
        assertTrue(html.contains("no code is accepted until 2026-01-02 03:19 UTC"), html);
        assertTrue(html.contains("tell a Confluence administrator"), html);
        assertTrue(html.contains("Your 2FA is set up, and locked"), "one state in one message: " + html);
        assertFalse(html.contains("aura-2fa-complete"), "no success box under the warning");
        String notLocked = setupPage(new MySetup(SetupStatus.ACTIVE, "Aura Workflows (Aura Demo)", "alice", null, null), false, null);
        assertFalse(notLocked.contains("aura-2fa-locked-notice"));
        assertTrue(notLocked.contains("aura-2fa-complete"));
    }

    @Test
    void adminPageRendersBothListsWithCountsLockLozengeAndEscapedUserData() {
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        EnrolmentView pendingRow = new EnrolmentView("carol", "k3", "Carol <script>", EnrolmentStatus.PENDING,
                "admin", at, null, null, null, false, at.plus(java.time.Duration.ofDays(7)), false, null);
        EnrolmentView activeRow = new EnrolmentView("alice", "k1", "Alice Able", EnrolmentStatus.ACTIVE,
                "admin", at, at, null, at.plusSeconds(600), false, null, false,
                new app.auraworkflows.twofactor.ClientInfo("203.0.113.9", "Firefox <b>"));
        Map<String, Object> model = new AdminPageModel("/confluence", new AdminListParameters(""), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(1, List.of(pendingRow)), new EnrolmentPage(1, List.of(activeRow)));

        String html = soy.render(WebModules.TEMPLATE_ADMIN_PAGE, model);

        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.admin\">"));
        assertTrue(html.contains("<title>Aura Workflows 2FA</title>") && html.contains("<h1>Aura Workflows 2FA</h1>"),
                "the name the admin sidebar gives it (section Aura Workflows, item 2FA)");
        assertTrue(html.contains("Pending (1)"));
        assertTrue(html.contains("Active (1)"));
        assertTrue(html.contains("Carol &lt;script&gt;"));
        assertFalse(html.contains("Carol <script>"));
        assertTrue(html.contains("aui-lozenge-removed aura-2fa-locked"));
        assertTrue(html.contains("2026-01-02 03:04"));
        assertTrue(html.contains("Never"));
        assertTrue(html.contains("No email is sent"));
        assertTrue(html.contains("data-rest-base=\"/confluence/rest/aura-workflows/1.0\""));
        assertTrue(html.contains("Add 2FA user"));
        assertTrue(html.contains("id=\"aura-2fa-revoke-dialog\""));
        assertTrue(html.contains("Expires <time datetime=\"2026-01-09T03:04:05Z\">2026-01-09 03:04"), "pending expiry");
        assertTrue(html.contains("from 203.0.113.9, Firefox &lt;b&gt;"), "where the active setup was confirmed");
        assertTrue(html.contains("name=\"pendingExpiryDays\" value=\"7\""), "expiry setting field");
    }

    @Test
    void adminPageMarksExpiredSetupsAndUsersLockedUntilAnAdminUnlocks() {
        Instant at = Instant.parse("2026-01-02T03:04:05Z");
        EnrolmentView expired = new EnrolmentView("carol", "k3", "Carol", EnrolmentStatus.PENDING,
                "admin", at, null, null, null, false, at.plus(java.time.Duration.ofDays(7)), true, null);
        EnrolmentView lockedForGood = new EnrolmentView("alice", "k1", "Alice", EnrolmentStatus.ACTIVE,
                "admin", at, at, null, null, true, null, false, null);
        Map<String, Object> model = new AdminPageModel("", new AdminListParameters(""), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(1, List.of(expired)), new EnrolmentPage(1, List.of(lockedForGood)));

        String html = soy.render(WebModules.TEMPLATE_ADMIN_PAGE, model);

        assertTrue(html.contains("Expired 2026-01-09 03:04"));
        assertTrue(html.contains("Locked until an administrator unlocks"));
        assertTrue(html.contains("aura-2fa-unlock"), "the Unlock action is offered");
    }

    @Test
    void adminPageShowsEmptyStatesWithoutTables() {
        Map<String, Object> model = new AdminPageModel("", new AdminListParameters(""), 25, ZoneOffset.UTC)
                .build(new EnrolmentPage(0, List.of()), new EnrolmentPage(0, List.of()));

        String html = soy.render(WebModules.TEMPLATE_ADMIN_PAGE, model);

        assertTrue(html.contains("No users are pending."));
        assertTrue(html.contains("No users have completed 2FA setup yet."));
        assertFalse(html.contains("<table"));
    }

    @Test
    void messagePageShowsTitleAndMessage() {
        String html = soy.render(WebModules.TEMPLATE_MESSAGE_PAGE,
                Map.of("decorator", "atl.general", "title", "Not permitted", "message", "Only admins."));

        assertTrue(html.contains("<title>Not permitted</title>"));
        assertTrue(html.contains("Only admins."));
    }
}
