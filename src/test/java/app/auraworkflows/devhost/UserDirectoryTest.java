package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.db.HostDatabase;
import app.auraworkflows.devhost.db.HostSchema;
import app.auraworkflows.devhost.directory.PasswordHasher;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.junit.DevHostExtension;
import app.auraworkflows.devhost.sal.DevUserAccessor;
import app.auraworkflows.devhost.sal.DevUserManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.MultiTermBooleanQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded directory behind UserManager and UserAccessor, on a real (embedded) database. */
class UserDirectoryTest {

    private HostDatabase db;
    private UserStore users;
    private DevUserAccessor accessor;
    private DevUserManager userManager;

    @BeforeEach
    void setUp() {
        Path dir = DevHostExtension.targetDir().resolve("devhost-unit").resolve("directory-" + System.nanoTime());
        db = HostDatabase.embedded(dir);
        HostSchema.ensure(db);
        users = new UserStore(db, new PasswordHasher(1000, new SecureRandom()), new SecureRandom());
        users.create("alice", "Alice Archer", "alice@aura-demo.example", "alice");
        users.create("bob", "Bob Baker", "bob@example.org", "bob");
        users.create("al_x", "Alex 100% Real", "alex@aura-demo.example", "al_x");
        accessor = new DevUserAccessor(users);
        userManager = new DevUserManager(users, new HostUrls("/confluence"));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @SuppressWarnings("unchecked")
    private List<String> find(Query<User> query) throws Exception {
        return accessor.findUsersAsList(query).stream().map(User::getName).toList();
    }

    @Test
    void anyOfUsernameFullNameOrEmailMatchesCaseInsensitively() throws Exception {
        Query<User> q = MultiTermBooleanQuery.anyOf(new UserNameTermQuery("AL", TermQuery.SUBSTRING_CONTAINS),
                new FullNameTermQuery("AL", TermQuery.SUBSTRING_CONTAINS), new EmailTermQuery("AL", TermQuery.SUBSTRING_CONTAINS));
        assertEquals(List.of("al_x", "alice"), find(q));
        Query<User> byEmail = new EmailTermQuery("EXAMPLE.ORG", TermQuery.SUBSTRING_CONTAINS);
        assertEquals(List.of("bob"), find(byEmail));
    }

    @Test
    void startsWithAndExactRulesDiffer() throws Exception {
        assertEquals(List.of("bob"), find(new FullNameTermQuery("bob b", TermQuery.SUBSTRING_STARTS_WITH)));
        assertEquals(List.of(), find(new FullNameTermQuery("baker", TermQuery.SUBSTRING_STARTS_WITH)));
        assertEquals(List.of("bob"), find(new UserNameTermQuery("BOB")));
    }

    @Test
    void likeWildcardsInTermsAreLiteral() throws Exception {
        assertEquals(List.of("al_x"), find(new FullNameTermQuery("100%", TermQuery.SUBSTRING_CONTAINS)));
        assertEquals(List.of("al_x"), find(new UserNameTermQuery("l_", TermQuery.SUBSTRING_CONTAINS)));
    }

    @Test
    void adminsAreMembersOfConfluenceAdministratorsAndDeactivatedUsersAreUnlicensed() {
        UserKey alice = userManager.getUserProfile("alice").getUserKey();
        assertFalse(userManager.isAdmin(alice));
        users.addMember(UserStore.ADMINS, users.byUsername("alice").orElseThrow());
        assertTrue(userManager.isAdmin(alice));
        assertTrue(userManager.isLicensed(alice));
        users.setActive("alice", false);
        assertFalse(userManager.isLicensed(alice));
        assertFalse(userManager.authenticate("alice", "alice"));
    }

    @Test
    void userKeysAreOpaqueAndPasswordsAreNotStoredInPlainText() throws Exception {
        UserKey key = userManager.getUserProfile("bob").getUserKey();
        assertEquals(32, key.getStringValue().length());
        assertFalse(key.getStringValue().contains("bob"));
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT PASSWORD_HASH FROM DEVHOST_USER WHERE USERNAME = 'bob'")) {
            rs.next();
            // Only the scheme, the iteration count, a salt and a SHA-256 sized hash: nothing that could hold the
            // password. (A substring check is no test: random base64 contains "bob" now and then.)
            String[] parts = rs.getString(1).split("\\$");
            assertEquals(4, parts.length, rs.getString(1));
            assertEquals("pbkdf2-sha256", parts[0]);
            assertTrue(parts[1].matches("[0-9]+"), parts[1]);
            assertEquals(32, java.util.Base64.getDecoder().decode(parts[3]).length, "a SHA-256 sized hash");
            assertTrue(java.util.Base64.getDecoder().decode(parts[2]).length >= 16, "a salt of 16 bytes or more");
        }
        assertTrue(userManager.authenticate("BOB", "bob"), "usernames are case-insensitive");
        assertFalse(userManager.authenticate("bob", "BOB"), "passwords are not");
    }
}
