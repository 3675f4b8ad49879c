package app.auraworkflows.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.sal.HostConfluenceUser;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.FailedFastCountException;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.activeobjects.spi.DatabaseType;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The Confluence and Active Objects declarations of {@code src/host-api}: the member kinds and
 * descriptors plugin bytecode links against (interface vs class, static, return types), and the
 * behaviour the dev host relies on because these classes are its runtime classes.
 */
class HostApiDeclarationsTest {

    @Test
    void declarationsHaveTheKindsConfluenceHas() throws Exception {
        assertTrue(PageManager.class.isInterface());
        assertTrue(PermissionManager.class.isInterface());
        assertTrue(ActiveObjectsUpgradeTask.class.isInterface());
        assertTrue(Modifier.isAbstract(AbstractPage.class.getModifiers()) && !AbstractPage.class.isInterface());
        assertTrue(Modifier.isAbstract(Permission.class.getModifiers()) && !Permission.class.isInterface());
        assertTrue(Modifier.isFinal(ModelVersion.class.getModifiers()));
        assertEquals(AbstractPage.class, Page.class.getSuperclass());
        assertTrue(Modifier.isStatic(AuthenticatedUserThreadLocal.class.getMethod("get").getModifiers()));
    }

    @Test
    void methodDescriptorsMatchConfluence() throws Exception {
        assertEquals(Page.class, PageManager.class.getMethod("getPage", long.class).getReturnType());
        assertEquals(AbstractPage.class, PageManager.class.getMethod("getAbstractPage", long.class).getReturnType());
        assertEquals(int.class, AbstractPage.class.getMethod("getVersion").getReturnType(), "int getVersion(), not long");
        assertEquals(long.class, AbstractPage.class.getMethod("getId").getReturnType());
        Method hasPermission = PermissionManager.class.getMethod("hasPermission", ConfluenceUser.class, Permission.class, Object.class);
        assertEquals(boolean.class, hasPermission.getReturnType());
        for (String name : new String[] {"VIEW", "EDIT", "SET_PERMISSIONS", "REMOVE", "EXPORT", "ADMINISTER"}) {
            int modifiers = Permission.class.getField(name).getModifiers();
            assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && Modifier.isPublic(modifiers), name);
            assertEquals(Permission.class, Permission.class.getField(name).getType());
        }
    }

    @Test
    void modelVersionsCompareNumericallyAndNullIsZero() {
        ModelVersion zero = ModelVersion.valueOf(null);
        ModelVersion two = ModelVersion.valueOf("2");
        ModelVersion ten = ModelVersion.valueOf("10");
        assertEquals("0", zero.toString());
        assertTrue(two.isOlderThan(ten), "numeric, not lexical order");
        assertTrue(ten.isNewerThan(two));
        assertTrue(two.isSame(ModelVersion.valueOf("2")));
        assertTrue(zero.compareTo(two) < 0);
        assertThrows(NumberFormatException.class, () -> ModelVersion.valueOf("1.5"));
    }

    @Test
    void modelVersionKeepsIdentityEqualityLikeTheRealClass() {
        // the AO plugin's ModelVersion does not override equals: code relying on equals must fail here too
        assertNotEquals(ModelVersion.valueOf("1"), ModelVersion.valueOf("1"));
    }

    @Test
    void permissionConstantsAreDistinctNamedInstances() {
        assertSame(Permission.EDIT, Permission.forName("edit"));
        assertEquals("ADMINISTER", Permission.ADMINISTER.toString());
        assertTrue(Permission.EDIT.isMutative());
        assertFalse(Permission.VIEW.isMutative());
        assertNotEquals(Permission.VIEW, Permission.EDIT);
        assertThrows(IllegalArgumentException.class, () -> Permission.forName("FLY"));
    }

    @Test
    void pageUrlPathUsesTheDisplayFormForSafeTitlesAndThePageIdOtherwise() {
        Page page = new Page();
        page.setId(65537);
        page.setTitle("Travel Policy");
        page.setSpace(new Space("DEMO"));
        assertEquals("/display/DEMO/Travel+Policy", page.getUrlPath());
        assertEquals("DEMO", page.getSpaceKey());
        page.setTitle("Q&A: what?");
        assertEquals("/pages/viewpage.action?pageId=65537", page.getUrlPath());
        assertEquals(1, new Page().getVersion(), "new content starts at version 1");
    }

    @Test
    void authenticatedUserThreadLocalHoldsTheUserOfThisThreadOnly() throws Exception {
        ConfluenceUser alice = new HostConfluenceUser(new HostUser("k1", "alice", "Alice Archer", "a@example.org", true));
        try {
            AuthenticatedUserThreadLocal.set(alice);
            assertSame(alice, AuthenticatedUserThreadLocal.get());
            assertEquals("alice", AuthenticatedUserThreadLocal.getUsername());
            Thread other = new Thread(() -> assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser()));
            other.start();
            other.join();
        } finally {
            AuthenticatedUserThreadLocal.reset();
        }
        assertNull(AuthenticatedUserThreadLocal.get());
        assertTrue(AuthenticatedUserThreadLocal.isAnonymousUser());
    }

    @Test
    void webPanelWriteHtmlIsAbstractSoEveryPanelImplementsIt() throws Exception {
        Method writeHtml = WebPanel.class.getMethod("writeHtml", Writer.class, Map.class);
        assertTrue(Modifier.isAbstract(writeHtml.getModifiers()));
        assertFalse(writeHtml.isDefault());
        assertTrue(Modifier.isAbstract(WebPanel.class.getMethod("getHtml", Map.class).getModifiers()));
    }

    @Test
    void databaseTypeHasTheConstantsOfTheRealEnumInItsOrder() {
        assertEquals(List.of("H2", "HSQL", "MYSQL", "POSTGRESQL", "ORACLE", "MS_SQL", "DB2", "DERBY_EMBEDDED",
                "DERBY_NETWORK", "NUODB", "UNKNOWN"), Arrays.stream(DatabaseType.values()).map(Enum::name).toList());
    }

    @Test
    void failedFastCountExceptionIsBuiltFromItsCause() throws Exception {
        assertEquals(1, FailedFastCountException.class.getConstructors().length);
        FailedFastCountException e = FailedFastCountException.class.getConstructor(Throwable.class)
                .newInstance(new IllegalStateException("no estimate"));
        assertTrue(e.getCause() instanceof IllegalStateException);
    }

    @Test
    void confluenceUserLowerNameDefaultThrowsLikeConfluence() {
        ConfluenceUser bare = new ConfluenceUser() {
            @Override public com.atlassian.sal.api.user.UserKey getKey() { return new com.atlassian.sal.api.user.UserKey("k"); }
            @Override public String getFullName() { return "Bare"; }
            @Override public String getEmail() { return null; }
            @Override public String getName() { return "Bare"; }
        };
        assertThrows(UnsupportedOperationException.class, bare::getLowerName);
    }

    @Test
    void singleTermQueriesAcceptOnlyTheTermQueryConstantsAsMatchingRule() {
        // a copy with equal characters is refused: atlassian-user compares the rule by identity
        String contains = new String(TermQuery.SUBSTRING_CONTAINS.toCharArray());
        assertThrows(IllegalArgumentException.class, () -> new UserNameTermQuery("al", contains));
        assertThrows(IllegalArgumentException.class, () -> new FullNameTermQuery("al", "equals"));
        assertThrows(IllegalArgumentException.class, () -> new EmailTermQuery("al", null));
        assertThrows(IllegalArgumentException.class, () -> new EmailTermQuery("al", TermQuery.WILDCARD));
        for (String rule : new String[] {TermQuery.SUBSTRING_CONTAINS, TermQuery.SUBSTRING_STARTS_WITH, TermQuery.SUBSTRING_ENDS_WITH}) {
            UserNameTermQuery q = new UserNameTermQuery("al", rule);
            assertSame(rule, q.getMatchingRule());
            assertTrue(q.isMatchingSubstring());
        }
        UserNameTermQuery exact = new UserNameTermQuery("al");
        assertNull(exact.getMatchingRule());
        assertFalse(exact.isMatchingSubstring());
    }

    @Test
    void userKeyRefusesNullWithANullPointerExceptionLikeSal() {
        assertThrows(NullPointerException.class, () -> new com.atlassian.sal.api.user.UserKey(null));
        assertEquals("42", com.atlassian.sal.api.user.UserKey.fromLong(42).getStringValue());
    }
}
