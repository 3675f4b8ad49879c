package app.auraworkflows.devhost.demo;

import app.auraworkflows.devhost.content.ContentStore;
import app.auraworkflows.devhost.content.SpaceGrant;
import app.auraworkflows.devhost.db.HostProperties;
import app.auraworkflows.devhost.directory.AccessTokenStore;
import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserStore;
import app.auraworkflows.devhost.sal.DevTimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the database from {@link DemoData} exactly once per database: the first node to claim the
 * {@code devhost.demo.loaded} property loads it; later starts (and other nodes) skip it, so data
 * created while using the host persists between runs.
 */
public final class DemoDataLoader {

    public static final String LOADED_MARKER = "devhost.demo.loaded";
    public static final String SITE_TITLE = "devhost.site.title";
    /** Claimed separately, so a database loaded before tokens existed still gets the demo tokens once. */
    public static final String TOKENS_MARKER = "devhost.demo.tokens.loaded";
    /** The name the seeded demo tokens are listed under on the user's token screen. */
    public static final String DEMO_TOKEN_NAME = "Demo token";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserStore users;
    private final ContentStore content;
    private final HostProperties properties;
    private final AccessTokenStore tokens;

    public DemoDataLoader(UserStore users, ContentStore content, HostProperties properties, AccessTokenStore tokens) {
        this.users = users;
        this.content = content;
        this.properties = properties;
        this.tokens = tokens;
    }

    /** Seeds each demo user's documented personal access token, once per database. */
    public void seedTokensOnce(DemoData data) {
        if (data.users().stream().allMatch(u -> u.personalAccessToken() == null) || !properties.claim(TOKENS_MARKER, "true")) {
            return;
        }
        int seeded = 0;
        for (DemoData.User u : data.users()) {
            if (u.personalAccessToken() != null) {
                HostUser user = users.byUsername(u.username()).orElse(null);
                if (user != null) {
                    tokens.createWithSecret(user.key(), DEMO_TOKEN_NAME, u.personalAccessToken());
                    seeded++;
                }
            }
        }
        LOG.info("Demo personal access tokens seeded for {} users", seeded);
    }

    /** Returns true when this call loaded the data (first start of this database). */
    public boolean loadOnFirstStart(DemoData data) {
        if (!properties.claim(LOADED_MARKER, "loading")) {
            return false;
        }
        if (data.siteTitle() != null) {
            properties.set(SITE_TITLE, data.siteTitle());
        }
        users.createGroup(UserStore.ADMINS);
        users.createGroup(UserStore.USERS);
        data.groups().forEach(users::createGroup);
        Map<String, HostUser> created = new HashMap<>();
        for (DemoData.User u : data.users()) {
            HostUser user = users.create(u.username(), u.fullName() == null ? u.username() : u.fullName(), u.email(),
                    u.passwordOrUsername());
            created.put(user.username(), user);
            users.addMember(UserStore.USERS, user);
            for (String group : u.groups()) {
                users.addMember(group, user);
            }
            if (u.timeZone() != null) {
                new DevTimeZoneManager(properties).setUserTimeZone(new UserKey(user.key()), u.timeZone());
            }
            if (Boolean.FALSE.equals(u.active())) {
                users.setActive(user.username(), false);
            }
        }
        for (DemoData.Space s : data.spaces()) {
            content.createSpace(s.key(), s.name(), s.description(), grants(s, created));
            HostUser creator = s.creator() == null ? null : created.get(s.creator());
            for (DemoData.Page p : s.pages()) {
                content.createPage(s.key(), p.title(), p.body(), null, creator == null ? null : creator.key());
            }
        }
        properties.set(LOADED_MARKER, "true");
        LOG.info("Demo data loaded: {} users, {} spaces", data.users().size(), data.spaces().size());
        return true;
    }

    /** The space's grants, usernames resolved to user keys (grants are stored by key, like Confluence's). */
    private List<SpaceGrant> grants(DemoData.Space space, Map<String, HostUser> created) {
        if (space.permissions() == null) {
            return SpaceGrant.defaults();
        }
        List<SpaceGrant> grants = new ArrayList<>();
        space.permissions().forEach((name, grantees) -> {
            SpaceGrant.Permission permission = SpaceGrant.Permission.valueOf(name.toUpperCase(Locale.ROOT));
            for (String group : grantees.groups()) {
                grants.add(SpaceGrant.group(permission, group));
            }
            for (String username : grantees.users()) {
                HostUser user = created.get(username.toLowerCase(Locale.ROOT));
                if (user == null) {
                    throw new IllegalArgumentException("Space " + space.key() + " grants " + name + " to unknown user " + username);
                }
                grants.add(SpaceGrant.user(permission, user.key()));
            }
        });
        return grants;
    }
}
