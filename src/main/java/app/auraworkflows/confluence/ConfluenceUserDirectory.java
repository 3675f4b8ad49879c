package app.auraworkflows.confluence;

import app.auraworkflows.twofactor.DirectoryUser;
import app.auraworkflows.twofactor.UserDirectory;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.user.EntityException;
import com.atlassian.user.User;
import com.atlassian.user.search.query.EmailTermQuery;
import com.atlassian.user.search.query.FullNameTermQuery;
import com.atlassian.user.search.query.MultiTermBooleanQuery;
import com.atlassian.user.search.query.Query;
import com.atlassian.user.search.query.TermQuery;
import com.atlassian.user.search.query.UserNameTermQuery;
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
 * user" dialog searches with Confluence's {@link UserAccessor} over username, full name and e-mail.
 */
@Component
public class ConfluenceUserDirectory implements UserDirectory {
    /** Longest search text passed to the directory (longer input is cut: nobody types 100 characters). */
    static final int MAX_QUERY_LENGTH = 100;
    /** Most results one search returns, whatever the caller asks for. */
    static final int MAX_RESULTS = 50;

    private static final Logger log = LoggerFactory.getLogger(ConfluenceUserDirectory.class);

    private final UserManager userManager;
    private final UserAccessor userAccessor;

    public ConfluenceUserDirectory(UserManager userManager, UserAccessor userAccessor) {
        this.userManager = userManager;
        this.userAccessor = userAccessor;
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
        List<User> found;
        try {
            found = userAccessor.findUsersAsList(buildQuery(term));
        } catch (EntityException e) {
            // The directory (LDAP, Crowd...) failed: an empty result lets the admin retry; the dialog stays usable.
            log.warn("User search failed in the Confluence user directory: {}", e.toString());
            return List.of();
        }
        List<DirectoryUser> users = new ArrayList<>();
        for (User user : found) {
            if (users.size() >= max) {
                break;
            }
            toDirectoryUser(user).ifPresent(users::add);
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

    /** Username OR full name OR e-mail containing the term. */
    static Query<User> buildQuery(String term) {
        return MultiTermBooleanQuery.anyOf(
                new UserNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS),
                new FullNameTermQuery(term, TermQuery.SUBSTRING_CONTAINS),
                new EmailTermQuery(term, TermQuery.SUBSTRING_CONTAINS));
    }

    private Optional<DirectoryUser> toDirectoryUser(User user) {
        if (user instanceof ConfluenceUser confluenceUser && confluenceUser.getKey() != null) {
            UserKey key = confluenceUser.getKey();
            return Optional.of(new DirectoryUser(key.getStringValue(), user.getName(), nonNull(user.getFullName()),
                    nonNull(user.getEmail()), userManager.isLicensed(key)));
        }
        return Optional.ofNullable(userManager.getUserProfile(user.getName())).map(this::toDirectoryUser);
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
