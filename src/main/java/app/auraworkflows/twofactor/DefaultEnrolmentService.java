package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.TransactionRunner;
import app.auraworkflows.kernel.DirectoryUser;
import app.auraworkflows.kernel.TimeSource;
import app.auraworkflows.kernel.UserDirectory;
import app.auraworkflows.text.TextPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The 2FA enrolment use cases ({@link EnrolmentService}): admins add, list and revoke; a user reads the
 * setup, fetches the QR code while PENDING and confirms a code to become ACTIVE.
 *
 * <p>Rules enforced here (callers have already checked who may call what):
 * <ul>
 *   <li>Only existing, active directory users can be added; an existing row is left alone
 *       (one setup per user; no self-reset). No e-mail is ever sent.</li>
 *   <li>Each new row gets a fresh 160-bit secret, encrypted at rest; revoking deletes the row, its
 *       consumed steps and its attempt run, so a re-add starts a new setup with a new secret.</li>
 *   <li>The secret (as manual key and otpauth URI) and the QR code are available only while PENDING and not
 *       expired ({@link PendingExpiry}); an expired setup cannot be confirmed, and re-adding the user replaces
 *       it with a new secret.</li>
 *   <li>Confirmation uses the one second-factor check {@link SecondFactorCheck} (lockout, replay); the confirming code's step
 *       is consumed, so it can never also confirm an approval. Confirmations of one user run one after the
 *       other under the user's row lock (as protected reviews do), and a replay of exactly the code that
 *       confirmed the setup (same user, same step, e.g. a double submission) answers like the confirmation and
 *       counts as nothing, instead of locking the new user out. The client that confirmed is recorded.</li>
 * </ul>
 * Time comes from the injected {@link TimeSource}, read once per use case.
 */
@Component
public class DefaultEnrolmentService implements EnrolmentService {
    static final int MAX_PAGE = 200;
    /** Most users one search shows; the directory is asked for one more. */
    static final int MAX_SEARCH = 25;

    private final EnrolmentRepository enrolments;
    private final UsedStepRepository usedSteps;
    private final AttemptLedger attempts;
    private final UserDirectory directory;
    private final SiteInfo site;
    private final TotpSecrets secrets;
    private final SecretCipher cipher;
    private final QrCodeRenderer qrCodes;
    private final SecondFactorCheck secondFactor;
    private final Lockout lockout;
    private final TransactionRunner transactions;
    private final TwoFactorAuditTrail audit;
    private final TimeSource time;
    private final PendingExpiry expiry;

    public DefaultEnrolmentService(EnrolmentRepository enrolments, UsedStepRepository usedSteps,
                                   AttemptLedger attempts, UserDirectory directory, SiteInfo site,
                                   TotpSecrets secrets, SecretCipher cipher, QrCodeRenderer qrCodes,
                                   SecondFactorCheck secondFactor, Lockout lockout, TransactionRunner transactions,
                                   TwoFactorAuditTrail audit, TimeSource time, PendingExpiry expiry) {
        this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
        this.usedSteps = Objects.requireNonNull(usedSteps, "usedSteps");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.directory = Objects.requireNonNull(directory, "directory");
        this.site = Objects.requireNonNull(site, "site");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        this.cipher = Objects.requireNonNull(cipher, "cipher");
        this.qrCodes = Objects.requireNonNull(qrCodes, "qrCodes");
        this.secondFactor = Objects.requireNonNull(secondFactor, "secondFactor");
        this.lockout = Objects.requireNonNull(lockout, "lockout");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.time = Objects.requireNonNull(time, "time");
        this.expiry = Objects.requireNonNull(expiry, "expiry");
    }

