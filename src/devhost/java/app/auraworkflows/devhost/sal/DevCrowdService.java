package app.auraworkflows.devhost.sal;

import app.auraworkflows.devhost.directory.HostUser;
import app.auraworkflows.devhost.directory.UserSearch;
import app.auraworkflows.devhost.directory.UserStore;
import com.atlassian.crowd.embedded.api.CrowdService;
import com.atlassian.crowd.embedded.api.Query;
import com.atlassian.crowd.search.EntityDescriptor;
import com.atlassian.crowd.search.query.entity.EntityQuery;
import java.util.List;

/**
 * Crowd's {@link CrowdService} over the embedded directory, for user-name searches: a prefix restriction
 * (see {@link UserSearch#prefixes}) answered from the indexed lower-case columns with the query's start
 * index and maximum results as the SQL bound, as Crowd's internal directory does, so a plugin's search
 * costs the same on 100 users as on 100,000. Case-insensitive; deactivated users are returned too, as by
 * Crowd (callers check licensing separately).
 */
public final class DevCrowdService implements CrowdService {

    private final UserStore users;

    public DevCrowdService(UserStore users) {
        this.users = users;
    }

    @Override
    public <T> Iterable<T> search(Query<T> query) {
        if (!(query instanceof EntityQuery<T> entityQuery)
                || !EntityDescriptor.user().equals(entityQuery.getEntityDescriptor())) {
            throw new UnsupportedOperationException("The dev host's CrowdService answers user queries only: " + query);
        }
        if (query.getReturnType() != String.class) {
            throw new UnsupportedOperationException("The dev host's CrowdService returns user names only, not "
                    + query.getReturnType().getName());
        }
        List<HostUser> found = users.searchByPrefix(UserSearch.prefixes(query.getSearchRestriction()),
                query.getStartIndex(), query.getMaxResults());
        List<String> names = found.stream().map(HostUser::username).toList();
        @SuppressWarnings("unchecked") // checked above: the return type is String
        Iterable<T> result = (Iterable<T>) names;
        return result;
    }
}
