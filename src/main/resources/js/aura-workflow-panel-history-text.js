/*
 * Aura Workflows - the sentences of the workflow panel's history: pure functions from a history entry (as
 * GET {restBase}/pages/{pageId}/history gives it) and the panel's texts (its data-i18n-* attributes, passed in as
 * `text`) to what the list shows, no DOM, so Node unit-tests them.
 *
 *   AuraWorkflows.panelHistoryText.sentence({type: 'VOTE', decision: 'APPROVE', actorName: 'Alice'}, text)
 *       -> "Alice approved."
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    // As much of the body's SHA-256 as the line shows; the whole hash goes into the tooltip.
    var HASH_SHOWN = 12;

    function format(pattern) {
        return aura.text.format(pattern, Array.prototype.slice.call(arguments, 1));
    }

    /** Sentences people read, not engine words: who did what, or how the review ended. */
    function sentence(entry, text) {
        var who = entry.actorName || entry.actor;
        if (entry.type === 'APPLIED') {
            return format(text.i18nHistoryApplied, who, entry.toName);
        }
        if (entry.type === 'REMOVED') {
            return format(text.i18nHistoryRemoved, who, entry.fromName);
        }
        if (entry.type === 'VOTE') {
            return format(entry.decision === 'APPROVE' ? text.i18nHistoryApproved : text.i18nHistoryRejected, who);
        }
        if (entry.trigger === 'PAGE_EDIT') {
            // One sentence for the edit and where it took the page: the edit is not listed twice.
            return format(text.i18nHistoryEdited, who, entry.pageVersion, entry.fromName, entry.toName);
        }
        if (entry.trigger === 'APPROVAL') {
            return format(text.i18nHistoryApprovedMoved, entry.fromName, entry.toName);
        }
        if (entry.trigger === 'REJECTION') {
            return format(text.i18nHistoryRejectedMoved, entry.fromName, entry.toName);
        }
        return format(text.i18nHistoryMoved, who, entry.fromName, entry.toName);
    }

    /** The review round an entry belongs to, with the space that separates it from the sentence before it. */
    function roundText(round, text) {
        return ' ' + format(text.i18nRound, round);
    }

    /** The body's SHA-256 the signature carries, or '' when it has none (older signatures). */
    function signatureHash(signature) {
        return typeof signature.contentSha256 === 'string' ? signature.contentSha256 : '';
    }

    /**
     * The signature facts shown in every view: printed name at signing, UTC time, meaning, then the page version and
     * the start of the signed body's hash when the signature has them.
     */
    function signatureFacts(signature, text) {
        var facts = format(text.i18nSignature, signature.signedBy || signature.username, signature.signedAtUtc,
            signature.meaning === 'APPROVE' ? text.i18nMeaningApprove : text.i18nMeaningReject);
        if (signature.pageVersion) {
            facts += ', ' + format(text.i18nSignatureVersion, signature.pageVersion);
        }
        var hash = signatureHash(signature);
        if (hash) {
            facts += ', ' + format(text.i18nSignatureContent, hash.substring(0, HASH_SHOWN));
        }
        return facts;
    }

    /** The classes of an entry's list item: the one of every entry and the one of its type ("...-vote"). */
    function entryClass(entry) {
        return 'aura-wf-history-entry aura-wf-history-' + entry.type.toLowerCase();
    }

    aura.panelHistoryText = {
        sentence: sentence, roundText: roundText, signatureHash: signatureHash, signatureFacts: signatureFacts,
        entryClass: entryClass
    };
}(window));
