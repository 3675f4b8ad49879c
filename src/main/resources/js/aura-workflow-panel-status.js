/*
 * Aura Workflows - the workflow panel's status view: renders a page's status (GET {restBase}/pages/{pageId}/workflow)
 * into #aura-wf-content: the facts, the approval round and its reviewers, and the buttons this viewer may use.
 *
 *   AuraWorkflows.panelStatus.render(content, status, panel, {review: fn, remove: fn, move: fn(selection)})
 *
 * The buttons only open the panel's dialogs (the actions); the server decides again on every request whether the
 * viewer may do it. What is shown follows AuraWorkflows.panelText; user data goes in as text only.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    function el(tag, attrs, children) {
        return aura.dom.el(tag, attrs, children);
    }

    function space() {
        return root.document.createTextNode(' ');
    }

    function format(pattern) {
        return aura.text.format(pattern, Array.prototype.slice.call(arguments, 1));
    }

    function facts(status, text) {
        var rows = [[text.i18nWorkflow, status.workflowName], [text.i18nState, status.state.name],
            [text.i18nPrevious, status.previous ? status.previous.name : text.i18nNone],
            [text.i18nNext, aura.panelText.stateNames(status.next, text)]];
        var list = el('dl', {'class': 'aura-wf-facts'});
        rows.forEach(function (row) {
            list.appendChild(el('dt', {text: row[0]}));
            list.appendChild(el('dd', {text: row[1]}));
        });
        return list;
    }

    function counts(approval, text) {
        return el('p', {'class': 'aura-wf-counts'}, [
            el('span', {'class': 'aura-wf-approvals',
                text: format(text.i18nApprovals, approval.approvals, approval.minApprovals)}),
            space(),
            el('span', {'class': 'aura-wf-rejections',
                text: format(text.i18nRejections, approval.rejections, approval.minRejections)})
        ]);
    }

    /**
     * Why a reviewer whose 2FA is not Active cannot complete this step, and what to do: when PENDING, a link to the
     * setup that leads back to this page once it is complete (returnTo: the page id, resolved by the server).
     */
    function twoFactorNotice(status, panel) {
        var setupStatus = status.myTwoFactor;
        var link = aura.panelText.offersSetupLink(setupStatus)
            ? el('p', null, [el('a', {text: panel.text.i18nTwofactorSetupLink,
                href: aura.panelText.setupHref(panel.root.getAttribute('data-setup-url'), panel.pageId)})])
            : null;
        return el('div', {'class': 'aui-message aui-message-warning aura-wf-twofactor-notice',
            id: 'aura-wf-twofactor-notice'}, [
            el('p', {text: aura.panelText.twoFactorBlockedText(setupStatus, panel.text)}),
            link
        ]);
    }

    /** The notes of a step with "Require 2FA": for the reviewer who cannot vote yet, and for editors (a stall). */
    function twoFactorNotes(status, panel) {
        if (!status.approval.requireTwoFactor) {
            return [];
        }
        var stall = aura.panelText.reviewersNotReadyText(status, panel.text);
        return [
            el('p', {'class': 'aura-wf-note', text: panel.text.i18nRequireTwoFactor}),
            aura.panelText.needsTwoFactorSetup(status) ? twoFactorNotice(status, panel) : null,
            stall === null ? null : el('div', {'class': 'aui-message aui-message-warning aura-wf-reviewers-not-ready',
                id: 'aura-wf-reviewers-not-ready', text: stall})
        ];
    }

    function reviewer(person, text) {
        return el('li', {'class': 'aura-wf-reviewer', 'data-username': person.username}, [
            el('span', {'class': 'aura-wf-reviewer-name', text: aura.panelText.reviewerName(person)}),
            space(),
            el('span', {'class': 'aui-lozenge aura-wf-vote aura-wf-vote-' + aura.panelText.voteClass(person.vote),
                text: aura.panelText.voteText(person.vote, text)})
        ]);
    }

    function reviewers(approval, text) {
        if (!approval.reviewers.length) {
            // Group-only reviewers appear once they vote: say so instead of an empty list.
            return el('p', {'class': 'aura-wf-no-reviews', text: text.i18nNoReviews});
        }
        return el('ul', {'class': 'aura-wf-reviewers'}, approval.reviewers.map(function (person) {
            return reviewer(person, text);
        }));
    }

    /** What this viewer may do about the review: be told they cannot (the author), or open the review dialog. */
    function reviewPart(status, text, actions) {
        var offer = aura.panelText.reviewOffer(status);
        if (offer === 'selfReview') {
            // Said before anyone chooses: the server refuses the review (SELF_REVIEW) whatever the page shows.
            return [el('p', {'class': 'aui-message aui-message-info aura-wf-self-review', text: text.i18nSelfReview})];
        }
        if (offer !== 'form') {
            // Without an Active 2FA setup the notice above is the one message: no form they cannot submit.
            return [];
        }
        var button = el('button', {'class': 'aui-button aui-button-primary', type: 'button',
            id: 'aura-wf-review-button', 'aria-haspopup': 'dialog',
            text: aura.panelText.reviewButtonText(status, text)});
        button.addEventListener('click', actions.review);
        return [
            status.myVote ? el('p', {'class': 'aura-wf-my-vote',
                text: format(text.i18nMyVote, aura.panelText.voteText(status.myVote, text))}) : null,
            button
        ];
    }

    function approvalParts(status, panel, actions) {
        var approval = status.approval;
        var text = panel.text;
        return [counts(approval, text),
            approval.requireAll ? el('p', {'class': 'aura-wf-note', text: text.i18nRequireAll}) : null]
            .concat(twoFactorNotes(status, panel))
            .concat([el('h2', {'class': 'aura-wf-reviewers-heading', text: text.i18nReviewers}),
                reviewers(approval, text),
                approval.groups && approval.groups.length
                    ? el('p', {'class': 'aura-wf-groups', text: format(text.i18nGroups, approval.groups.join(', '))})
                    : null])
            .concat(reviewPart(status, text, actions));
    }

    // One button per transition the editor may take, named by the workflow ("Submit for review") or for where it takes
    // the page ("Move to In Review"), each asking for confirmation first; no choose-then-act select.
    function selections(list, text, actions) {
        var group = el('div', {'class': 'aura-wf-selection', id: 'aura-wf-selections', role: 'group',
            'aria-label': text.i18nMoveLabel});
        list.forEach(function (selection, index) {
            var move = el('button', {'class': index === 0 ? 'aui-button aui-button-primary' : 'aui-button',
                type: 'button', 'data-transition-key': selection.transitionKey, 'aria-haspopup': 'dialog',
                text: aura.panelText.selectionLabel(selection, text)});
            move.addEventListener('click', function () {
                actions.move(selection);
            });
            group.appendChild(move);
            group.appendChild(space());
        });
        return group;
    }

    // Space and Confluence administrators only (the server decides; canRemove only hides the button).
    function removeButton(text, actions) {
        var button = el('button', {'class': 'aui-button aura-wf-remove', type: 'button', id: 'aura-wf-remove-button',
            'aria-haspopup': 'dialog', text: text.i18nRemove});
        button.addEventListener('click', actions.remove);
        return button;
    }

    function render(content, status, panel, actions) {
        var text = panel.text;
        aura.dom.clear(content);
        var parts = [facts(status, text)];
        if (status.approval) {
            parts = parts.concat(approvalParts(status, panel, actions));
        }
        if (status.canEdit && status.selections && status.selections.length) {
            parts.push(selections(status.selections, text, actions));
        }
        if (status.canRemove) {
            parts.push(removeButton(text, actions));
        }
        parts.forEach(function (part) {
            if (part) {
                content.appendChild(part);
            }
        });
    }

    aura.panelStatus = {render: render};
}(window));
