package app.auraworkflows.twofactor;

import java.util.List;
import java.util.Optional;

/**
 * The 2FA enrolment use cases: what admins do (add, list, revoke) and what a user does (see their setup,
 * fetch the QR code while pending, confirm a code). Callers (servlets, REST) have already checked who
 * may call what; this service enforces the state rules.
 */
public interface EnrolmentService {
    /** Admin adds users (by username). No e-mail is ever sent. */
    AddUsersResult addUsers(List<String> usernames, String actingUsername);

    /** Admin revokes a user: the row and its secret are deleted. Returns false if the user was not enrolled. */
    boolean revoke(String username, String actingUsername);

    /**
     * Admin lifts a user's lockout (their run of failed codes starts over; used codes stay used). Audited.
     * Returns false if the user is not enrolled.
     */
    boolean unlock(String username, String actingUsername);

    /** Matches a search counts exactly, at most; a search that matches more says "more than" this number. */
    int SEARCH_COUNT_LIMIT = 1000;

    /**
     * Admin list of one status ({@link EnrolmentOrder}), filtered by {@code query} (the start of the username, full
     * name or last name; null or blank = all), one page of at most {@code limit} rows: from the start when
     * {@code from} is null, else the rows right after it, or right before it when {@code backwards}.
     */
    EnrolmentPage list(EnrolmentStatus status, String query, ListCursor from, boolean backwards, int limit);

    /** The first page of the list (see {@link #list(EnrolmentStatus, String, ListCursor, boolean, int)}). */
    default EnrolmentPage list(EnrolmentStatus status, String query, int limit) {
        return list(status, query, null, false, limit);
    }

    /**
     * Directory search for the "Add 2FA user" dialog: at most {@code limit} users, with
     * {@link UserSearchResult#moreResults()} set when there are more; none for a query shorter than
     * {@link UserSearchResult#MIN_QUERY_LENGTH}.
     */
    UserSearchResult searchUsers(String query, int limit);

    /** The current user's setup; the secret and URI only while PENDING (not EXPIRED). */
    MySetup mySetup(String userKey);

    /** PNG of the QR code for the user's otpauth URI, only while PENDING. */
    Optional<byte[]> qrPng(String userKey);

    /** Confirms setup with a code; the client is not known (see {@link #confirm(String, String, ClientInfo)}). */
    default CodeCheck confirm(String userKey, String code) {
        return confirm(userKey, code, ClientInfo.unknown());
    }

    /**
     * Confirms setup with a code: only a valid, unused code makes a PENDING, unexpired setup ACTIVE, and the
     * client is recorded (shown to the user and to admins, and in the audit log). SETUP_EXPIRED for an expired
     * setup; ACCEPTED again for a replay of the confirming code by the same user within its step.
     */
    CodeCheck confirm(String userKey, String code, ClientInfo client);

    /** The pending-setup expiry setting in days (admin screen). */
    int pendingExpiryDays();

    /** Admin changes the pending-setup expiry; false (nothing stored) if {@code days} is not a valid number. */
    boolean setPendingExpiryDays(String days);
}
