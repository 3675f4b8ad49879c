package app.auraworkflows.confluence;

import app.auraworkflows.kernel.DirectoryUser;
import app.auraworkflows.kernel.UserDirectory;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.builder.Combine;
import com.atlassian.crowd.search.builder.QueryBuilder;
import com.atlassian.crowd.search.builder.Restriction;
import com.atlassian.crowd.search.query.entity.EntityQuery;
import com.atlassian.crowd.search.query.entity.restriction.constants.UserTermKeys;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Role: host adapter implementing the {@link UserDirectory} port over Confluence's users.
 *
 * <p>Lookups go through SAL's {@link UserManager}; "active" means licensed, which is false for
 * deactivated users, so the 2FA core can refuse to enrol them. SAL has no user search, so the "Add 2FA
 * user" dialog searches through Crowd's {@link CrowdService}, the layer under Confluence's user directories:
 * unlike {@code UserAccessor.findUsersAsList}, its queries carry a maximum number of results, which Crowd
 * passes down to the internal directory's SQL and to LDAP, so a keystroke never loads the whole directory.
 * The query is a prefix match ("starts with") on username, display name, last name and e-mail: what the
 * directories answer from an index, where "contains" would scan every user.
 */
@Component
public class ConfluenceUserDirectory implements UserDirectory {
    /** Longest search text passed to the directory (longer input is cut: nobody types 100 characters). */
    static final int MAX_QUERY_LENGTH = 100;
    /** Most results one search asks the directory for, whatever the caller asks for. */
    static final int MAX_RESULTS = 50;

    private static final Logger log = LoggerFactory.getLogger(ConfluenceUserDirectory.class);

    private final UserManager userManager;
    private final CrowdService crowdService;

    public ConfluenceUserDirectory(UserManager userManager, CrowdService crowdService) {
        this.userManager = userManager;
        this.crowdService = crowdService;
    }

    @Override
    public Optional<DirectoryUser> byUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserProfile(username.trim())).map(this::toDirectoryUser);
    }

    @Override
    public Optional<DirectoryUser> byKey(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(this::toDirectoryUser);
    }

    @Override
    public List<DirectoryUser> search(String query, int limit) {
        String term = normaliseQuery(query);
        int max = Math.min(Math.max(limit, 0), MAX_RESULTS);
        if (term.isEmpty() || max == 0) {
            return List.of();
        }
        List<DirectoryUser> users = new ArrayList<>();
        try {
            // Usernames only: Crowd then reads no more than the names, and each of the (at most MAX_RESULTS)
            // profiles comes from SAL, which also answers whether the user is licensed.
            for (String username : crowdService.search(buildQuery(term, max))) {
                if (users.size() >= max) {
                    break; // a directory that ignored the bound must still not grow the answer
                }
                byUsername(username).ifPresent(users::add);
            }
        } catch (RuntimeException e) {
            // The directory (LDAP, Crowd...) failed: an empty result lets the admin retry; the dialog stays usable.
            log.warn("User search failed in the Confluence user directory: {}", e.toString());
            return List.of();
        }
        return users;
    }

    /** Trims the search text and cuts it to {@link #MAX_QUERY_LENGTH}; null becomes empty. */
    static String normaliseQuery(String query) {
        if (query == null) {
            return "";
        }
        String trimmed = query.strip();
        return trimmed.length() > MAX_QUERY_LENGTH ? trimmed.substring(0, MAX_QUERY_LENGTH).strip() : trimmed;
    }

    /** Usernames of users whose username, display name, last name or e-mail starts with the term; at most {@code max}. */
    static EntityQuery<String> buildQuery(String term, int max) {
        return QueryBuilder.queryFor(String.class, EntityDescriptor.user())
                .with(Combine.anyOf(
                        Restriction.on(UserTermKeys.USERNAME).startingWith(term),
                        Restriction.on(UserTermKeys.DISPLAY_NAME).startingWith(term),
                        Restriction.on(UserTermKeys.LAST_NAME).startingWith(term),
                        Restriction.on(UserTermKeys.EMAIL).startingWith(term)))
                .returningAtMost(max);
    }

    private DirectoryUser toDirectoryUser(UserProfile profile) {
        UserKey key = profile.getUserKey();
        return new DirectoryUser(key.getStringValue(), profile.getUsername(), nonNull(profile.getFullName()),
                nonNull(profile.getEmail()), userManager.isLicensed(key));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