    @Override
    public AddUsersResult addUsers(List<String> usernames, String actingUsername) {
        Instant now = time.clock().instant();
        List<String> added = new ArrayList<>();
        List<String> alreadyEnrolled = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int days = expiry.days();
        for (String name : distinct(usernames)) {
            // A name with a control character is nobody's and never reaches the directory or the store.
            Optional<DirectoryUser> found = TextPolicy.isCleanSingleLine(name) ? directory.byUsername(name)
                    : Optional.empty();
            if (found.isEmpty() || !found.get().active()) {
                unknown.add(name);
                continue;
            }
            DirectoryUser user = found.get();
            Optional<Enrolment> existing = enrolments.find(user.userKey());
            if (existing.isPresent() && !isExpired(existing.get(), days, now)) {
                alreadyEnrolled.add(user.username());
                continue;
            }
            SealedSecret sealed = cipher.seal(user.userKey(), secrets.newSecret());
            Enrolment pending = new Enrolment(user.userKey(), user.username(), user.fullName(),
                    EnrolmentStatus.PENDING, sealed.ciphertext(), sealed.keyVersion(), actingUsername, now,
                    null, null);
            boolean stored = existing.isPresent()
                    ? replaceExpired(existing.get(), pending)
                    // insertPending runs its own transaction; the unique user key decides a race between nodes
                    : enrolments.insertPending(pending);
            if (stored) {
                added.add(user.username());
                audit.adminAction(user.userKey(), user.username(), user.fullName(), AuditOutcome.USER_ADDED,
                        actingUsername, now);
            } else {
                alreadyEnrolled.add(user.username());
            }
        }
        return new AddUsersResult(List.copyOf(added), List.copyOf(alreadyEnrolled), List.copyOf(unknown));
    }

    /**
     * An expired setup is replaced as a whole: new secret, and a fresh start for its consumed steps and attempt
     * run. Only if it is still the row that expired (another admin may have replaced it a moment ago).
     */
    private boolean replaceExpired(Enrolment expired, Enrolment fresh) {
        return transactions.inTransaction(() -> {
            boolean replaced = enrolments.replacePending(expired.addedAt(), fresh);
            if (replaced) {
                usedSteps.deleteAll(fresh.userKey());
                attempts.clear(fresh.userKey());
            }
            return replaced;
        });
    }

    private static boolean isExpired(Enrolment enrolment, int days, Instant now) {
        return PendingExpiry.expired(enrolment, days, now);
    }

    @Override
    public boolean revoke(String username, String actingUsername) {
        Optional<Enrolment> enrolment = enrolmentOf(username);
        if (enrolment.isEmpty()) {
            return false;
        }
        Enrolment e = enrolment.get();
        Instant now = time.clock().instant();
        return transactions.inTransaction(() -> {
            boolean deleted = enrolments.delete(e.userKey());
            usedSteps.deleteAll(e.userKey());
            attempts.clear(e.userKey());
            if (deleted) {
                audit.adminAction(e.userKey(), e.username(), e.fullName(), AuditOutcome.USER_REVOKED,
                        actingUsername, now);
            }
            return deleted;
        });
    }

    @Override
    public boolean unlock(String username, String actingUsername) {
        Optional<Enrolment> enrolment = enrolmentOf(username);
        if (enrolment.isEmpty()) {
            return false;
        }
        Enrolment e = enrolment.get();
        Instant now = time.clock().instant();
        transactions.inTransaction(() -> {
            // Under the user's code-check lock, as every attempt claim: an unlock waits for a code check of the user
            // in progress to commit, and never clears the run between that check's read of it and its claim.
            enrolments.lockCodeChecks(e.userKey());
            attempts.clear(e.userKey()); // the consumed steps stay: unlocking never re-opens a used code
            audit.adminAction(e.userKey(), e.username(), e.fullName(), AuditOutcome.ADMIN_UNLOCK, actingUsername, now);
            return null;
        });
        return true;
    }

    /** The setup of the user with this username, also when the directory no longer knows them. */
    private Optional<Enrolment> enrolmentOf(String username) {
        if (!TextPolicy.isCleanSingleLine(username)) {
            return Optional.empty(); // nobody's name; PostgreSQL would fail the lookup on U+0000
        }
        return directory.byUsername(username)
                .flatMap(user -> enrolments.find(user.userKey()))
                .or(() -> enrolments.findByUsername(username));
    }

