/*
 * Aura Workflows - what the workflow panel says about a page's status: pure functions over the REST answers and the
 * panel's texts (the data-i18n-* attributes of its root, passed in as `text`), no DOM, so Node unit-tests them.
 *
 *   AuraWorkflows.panelText.voteText('APPROVE', text)          -> text.i18nVoteApprove
 *   AuraWorkflows.panelText.errorMessage(result, text)        -> the server's message, else text.i18nFailed
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    function format(pattern) {
        return aura.text.format(pattern, Array.prototype.slice.call(arguments, 1));
    }

    /** The server's own message when the answer carries one (it is translated there), else the general failure. */
    function errorMessage(result, text) {
        return result && result.data && typeof result.data.message === 'string'
            ? result.data.message : text.i18nFailed;
    }

    /** A reviewer's vote as the lozenge names it; no vote yet reads as "none". */
    function voteText(vote, text) {
        if (vote === 'APPROVE') {
            return text.i18nVoteApprove;
        }
        if (vote === 'REJECT') {
            return text.i18nVoteReject;
        }
        return text.i18nVoteNone;
    }

    /** The CSS modifier of a vote's lozenge ("approve", "reject", "none"). */
    function voteClass(vote) {
        return vote ? vote.toLowerCase() : 'none';
    }

    /** The names of the states, comma separated, or the "none" text for an empty or missing list. */
    function stateNames(states, text) {
        return states && states.length ? states.map(function (s) { return s.name; }).join(', ') : text.i18nNone;
    }

    /**
     * A reviewer of a protected step without an Active 2FA setup cannot complete it yet, also when the status lacks
     * the setup state (fail closed): the panel then shows the setup notice instead of a review form.
     */
    function needsTwoFactorSetup(status) {
        var approval = status.approval;
        return Boolean(approval && approval.requireTwoFactor && status.canReview && status.myTwoFactor !== 'ACTIVE');
    }

    /** Why a reviewer without an Active setup cannot vote: a pending setup is theirs to finish; else an admin's. */
    function twoFactorBlockedText(setupStatus, text) {
        return setupStatus === 'PENDING' ? text.i18nTwofactorPending : text.i18nTwofactorNotEnabled;
    }

    /** Whether the notice links to the setup: only a PENDING setup can be completed by the reviewer. */
    function offersSetupLink(setupStatus) {
        return setupStatus === 'PENDING';
    }

    /** The setup screen's address with the way back to this page (the server resolves the page id to its URL). */
    function setupHref(setupUrl, pageId) {
        return setupUrl + '?returnTo=' + encodeURIComponent(pageId);
    }

    /**
     * The editors' warning that named reviewers without an Active 2FA setup cannot vote, so the round may stall; null
     * when every reviewer is ready.
     */
    function reviewersNotReadyText(status, text) {
        var notReady = status.reviewersWithoutTwoFactor;
        if (!notReady || !notReady.length) {
            return null;
        }
        var named = status.approval.reviewers.filter(function (r) { return r.named; }).length;
        return format(text.i18nReviewersNotReady, notReady.length, named, notReady.join(', '));
    }

    /** How a reviewer appears in the list: the full name when the directory has one. */
    function reviewerName(reviewer) {
        return reviewer.fullName || reviewer.username;
    }

    /**
     * What the review part of the panel offers this viewer: "selfReview" (the author is told they cannot review),
     * "form" (the review button, with the viewer's own vote when there is one) or "none".
     */
    function reviewOffer(status) {
        if (status.canReview && status.selfReview) {
            return 'selfReview';
        }
        return status.canReview && !needsTwoFactorSetup(status) ? 'form' : 'none';
    }

    /** The review button's text: changing a vote reads differently from giving the first one. */
    function reviewButtonText(status, text) {
        return status.myVote ? text.i18nChangeReview : text.i18nAddReview;
    }

    /** What an editor's button for a selection says: the workflow's label for it, else "Move to <state>". */
    function selectionLabel(selection, text) {
        return selection.label || format(text.i18nMoveTo, selection.to.name);
    }

    /** The workflows the builder lists: an array, or {"workflows": [...]}. */
    function workflowsFrom(data) {
        return Array.isArray(data) ? data : (data.workflows || []);
    }

    /** The description shown for the workflow chosen by id (a string, as a select gives it); empty when none. */
    function workflowDescription(workflows, id) {
        var chosen = workflows.filter(function (w) { return String(w.id) === id; })[0];
        return chosen && chosen.description ? chosen.description : '';
    }

    aura.panelText = {
        errorMessage: errorMessage, voteText: voteText, voteClass: voteClass, stateNames: stateNames,
        needsTwoFactorSetup: needsTwoFactorSetup, twoFactorBlockedText: twoFactorBlockedText,
        offersSetupLink: offersSetupLink, setupHref: setupHref, reviewersNotReadyText: reviewersNotReadyText,
        reviewerName: reviewerName, reviewOffer: reviewOffer, reviewButtonText: reviewButtonText,
        workflowsFrom: workflowsFrom, workflowDescription: workflowDescription, selectionLabel: selectionLabel
    };
}(window));
