package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.TimeSource;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Verifies a code for a protected approval (approve/reject on a step with "Require 2FA"). Only ACTIVE
 * users can pass; the same lockout and replay rules as setup apply ({@link CodeChecker}), so a code works
 * once, and the step that confirmed setup can never confirm an approval. A success records the last use.
 *
 * <p>The approval service must call this inside its own authorisation flow and record the vote only on
 * ACCEPTED; the code itself is never stored or logged.
 */
@Component
public class TwoFactorVerifier {
    private final EnrolmentRepository enrolments;
    private final CodeChecker codeChecker;
    private final TransactionRunner transactions;
    private final TimeSource time;

    public TwoFactorVerifier(EnrolmentRepository enrolments, CodeChecker codeChecker,
                             TransactionRunner transactions, TimeSource time) {
        this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
        this.codeChecker = Objects.requireNonNull(codeChecker, "codeChecker");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.time = Objects.requireNonNull(time, "time");
    }

    /**
     * The user's setup as a reviewer needs to know it before typing a code: NOT_ENABLED (ask an admin), PENDING
     * (finish the setup first) or ACTIVE. Reads the status only; never the secret.
     */
    public SetupStatus setupStatus(String userKey) {
        return enrolments.find(userKey)
                .map(e -> e.status() == EnrolmentStatus.ACTIVE ? SetupStatus.ACTIVE : SetupStatus.PENDING)
                .orElse(SetupStatus.NOT_ENABLED);
    }

    /** Whether the user has completed setup (protected approvals are impossible otherwise). */
    public boolean isActive(String userKey) {
        return activeEnrolment(userKey).isPresent();
    }

    /**
     * Checks {@code code} for an ACTIVE user: ACCEPTED (step consumed, last use recorded), INVALID_INPUT,
     * INVALID_CODE, LOCKED (with retryAfterSeconds) or NOT_ACTIVE.
     *
     * @throws TwoFactorUnavailableException if the stored secret cannot be decrypted (fail closed)
     */
    public CodeCheck verify(String userKey, String code) {
        Instant now = time.clock().instant();
        // Inside a protected review's transaction: one code check per user at a time, cluster-wide (see
        // EnrolmentRepository#lockCodeChecks); the status is read after the lock.
        enrolments.lockCodeChecks(userKey);
        Optional<Enrolment> enrolment = activeEnrolment(userKey);
        if (enrolment.isEmpty()) {
            return CodeCheck.of(CodeCheck.Outcome.NOT_ACTIVE);
        }
        CodeCheck check = codeChecker.check(enrolment.get(), code, now);
        if (check.accepted()) {
            transactions.inTransaction(() -> {
                enrolments.recordUse(userKey, now);
                return null;
            });
        }
        return check;
    }

    private Optional<Enrolment> activeEnrolment(String userKey) {
        return enrolments.find(userKey).filter(e -> e.status() == EnrolmentStatus.ACTIVE);
    }
}
