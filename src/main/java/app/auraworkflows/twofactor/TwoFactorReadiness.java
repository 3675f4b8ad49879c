package app.auraworkflows.twofactor;

import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Role: whether a user is ready for protected steps, as the page panel and the REST status tell reviewers and
 * editors before anyone types a code. It reads the setup's status only, never the secret; the code itself is
 * checked by {@link SecondFactorCheck}.
 */
@Component
public class TwoFactorReadiness {
    private final EnrolmentRepository enrolments;

    public TwoFactorReadiness(EnrolmentRepository enrolments) {
        this.enrolments = Objects.requireNonNull(enrolments, "enrolments");
    }

    /** NOT_ENABLED (ask an administrator), PENDING (finish the setup first) or ACTIVE. */
    public SetupStatus setupStatus(String userKey) {
        return enrolments.find(userKey)
                .map(e -> e.status() == EnrolmentStatus.ACTIVE ? SetupStatus.ACTIVE : SetupStatus.PENDING)
                .orElse(SetupStatus.NOT_ENABLED);
    }
}
