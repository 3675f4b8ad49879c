package app.auraworkflows.store;

import app.auraworkflows.twofactor.AttemptLedger;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.time.Instant;
import java.util.Objects;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.springframework.stereotype.Component;

/**
 * {@link AttemptLedger} on Active Objects ({@link AOAttempt}): the lockout counter in the database, shared
 * by all cluster nodes.
 *
 * <p>The caller reads the highest attempt number of the user's run ({@link #newest}) and claims the next one
 * ({@link #claim}), in its transaction. The UNIQUE {@code USER_ATTEMPT} column makes that a compare-and-set: when
 * two claims race for the same number one insert fails, and the outermost transaction runs that unit again with a
 * fresh read ({@link UnitOfWork}). So 50 concurrent claims get 50 distinct numbers and the lockout can never be
 * outrun by parallel requests; under the user's code-check lock such races do not even start.
 */
@Component
public class AoAttemptLedger implements AttemptLedger {
    private static final int IN_CHUNK = 200;

    private final ActiveObjects ao;

    public AoAttemptLedger(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<Attempt> newest(String userKey) {
        Objects.requireNonNull(userKey, "userKey");
        AOAttempt[] newest = ao.find(AOAttempt.class,
                Query.select("ID, ATTEMPT_NUMBER, CLAIMED_AT").where("USER_KEY = ?", userKey)
                        .order("ATTEMPT_NUMBER DESC").limit(1));
        return newest.length == 0 ? Optional.empty()
                : Optional.of(new Attempt(newest[0].getAttemptNumber(), Instant.ofEpochMilli(newest[0].getClaimedAt())));
    }

    @Override
    public void claim(String userKey, int number, Instant at) {
        Objects.requireNonNull(userKey, "userKey");
        ao.create(AOAttempt.class,
                new DBParam("USER_ATTEMPT", userKey + ":" + number),
                new DBParam("USER_KEY", userKey),
                new DBParam("ATTEMPT_NUMBER", number),
                new DBParam("CLAIMED_AT", at.toEpochMilli()));
    }

    @Override
    public Optional<Instant> claimedAt(String userKey, int n) {
        AOAttempt[] rows = ao.find(AOAttempt.class, Query.select().where("USER_ATTEMPT = ?", userKey + ":" + n));
        return rows.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(rows[0].getClaimedAt()));
    }

    @Override
    public Map<String, Instant> claimedAt(Collection<String> userKeys, int n) {
        Map<String, Instant> result = new HashMap<>();
        List<String> keys = List.copyOf(new LinkedHashSet<>(userKeys));
        // Chunked IN lists keep every statement well below any database's parameter limit.
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            Object[] slots = chunk.stream().map(k -> k + ":" + n).toArray();
            String placeholders = String.join(",", java.util.Collections.nCopies(slots.length, "?"));
            for (AOAttempt row : ao.find(AOAttempt.class,
                    Query.select().where("USER_ATTEMPT IN (" + placeholders + ")", slots))) {
                result.put(row.getUserKey(), Instant.ofEpochMilli(row.getClaimedAt()));
            }
        }
        return result;
    }

    @Override
    public void clear(String userKey) {
        ao.deleteWithSQL(AOAttempt.class, "USER_KEY = ?", userKey);
    }
}