    @Override
    public EnrolmentPage list(EnrolmentStatus status, String query, ListCursor from, boolean backwards, int limit) {
        Objects.requireNonNull(status, "status");
        Instant now = time.clock().instant();
        int size = Math.max(1, Math.min(MAX_PAGE, limit));
        if (!TextPolicy.isCleanSingleLine(query)) {
            return new EnrolmentPage(0, List.of()); // matches no username; never sent to the store
        }
        boolean search = query != null && !query.isBlank();
        int total = search ? enrolments.countMatching(status, query, SEARCH_COUNT_LIMIT) : enrolments.count(status);
        boolean exact = total <= SEARCH_COUNT_LIMIT || !search;
        // One row more than the page, in the direction read: whether there is a page beyond it.
        boolean back = from != null && backwards;
        List<Enrolment> rows = enrolments.list(status, query, from, back, size + 1);
        boolean beyond = rows.size() > size;
        List<Enrolment> page = !beyond ? rows : back ? rows.subList(1, rows.size()) : rows.subList(0, size);
        // Rows after the page: read backwards, the position came from there; read forwards, the extra row says so.
        boolean rowsAfter = back || beyond;
        boolean rowsBefore = back ? beyond : from != null;
        ListCursor next = rowsAfter && !page.isEmpty() ? EnrolmentOrder.cursorOf(page.get(page.size() - 1)) : null;
        ListCursor previous = rowsBefore && !page.isEmpty() ? EnrolmentOrder.cursorOf(page.get(0)) : null;
        Map<String, Lockout.Lock> locked = lockout.locks(page.stream().map(Enrolment::userKey).toList(), now);
        int days = expiry.days();
        List<EnrolmentView> views = new ArrayList<>();
        for (Enrolment e : page) {
            Lockout.Lock lock = locked.get(e.userKey());
            boolean pending = e.status() == EnrolmentStatus.PENDING;
            Instant expiresAt = pending ? PendingExpiry.expiresAt(e.addedAt(), days) : null;
            views.add(new EnrolmentView(e.username(), e.userKey(), e.fullName(), e.status(), e.addedBy(),
                    e.addedAt(), e.activatedAt(), e.lastUsedAt(), lock == null ? null : lock.until(),
                    lock != null && lock.untilUnlock(), expiresAt,
                    pending && PendingExpiry.expired(expiresAt, now), e.activatedFrom()));
        }
        return new EnrolmentPage(exact ? total : SEARCH_COUNT_LIMIT, exact, List.copyOf(views), next, previous);
    }

    @Override
    public UserSearchResult searchUsers(String query, int limit) {
        if (!UserSearchResult.searchable(query) || !TextPolicy.isCleanSingleLine(query)) {
            return UserSearchResult.none();
        }
        int shown = Math.max(1, Math.min(MAX_SEARCH, limit));
        // One more than shown: its presence is how "more results" is known without counting the directory.
        UserSearchResult found = UserSearchResult.ofFetched(directory.search(query.strip(), shown + 1), shown);
        // At most MAX_SEARCH lookups by user key (the enrolment's unique key): the dialog marks who is enrolled.
        Map<String, EnrolmentStatus> statuses = new java.util.HashMap<>();
        for (DirectoryUser user : found.users()) {
            enrolments.find(user.userKey()).ifPresent(e -> statuses.put(user.userKey(), e.status()));
        }
        return found.withEnrolment(statuses);
    }

