package app.auraworkflows.web;

import app.auraworkflows.approval.GuardRefusal;
import app.auraworkflows.twofactor.CodeCheck;
import com.atlassian.sal.api.message.I18nResolver;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Role: the one mapping from a second-factor outcome to what the user is told: HTTP status, REST error code,
 * message and Retry-After. Setup confirmation (screen and REST) and protected reviews (REST, whose typed
 * {@link GuardRefusal} is read back as the check's outcome by {@link #outcomeOf}) all use it, so a wrong, expired or
 * replayed code gets exactly the same answer everywhere (no oracle telling them apart), a missing setup is 403
 * wherever it is met, and a lock reads the same in minutes and time of day.
 */
public final class CodeCheckPresentation {

    /**
     * @param httpStatus the REST status for the outcome
     * @param errorCode  the REST {@code error} value, or null for ACCEPTED
     */
    public record Presentation(int httpStatus, String errorCode) {
    }

    private CodeCheckPresentation() {
    }

    public static Presentation of(CodeCheck.Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> new Presentation(200, null);
            case CODE_REQUIRED -> new Presentation(400, "CODE_REQUIRED");
            case INVALID_INPUT -> new Presentation(400, "INVALID_INPUT");
            case INVALID_CODE -> new Presentation(400, "INVALID_CODE");
            case LOCKED -> new Presentation(429, "LOCKED");
            case NOT_PENDING -> new Presentation(409, "NOT_PENDING");
            case SETUP_EXPIRED -> new Presentation(409, "SETUP_EXPIRED");
            // 403, not 409: the user may not do this until an administrator enrols them or they finish setting up.
            case NOT_ACTIVE -> new Presentation(403, "TWO_FACTOR_NOT_ACTIVE");
        };
    }

    /** The check outcome a review guard's refusal stands for (the guard is the second-factor check's answer). */
    public static CodeCheck.Outcome outcomeOf(GuardRefusal refusal) {
        return switch (refusal) {
            case TWO_FACTOR_NOT_ACTIVE -> CodeCheck.Outcome.NOT_ACTIVE;
            case LOCKED -> CodeCheck.Outcome.LOCKED;
            case CODE_REQUIRED -> CodeCheck.Outcome.CODE_REQUIRED;
            case INVALID_INPUT -> CodeCheck.Outcome.INVALID_INPUT;
            case INVALID_CODE -> CodeCheck.Outcome.INVALID_CODE;
        };
    }

    /** A review's refusal as the check it stands for, with the lock's time and the wrong codes left. */
    public static CodeCheck checkOf(GuardRefusal refusal, java.time.Duration retryAfter, boolean untilUnlock,
                                    int attemptsLeft) {
        CodeCheck.Outcome outcome = outcomeOf(refusal);
        long seconds = retryAfter == null ? 0 : retryAfter.toSeconds();
        return new CodeCheck(outcome, outcome == CodeCheck.Outcome.LOCKED ? seconds : 0, false, false,
                untilUnlock && outcome == CodeCheck.Outcome.LOCKED, attemptsLeft);
    }

    /**
     * The user-facing message for a refused check (empty for ACCEPTED).
     *
     * @param now the current time in the user's zone: a lock's message names the time of day it ends
     */
    public static String message(I18nResolver i18n, CodeCheck check, ZonedDateTime now) {
        return switch (check.outcome()) {
            case ACCEPTED -> "";
            case CODE_REQUIRED -> i18n.getText("aura.workflow.rest.error.coderequired");
            case INVALID_INPUT -> i18n.getText("aura.2fa.code.error.format");
            case INVALID_CODE -> i18n.getText(invalidCodeKey(check.attemptsLeft()), check.attemptsLeft());
            case LOCKED -> lockedMessage(i18n, check.retryAfterSeconds(), check.untilUnlock(), now);
            case NOT_PENDING -> i18n.getText("aura.2fa.code.error.notpending");
            case SETUP_EXPIRED -> i18n.getText("aura.2fa.code.error.expired");
            case NOT_ACTIVE -> i18n.getText("aura.2fa.code.error.notactive");
        };
    }

    /**
     * The message key of a wrong code: with a warning when {@value CodeCheck#WARN_AT} or fewer wrong codes in a row are
     * left before a lock (argument {0}: how many), so nobody is locked out by surprise; the plain message otherwise.
     * Setup and protected reviews alike.
     */
    public static String invalidCodeKey(int attemptsLeft) {
        if (attemptsLeft == 1) {
            return "aura.2fa.code.error.invalid.lastattempt";
        }
        return attemptsLeft > 1 && attemptsLeft <= CodeCheck.WARN_AT ? "aura.2fa.code.error.invalid.attemptsleft"
                : "aura.2fa.code.error.invalid";
    }

    /** Seconds to announce in Retry-After: at least 1, so a client never retries in a tight loop. */
    public static long retryAfterSeconds(CodeCheck check) {
        return Math.max(1, check.retryAfterSeconds());
    }

    /**
     * The one wording of a lockout, for the setup screen, its REST call and protected reviews alike: seconds under a
     * minute, else whole minutes rounded up and the time of day the lock ends in the user's zone ("at 09:42 UTC"; with
     * the date when that is another day), with the administrator as the way out; a lock that only an administrator
     * ends says only that.
     *
     * @param now the current time in the user's zone
     */
    public static String lockedMessage(I18nResolver i18n, long seconds, boolean untilUnlock, ZonedDateTime now) {
        if (untilUnlock) {
            return i18n.getText("aura.2fa.code.error.locked.untilunlock");
        }
        long wait = Math.max(1, seconds);
        if (wait < 60) {
            return i18n.getText("aura.2fa.code.error.locked.seconds", wait);
        }
        long minutes = (wait + 59) / 60;
        ZonedDateTime ends = now.plusSeconds(wait);
        String at = (ends.toLocalDate().equals(now.toLocalDate()) ? TIME_OF_DAY : DAY_AND_TIME).format(ends) + " "
                + new ZonedTimes(now.getZone()).zoneLabel();
        return i18n.getText("aura.2fa.code.error.locked.minutes", minutes, at);
    }

    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
}
