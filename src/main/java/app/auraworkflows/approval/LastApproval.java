package app.auraworkflows.approval;

import java.time.Instant;

/**
 * The round of a page's workflow that last closed by approval, with what its closing signature covered.
 *
 * @param round         the round number
 * @param pageVersion   the page version named by the vote that closed the round (null for votes that named none)
 * @param contentSha256 SHA-256 of that version's body in storage format (null for votes recorded without one)
 * @param at            when the round closed
 */
public record LastApproval(int round, Integer pageVersion, String contentSha256, Instant at) {
}