    @Override
    public MySetup mySetup(String userKey) {
        String issuer = OtpauthUri.issuer(site.siteTitle());
        Optional<Enrolment> found = enrolments.find(userKey);
        if (found.isEmpty()) {
            String accountName = directory.byKey(userKey).map(DirectoryUser::username).orElse(null);
            return new MySetup(SetupStatus.NOT_ENABLED, issuer, accountName, null, null);
        }
        Enrolment enrolment = found.get();
        Instant now = time.clock().instant();
        Optional<Lockout.Lock> lock = lockout.lock(userKey, now);
        Instant lockedUntil = lock.map(Lockout.Lock::until).orElse(null);
        boolean untilUnlock = lock.map(Lockout.Lock::untilUnlock).orElse(false);
        if (enrolment.status() == EnrolmentStatus.ACTIVE) {
            // once active the secret is never shown again
            return new MySetup(SetupStatus.ACTIVE, issuer, enrolment.username(), null, null, lockedUntil,
                    untilUnlock, enrolment.activatedAt(), enrolment.activatedFrom());
        }
        if (isExpired(enrolment, expiry.days(), now)) {
            // an expired setup never shows its secret again: only a re-add by an admin (new secret) helps
            return new MySetup(SetupStatus.EXPIRED, issuer, enrolment.username(), null, null, lockedUntil,
                    untilUnlock, null, null);
        }
        String secret = secretOf(enrolment);
        return new MySetup(SetupStatus.PENDING, issuer, enrolment.username(),
                TotpSecrets.groupForReading(secret), OtpauthUri.build(issuer, enrolment.username(), secret),
                lockedUntil, untilUnlock, null, null);
    }

    @Override
    public Optional<byte[]> qrPng(String userKey) {
        Instant now = time.clock().instant();
        int days = expiry.days();
        return enrolments.find(userKey)
                .filter(e -> e.status() == EnrolmentStatus.PENDING && !isExpired(e, days, now))
                .map(e -> qrCodes.png(OtpauthUri.build(OtpauthUri.issuer(site.siteTitle()), e.username(), secretOf(e))));
    }

    @Override
    public CodeCheck confirm(String userKey, String code, ClientInfo client) {
        Instant now = time.clock().instant();
        int days = expiry.days();
        return transactions.inTransaction(() -> {
            // The one second-factor check: under the user's code-check lock, a double submission waits for the first
            // to commit and then finds the setup ACTIVE (answered as accepted when it is the same code), instead of
            // racing it and failing on the consumed step.
            SecondFactorCheck.Verdict verdict =
                    secondFactor.verify(userKey, code, SecondFactorCheck.Purpose.setupConfirmation(days), now);
            CodeCheck check = verdict.check();
            if (verdict.repeat() || verdict.setup().isEmpty()) {
                return check;
            }
            Enrolment setup = verdict.setup().get();
            TwoFactorAuditTrail.Attempt attempt =
                    new TwoFactorAuditTrail.Attempt(userKey, setup.username(), setup.fullName(), null);
            if (!check.accepted()) {
                audit.codeChecked(attempt, check, now);
                return check;
            }
            ClientInfo from = client == null ? ClientInfo.unknown() : client;
            if (!enrolments.activate(userKey, now, from, verdict.step().getAsLong())) {
                return CodeCheck.of(CodeCheck.Outcome.NOT_PENDING); // revoked meanwhile
            }
            audit.activated(attempt, from, now);
            return check;
        });
    }

    @Override
    public int pendingExpiryDays() {
        return expiry.days();
    }

    @Override
    public boolean setPendingExpiryDays(String days) {
        return transactions.inTransaction(() -> expiry.setDays(days));
    }

    private String secretOf(Enrolment enrolment) {
        return cipher.open(enrolment.userKey(), new SealedSecret(enrolment.encryptedSecret(), enrolment.keyVersion()));
    }

    /** Trimmed, non-blank names, first spelling kept, duplicates (ignoring case) dropped. */
    private static List<String> distinct(List<String> usernames) {
        Map<String, String> unique = new LinkedHashMap<>();
        if (usernames != null) {
            for (String name : usernames) {
                if (name != null && !name.isBlank()) {
                    unique.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), name.strip());
                }
            }
        }
        return List.copyOf(unique.values());
    }
}
