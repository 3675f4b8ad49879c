package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row for one claimed code attempt in a user's current run of consecutive attempts
 * (table {@code AO_<hash>_TFA_ATTEMPT}); the lockout counter shared by all cluster nodes.
 *
 * <p>{@code USER_ATTEMPT} ({@code "<userKey>:<n>"}) is UNIQUE, so two concurrent claims can never both
 * get attempt number n: the loser's insert fails and it retries with the next number. That is what
 * stops a burst of parallel guesses from evaluating more codes than the lockout allows.
 */
@Preload
@Table("TFA_ATTEMPT")
public interface AOAttempt extends Entity {
    @NotNull
    @Unique
    String getUserAttempt();

    void setUserAttempt(String userAttempt);

    @NotNull
    @Indexed
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    int getAttemptNumber();

    void setAttemptNumber(int attemptNumber);

    @NotNull
    long getClaimedAt();

    void setClaimedAt(long claimedAt);
}
