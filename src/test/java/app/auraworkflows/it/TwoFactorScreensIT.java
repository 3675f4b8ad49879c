package app.auraworkflows.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.junit.DevHostClient;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.junit.HttpResult;
import app.auraworkflows.devhost.sal.DevTimeZoneManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The two 2FA screens over real HTTP on the dev host: who may open them, WebSudo, XSRF on the setup form,
 * and no caching of pages that show a secret.
 */
class TwoFactorScreensIT {
    private static final String ADMIN_SCREEN = "/plugins/servlet/aura-workflows/admin/2fa";
    private static final String USER_SCREEN = "/plugins/servlet/aura-workflows/2fa";
    private static final String AUDIT_SCREEN = "/plugins/servlet/aura-workflows/admin/2fa/audit";

    private static final Pattern TIME = Pattern.compile("<time datetime=\"([^\"]+)\">([^<]+)</time>");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @RegisterExtension
    static DevHostExtension host = DevHostExtension.withDemoData();

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        for (String screen : List.of(ADMIN_SCREEN, USER_SCREEN, AUDIT_SCREEN)) {
            HttpResult r = host.anonymous().get(screen);
            assertEquals(302, r.status(), screen);
            assertTrue(r.location().contains("login.action"), r.location());
        }
    }

    @Test
    void anAnonymousVisitorReturnsToTheScreenAndQueryTheyAskedForAfterLogin() {
        String asked = USER_SCREEN + "?step=2&from=a%20link";
        HttpResult r = host.anonymous().get(asked);
        assertEquals(302, r.status());
        URI login = URI.create(r.location());
        assertEquals(host.host().contextPath() + "/login.action", login.getPath(), r.location());
        String destination = URLDecoder.decode(login.getRawQuery().replaceFirst("^os_destination=", "").replaceFirst("&.*$", ""),
                StandardCharsets.UTF_8);
        assertEquals(asked, destination, "context-relative, with the query, never an absolute URL");

        DevHostClient browser = host.browser();
        HttpResult loggedIn = browser.postForm("/login.action", Map.of("os_username", "erin", "os_password", "erin",
                "os_destination", destination));
        assertEquals(302, loggedIn.status());
        assertEquals(host.host().contextPath() + asked, loggedIn.location());
        assertEquals(200, browser.get(loggedIn.location()).status());
    }

    @Test
    void nonAdminsGetAClearNotPermittedPage() {
        DevHostClient erin = loggedIn("erin");
        HttpResult r = erin.get(ADMIN_SCREEN);
        assertEquals(403, r.status());
        assertTrue(r.body().contains("aura-2fa-message"), "a rendered 'not permitted' page, not a bare error");
        assertFalse(r.body().contains("aura-2fa-add-button"));
    }

    @Test
    void adminsMustReAuthenticateBeforeTheAdminScreen() {
        DevHostClient admin = loggedIn("admin");
        HttpResult first = admin.get(ADMIN_SCREEN);
        assertEquals(302, first.status());
        assertTrue(first.location().contains("authenticate.action"), first.location());

        admin.postForm("/authenticate.action", Map.of("password", "admin", "destination", ADMIN_SCREEN,
                "atl_token", token(admin.get("/authenticate.action?destination=" + ADMIN_SCREEN).body())));
        HttpResult screen = admin.get(ADMIN_SCREEN);
        assertEquals(200, screen.status(), screen.toString());
        assertTrue(screen.body().contains("aura-2fa-add-button"));
    }

    @Test
    void setupPageIsNeverCachedAndItsFormNeedsTheXsrfToken() {
        host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", List.of("carol")));
        DevHostClient carol = loggedIn("carol");
        HttpResult page = carol.get(USER_SCREEN);
        assertEquals(200, page.status());
        assertTrue(page.header("Cache-Control").orElse("").contains("no-store"));

        HttpResult forged = carol.postForm(USER_SCREEN, Map.of("code", "123456"));
        assertEquals(403, forged.status(), "a POST without atl_token is refused");
        HttpResult withToken = carol.postForm(USER_SCREEN, Map.of("code", "000000",
                "atl_token", token(carol.get(USER_SCREEN + "?step=2").body())));
        assertEquals(200, withToken.status(), "a real form post reaches the code check");
        assertTrue(withToken.body().contains("aura-2fa-code-error"));
        assertEquals("PENDING", host.get("carol", "/rest/aura-workflows/1.0/2fa/me").json().get("status").asText());
    }

    @Test
    void theAuditScreenIsForAdminsWithWebSudoFiltersAndEscapesWhatItShows() {
        assertEquals(403, loggedIn("erin").get(AUDIT_SCREEN).status());
        DevHostClient admin = loggedIn("admin");
        HttpResult first = admin.get(AUDIT_SCREEN);
        assertEquals(302, first.status());
        assertTrue(first.location().contains("authenticate.action"), first.location());
        admin.postForm("/authenticate.action", Map.of("password", "admin", "destination", AUDIT_SCREEN,
                "atl_token", token(admin.get("/authenticate.action?destination=" + AUDIT_SCREEN).body())));

        String name = "xss" + System.nanoTime() % 1_000_000;
        var users = host.host().users();
        users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS,
                users.create(name, "<script>alert(1)</script>", name + "@example.com", name));
        host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", List.of(name)));

        HttpResult screen = admin.get(AUDIT_SCREEN + "?user=" + name + "&outcome=USER_ADDED");
        assertEquals(200, screen.status(), screen.toString());
        assertTrue(screen.header("Cache-Control").orElse("").contains("no-store"));
        assertTrue(screen.body().contains("Events (1)"), screen.body());
        assertTrue(screen.body().contains("data-outcome=\"USER_ADDED\""));
        assertTrue(screen.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "full names are escaped");
        assertFalse(screen.body().contains("<script>alert(1)</script>"));
        assertTrue(screen.body().contains("2fa/audit.csv?user=" + name + "&amp;outcome=USER_ADDED"), "the CSV link keeps the filter");
        HttpResult none = admin.get(AUDIT_SCREEN + "?user=nobody-at-all");
        assertTrue(none.body().contains("No events match this filter."), none.body());
        HttpResult junk = admin.get(AUDIT_SCREEN + "?outcome=%3Cb%3E&start=-5&from=soon");
        assertEquals(200, junk.status(), "a hand-edited URL falls back to all events, first page");

        // A range of days (the admin's profile zone): kept in the form and in the CSV link; the wrong way round reads
        // as the same days in order.
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String weekAgo = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(7).toString();
        HttpResult days = admin.get(AUDIT_SCREEN + "?user=" + name + "&from=" + today + "&to=" + weekAgo);
        assertTrue(days.body().contains("id=\"aura-2fa-audit-from\" name=\"from\" value=\"" + weekAgo + "\""), days.body());
        assertTrue(days.body().contains("id=\"aura-2fa-audit-to\" name=\"to\" value=\"" + today + "\""), days.body());
        assertTrue(days.body().contains("2fa/audit.csv?user=" + name + "&amp;from=" + weekAgo + "&amp;to=" + today),
                "the CSV link keeps the days");
        HttpResult before = admin.get(AUDIT_SCREEN + "?user=" + name + "&to=" + weekAgo);
        assertTrue(before.body().contains("No events match this filter."), "nothing a week ago: " + before.body());
    }

    @Test
    void adminListAndAuditShowTimesInTheViewersProfileZone() {
        String name = "tz" + System.nanoTime() % 1_000_000;
        var users = host.host().users();
        var viewer = users.create(name, "Zoe Zone", name + "@example.com", name);
        users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS, viewer);
        users.addMember(app.auraworkflows.devhost.directory.UserStore.ADMINS, viewer);
        ((DevTimeZoneManager) host.host().services().get(TimeZoneManager.class))
                .setUserTimeZone(new UserKey(viewer.key()), "Australia/Sydney");
        String enrolled = name + "e";
        users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS,
                users.create(enrolled, "Enrolled " + name, enrolled + "@example.com", enrolled));
        host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", List.of(enrolled)));

        DevHostClient browser = loggedIn(name);
        browser.postForm("/authenticate.action", Map.of("password", name, "destination", ADMIN_SCREEN,
                "atl_token", token(browser.get("/authenticate.action?destination=" + ADMIN_SCREEN).body())));
        ZoneId sydney = ZoneId.of("Australia/Sydney");

        HttpResult list = browser.get(ADMIN_SCREEN + "?q=" + enrolled);
        assertEquals(200, list.status(), list.toString());
        Matcher added = TIME.matcher(list.body());
        assertTrue(added.find(), list.body());
        assertEquals(MINUTES.format(Instant.parse(added.group(1)).atZone(sydney)) + " Australia/Sydney", added.group(2),
                "the added time in the viewer's zone, named");

        HttpResult audit = browser.get(AUDIT_SCREEN + "?user=" + enrolled + "&outcome=USER_ADDED");
        assertEquals(200, audit.status(), audit.toString());
        assertTrue(audit.body().contains("Time (Australia/Sydney)"), "the column names the viewer's zone");
        Matcher at = TIME.matcher(audit.body());
        assertTrue(at.find(), audit.body());
        assertEquals(SECONDS.format(Instant.parse(at.group(1)).atZone(sydney)), at.group(2));

        DevHostClient admin = loggedIn("admin");
        admin.postForm("/authenticate.action", Map.of("password", "admin", "destination", AUDIT_SCREEN,
                "atl_token", token(admin.get("/authenticate.action?destination=" + AUDIT_SCREEN).body())));
        HttpResult utc = admin.get(AUDIT_SCREEN + "?user=" + enrolled + "&outcome=USER_ADDED");
        assertTrue(utc.body().contains("Time (UTC)"), "an admin without a profile zone sees the site default, UTC");
        Matcher utcAt = TIME.matcher(utc.body());
        assertTrue(utcAt.find());
        assertEquals(SECONDS.format(Instant.parse(utcAt.group(1)).atZone(ZoneOffset.UTC)), utcAt.group(2));
    }

    private static DevHostClient loggedIn(String user) {
        DevHostClient browser = host.browser();
        browser.login(user, user);
        return browser;
    }

    @Test
    void theAdminListsPageForwardAndBackBySeekLinksAndSearchByTheStartOfALastName() {
        var users = host.host().users();
        String prefix = "pg" + System.nanoTime() % 100_000;
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            String name = prefix + String.format("%02d", i);
            users.addMember(app.auraworkflows.devhost.directory.UserStore.USERS,
                    users.create(name, "Pat Q" + prefix + String.format("%02d", i), name + "@example.com", name));
            names.add(name);
        }
        assertEquals(200, host.postJson("admin", "/rest/aura-workflows/1.0/2fa/users", Map.of("usernames", names)).status());
        DevHostClient admin = loggedIn("admin");
        admin.postForm("/authenticate.action", Map.of("password", "admin", "destination", ADMIN_SCREEN,
                "atl_token", token(admin.get("/authenticate.action?destination=" + ADMIN_SCREEN).body())));

        HttpResult first = admin.get(ADMIN_SCREEN + "?q=q" + prefix); // the last names start with "q" + prefix
        assertEquals(200, first.status(), first.toString());
        assertTrue(first.body().contains("1\u201325 of 30"), "the first page of the 30 matches");
        assertTrue(first.body().contains(prefix + "00"));
        assertFalse(first.body().contains(prefix + "29"), "not on the first page");
        Matcher next = Pattern.compile("href=\"([^\"]*pendingAfter=[^\"]*)\"").matcher(first.body());
        assertTrue(next.find(), "a Next link that seeks after the last row");
        HttpResult second = admin.get(next.group(1).replace("&amp;", "&").substring(host.host().contextPath().length()));
        assertEquals(200, second.status(), second.toString());
        assertTrue(second.body().contains("26\u201330 of 30"), "numbered on from the first page");
        assertTrue(second.body().contains(prefix + "29"));
        assertFalse(second.body().contains(prefix + "00"), "the first page's rows are not repeated");
        Matcher previous = Pattern.compile("href=\"([^\"]*pendingBefore=[^\"]*)\"").matcher(second.body());
        assertTrue(previous.find(), "a Previous link that seeks before the first row");
        HttpResult back = admin.get(previous.group(1).replace("&amp;", "&").substring(host.host().contextPath().length()));
        assertTrue(back.body().contains("1\u201325 of 30"), back.body());
        assertFalse(back.body().contains("pendingBefore="), "the first page has no Previous link");

        HttpResult middle = admin.get(ADMIN_SCREEN + "?q=" + prefix.substring(1));
        assertFalse(middle.body().contains(prefix + "00"), "the middle of a name matches nothing");
    }

    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no atl_token in the form");
        return m.group(1);
    }
}
