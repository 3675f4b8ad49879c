/*
 * Aura Workflows - the rules of the workflow panel's review dialog: what it shows for a page's status, what a code
 * must look like, what is sent and what the answer means. Pure functions (the panel's texts, its data-i18n-*
 * attributes, are passed in as `text`), no DOM, so Node unit-tests them. The server checks all of it again.
 *
 *   AuraWorkflows.panelReview.dialogFor(status, text) -> {approveLabel, rejectLabel, showTwoFactorInfo, decision}
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var CODE_SHAPE = /^[0-9]{6}$/;
    // Refusals that no second submit can fix: the page or its round changed while the dialog was open.
    var OUTDATED = ['PAGE_CHANGED', 'STALE_ROUND', 'NO_PENDING_APPROVAL'];

    function format(pattern) {
        return aura.text.format(pattern, Array.prototype.slice.call(arguments, 1));
    }

    /** A step with "Require 2FA": the review then takes a second step, the code. */
    function isProtected(status) {
        return Boolean(status && status.approval && status.approval.requireTwoFactor);
    }

    /**
     * What the dialog shows when it opens: the workflow's own names for the options when it sets them, the 2FA note
     * on a protected step, and the viewer's earlier vote ("APPROVE" or "REJECT") preselected, else none (null).
     */
    function dialogFor(status, text) {
        var approval = status.approval;
        return {
            approveLabel: approval.approveLabel || text.i18nApprove,
            rejectLabel: approval.rejectLabel || text.i18nReject,
            showTwoFactorInfo: isProtected(status),
            decision: status.myVote ? (status.myVote === 'APPROVE' ? 'APPROVE' : 'REJECT') : null
        };
    }

    /** The code as typed, without the spaces authenticator apps show in it ("123 456"). */
    function codeFrom(typed) {
        return typed.replace(/\s+/g, '');
    }

    /** Six digits: anything else is refused here without spending one of the server's attempts. */
    function isCode(code) {
        return CODE_SHAPE.test(code);
    }

    /** What the code step repeats of the first: the decision by its label and, when there is one, the comment. */
    function codeSummary(decisionLabel, comment, text) {
        return {
            decision: format(text.i18nCodeSummary, decisionLabel),
            comment: comment ? format(text.i18nCodeSummaryComment, comment) : ''
        };
    }

    /**
     * The review as POST {restBase}/pages/{pageId}/reviews takes it: the page version when the page names one (so an
     * edit made meanwhile is noticed), the code only on a protected step (null otherwise).
     */
    function payload(decision, comment, round, pageVersion, code) {
        var body = {decision: decision, comment: comment, round: round};
        if (pageVersion) {
            body.pageVersion = Number(pageVersion);
        }
        if (code !== null) {
            body.code = code;
        }
        return body;
    }

    /** A refusal because the page or its round changed: only a reload lets the reviewer review the new state. */
    function isOutdated(result) {
        return Boolean(!result.ok && result.data && OUTDATED.indexOf(result.data.error) >= 0);
    }

    /** What a recorded review did: it moved the page (the round closed) or it was only counted. */
    function outcomeMessage(data, text) {
        return data.transitioned ? format(text.i18nMoved, data.state.name) : text.i18nRecorded;
    }

    aura.panelReview = {
        isProtected: isProtected, dialogFor: dialogFor, codeFrom: codeFrom, isCode: isCode, codeSummary: codeSummary,
        payload: payload, isOutdated: isOutdated, outcomeMessage: outcomeMessage
    };
}(window));
