package app.auraworkflows.approval;

import org.springframework.stereotype.Component;

/**
 * The default {@link ReviewGuard}: allows every review and verifies no code. Unprotected steps behave as
 * the approval rules say; protected steps ("Require 2FA") are refused by the review service, which never
 * records a protected review without a verified code. The 2FA feature replaces this component with its
 * TOTP guard (there must be exactly one {@code ReviewGuard} component).
 */
@Component
public class AllowAllReviewGuard implements ReviewGuard {
    @Override
    public GuardResult check(ReviewContext context) {
        return GuardResult.allow();
    }
}
