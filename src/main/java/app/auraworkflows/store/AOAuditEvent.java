package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * Active Objects row of one 2FA audit event (table {@code AO_<hash>_TFA_AUDIT}). Never leaves {@code store/}:
 * {@link AoAuditLog} maps it to {@link app.auraworkflows.twofactor.AuditEvent}. There is deliberately no column
 * that could hold a code or a secret.
 *
 * <p>The admin screen and the export filter by user (the start of the username, full name or last name: one index
 * each) and/or outcome and read newest first (time, then id), so each
 * composite index is exactly a filter column (or none) followed by the order columns: a page, or the next batch of
 * the export, walks one index range instead of sorting the log (HSQLDB sorted all 1,000,000 rows for every batch
 * with an index on the time alone, and it prefers a one-column index on the filter column when there is one, so there is
 * none). Times are epoch milliseconds (BIGINT), as everywhere in the plugin.
 */
@Preload
@Table("TFA_AUDIT")
@Indexes({
        @Index(name = "audit_time_id", methodNames = {"getOccurredAt", "getID"}),
        @Index(name = "audit_user_time_id", methodNames = {"getUsernameLower", "getOccurredAt", "getID"}),
        @Index(name = "audit_name_time_id", methodNames = {"getFullNameLower", "getOccurredAt", "getID"}),
        @Index(name = "audit_last_time_id", methodNames = {"getLastNameLower", "getOccurredAt", "getID"}),
        @Index(name = "audit_outcome_time_id", methodNames = {"getOutcome", "getOccurredAt", "getID"})})
public interface AOAuditEvent extends Entity {
    @NotNull
    long getOccurredAt();

    void setOccurredAt(long occurredAt);

    @NotNull
    String getUserKey();

    void setUserKey(String userKey);

    String getUsername();

    void setUsername(String username);

    String getUsernameLower();

    void setUsernameLower(String usernameLower);

    String getFullName();

    void setFullName(String fullName);

    /** The full name trimmed and lower-cased, for the user filter (as the admin Users search); null without one. */
    String getFullNameLower();

    void setFullNameLower(String fullNameLower);

    /** The full name's last word, lower-cased, for the user filter; null for a name of fewer than two words. */
    String getLastNameLower();

    void setLastNameLower(String lastNameLower);

    /** An {@link app.auraworkflows.twofactor.AuditOutcome} name. */
    @NotNull
    @StringLength(32)
    String getOutcome();

    void setOutcome(String outcome);

    /** The page of a protected approval attempt; null for setup and admin actions. */
    Long getPageId();

    void setPageId(Long pageId);

    String getActorUsername();

    void setActorUsername(String actorUsername);

    /** The remote address of the client that confirmed a setup (USER_ACTIVATED); null for other events. */
    @StringLength(64)
    String getClientIp();

    void setClientIp(String clientIp);

    /** That client's User-Agent, clipped; null for other events. */
    String getUserAgent();

    void setUserAgent(String userAgent);
}
