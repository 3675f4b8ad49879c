package app.auraworkflows.rest;

import app.auraworkflows.twofactor.EnrolmentView;

import java.time.Instant;

/**
 * One row of {@code GET /2fa/users}. Dates are ISO-8601 strings (UTC) so the JSON does not depend on the
 * host's Jackson date configuration; absent dates are null. No secret is ever part of it.
 */
public record EnrolledUserDto(String username, String userKey, String fullName, String status, String addedBy,
                              String addedAt, String activatedAt, String lastUsedAt, String lockedUntil) {

    static EnrolledUserDto from(EnrolmentView view) {
        return new EnrolledUserDto(view.username(), view.userKey(), view.fullName(), view.status().name(),
                view.addedBy(), iso(view.addedAt()), iso(view.activatedAt()), iso(view.lastUsedAt()),
                iso(view.lockedUntil()));
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
