package app.auraworkflows.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Active Objects row of one user's 2FA enrolment (table {@code AO_<hash>_TFA_ENROLMENT}). Never leaves
 * {@code store/}: repositories map it to {@link app.auraworkflows.twofactor.Enrolment}.
 *
 * <p>{@code USER_KEY} is unique so that two nodes adding the same user at once still create one row.
 * {@code USERNAME_LOWER}/{@code FULL_NAME_LOWER} are lower-cased copies for case-insensitive search
 * without {@code LOWER()} in SQL ({@code FULL_NAME_LOWER} is the sort name: the full name, or the username for a
 * user without one), and the (status, full name, username) index serves the admin list's filter + order + seek to
 * a page. The search is a prefix match on the three lower-cased columns (the sort name through that index, the username
 * and the last name through their own). It is the only index that starts with the status: HSQLDB takes the first
 * index whose leading column a condition names, and with a second one (status, last name) it read every row of the
 * status and sorted them (200 ms a page at 100,000 users) instead of walking this one in order. Times are epoch milliseconds (BIGINT): no JDBC time-zone conversions, so all
 * cluster nodes read the same instant.
 */
@Preload
@Table("TFA_ENROLMENT")
@Indexes({@Index(name = "status_name", methodNames = {"getStatus", "getFullNameLower", "getUsernameLower"})})
public interface AOEnrolment extends Entity {
    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    @NotNull
    String getUsername();

    void setUsername(String username);

    @NotNull
    @Indexed
    String getUsernameLower();

    void setUsernameLower(String usernameLower);

    String getFullName();

    void setFullName(String fullName);

    String getFullNameLower();

    void setFullNameLower(String fullNameLower);

    /**
     * The last word of the full name, lower-cased, for the search by last name; null for one-word names. Filled for
     * rows written before it existed by {@link EnrolmentSearchUpgradeTask}.
     */
    @Indexed
    String getLastNameLower();

    void setLastNameLower(String lastNameLower);

    /** {@code PENDING} or {@code ACTIVE}. */
    @NotNull
    @StringLength(16)
    String getStatus();

    void setStatus(String status);

    /** Base64 of IV + AES-GCM ciphertext + tag; never the plain secret. */
    @NotNull
    String getEncryptedSecret();

    void setEncryptedSecret(String encryptedSecret);

    @NotNull
    int getKeyVersion();

    void setKeyVersion(int keyVersion);

    String getAddedBy();

    void setAddedBy(String addedBy);

    @NotNull
    long getAddedAt();

    void setAddedAt(long addedAt);

    Long getActivatedAt();

    void setActivatedAt(Long activatedAt);

    Long getLastUsedAt();

    void setLastUsedAt(Long lastUsedAt);

    /**
     * A counter with no meaning of its own: a protected review UPDATEs it first, so code checks of one user
     * queue on this row lock in the database (all cluster nodes) instead of racing on the UNIQUE attempt and
     * used-step keys inside the review transaction. Null on rows written before it existed.
     */
    Long getCheckLock();

    void setCheckLock(Long checkLock);

    /**
     * The remote address of the client that confirmed the setup (shown to the user and admins: a setup someone
     * else confirmed is visible). Null while PENDING and on rows confirmed before it was recorded.
     */
    @StringLength(64)
    String getActivatedFromIp();

    void setActivatedFromIp(String activatedFromIp);

    /** The User-Agent of that client, clipped; null as above. */
    String getActivatedUserAgent();

    void setActivatedUserAgent(String activatedUserAgent);

    /** The TOTP time step of the confirming code, so its replay is recognised; null as above. */
    Long getActivatedStep();

    void setActivatedStep(Long activatedStep);
}
