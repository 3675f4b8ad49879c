package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.TransactionRunner;
import app.auraworkflows.kernel.TimeSource;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.security.SecureRandom;
import java.time.Instant;

/**
 * The whole 2FA object graph wired the way Spring wires it, over in-memory fakes or over given
 * repositories (the AO ones in the store tests), with a movable clock and a demo directory.
 */
public final class TwoFactorFixture {
    /** 30k + 15 s for k = 59_000_000: the middle of a step. */
    public static final Instant START = Instant.ofEpochSecond(59_000_000L * 30 + 15);

    public final MutableClock clock = new MutableClock(START);
    public final TimeSource time = () -> clock;
    public final RandomSource random;
    public final Fakes.Directory directory = new Fakes.Directory()
            .add("key-admin", "admin", "Ada Admin", true)
            .add("key-alice", "alice", "Alice Adams", true)
            .add("key-bob", "bob", "Bob Brown", true)
            .add("key-carol", "carol", "Carol Cole", true)
            .add("key-erin", "erin", "Erin Inactive", false);
    public final SiteInfo site = () -> "Aura Demo";
    public final Fakes.FixedKey keys = new Fakes.FixedKey((byte) 7);
    public final EnrolmentRepository enrolments;
    public final UsedStepRepository usedSteps;
    public final AttemptLedger attempts;
    public final TransactionRunner transactions;
    public final SecretCipher cipher;
    public final TotpVerifier totp;
    public final Lockout lockout;
    public final SecondFactorCheck secondFactor;
    public final AuditLog auditLog;
    public final TwoFactorAuditTrail audit;
    public final SettingsRepository settings = new Fakes.Settings();
    public final PendingExpiry expiry;
    public final DefaultEnrolmentService service;
    public final TwoFactorReadiness readiness;

    public TwoFactorFixture() {
        this(new Fakes.Enrolments(), new Fakes.UsedSteps(), new Fakes.Attempts(), new Fakes.DirectTransactions(),
                new Fakes.Audit(), new TotpVerifier());
    }

    public TwoFactorFixture(TotpVerifier totp) {
        this(new Fakes.Enrolments(), new Fakes.UsedSteps(), new Fakes.Attempts(), new Fakes.DirectTransactions(),
                new Fakes.Audit(), totp);
    }

    public TwoFactorFixture(EnrolmentRepository enrolments, UsedStepRepository usedSteps, AttemptLedger attempts,
                            TransactionRunner transactions) {
        this(enrolments, usedSteps, attempts, transactions, new Fakes.Audit(), new TotpVerifier());
    }

    public TwoFactorFixture(EnrolmentRepository enrolments, UsedStepRepository usedSteps, AttemptLedger attempts,
                            TransactionRunner transactions, AuditLog auditLog) {
        this(enrolments, usedSteps, attempts, transactions, auditLog, new TotpVerifier());
    }

    private TwoFactorFixture(EnrolmentRepository enrolments, UsedStepRepository usedSteps, AttemptLedger attempts,
                             TransactionRunner transactions, AuditLog auditLog, TotpVerifier totp) {
        SecureRandom secureRandom = new SecureRandom();
        this.random = () -> secureRandom;
        this.enrolments = enrolments;
        this.usedSteps = usedSteps;
        this.attempts = attempts;
        this.transactions = transactions;
        this.cipher = new SecretCipher(keys, random);
        this.totp = totp;
        this.lockout = new Lockout(attempts);
        this.secondFactor = new SecondFactorCheck(enrolments, cipher, totp, lockout, usedSteps);
        this.auditLog = auditLog;
        this.audit = new TwoFactorAuditTrail(auditLog);
        this.expiry = new PendingExpiry(settings);
        this.service = new DefaultEnrolmentService(enrolments, usedSteps, attempts, directory, site,
                new TotpSecrets(random), cipher, new QrCodeRenderer(), secondFactor, lockout, transactions, audit, time,
                expiry);
        this.readiness = new TwoFactorReadiness(enrolments);
    }

    /** The second-factor check of a protected review of {@code userKey} with {@code code}, now, in a transaction. */
    public CodeCheck reviewCheck(String userKey, String code) {
        return transactions.inTransaction(() ->
                secondFactor.verify(userKey, code, SecondFactorCheck.Purpose.protectedReview(), clock.instant()).check());
    }

    /** Adds the user as admin and returns the user key. */
    public String enrol(String username) {
        service.addUsers(java.util.List.of(username), "admin");
        return directory.byUsername(username).orElseThrow().userKey();
    }

    /** Adds the user and confirms setup with the current code; returns the user key. */
    public String activate(String username) {
        String userKey = enrol(username);
        CodeCheck check = service.confirm(userKey, codeNow(userKey));
        if (!check.accepted()) {
            throw new AssertionError("setup not confirmed: " + check);
        }
        return userKey;
    }

    /** The user's secret as the authenticator app has it. */
    public String secretOf(String userKey) {
        Enrolment e = enrolments.find(userKey).orElseThrow();
        return cipher.open(userKey, new SealedSecret(e.encryptedSecret(), e.keyVersion()));
    }

    public String codeNow(String userKey) {
        return codeAtStep(userKey, TotpVerifier.stepAt(clock.instant()));
    }

    public String codeAtStep(String userKey, long step) {
        return code(secretOf(userKey), step);
    }

    public static String code(String secret, long step) {
        try {
            CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
            return generator.generate(secret, step);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A well-formed code that is not valid in the current window. */
    public String wrongCodeNow(String userKey) {
        long step = TotpVerifier.stepAt(clock.instant());
        java.util.Set<String> valid = java.util.Set.of(codeAtStep(userKey, step - 1), codeAtStep(userKey, step),
                codeAtStep(userKey, step + 1));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", (123456 + i * 7919) % 1_000_000);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }
}
