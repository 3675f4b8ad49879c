/*
 * Aura Workflows - the workflow panel in the page byline (mounted by aura-workflow-byline.js, which calls
 * AuraWorkflows.initPanel() once the server-rendered fragment is in the page).
 *
 * Vanilla JS; works with or without AUI's JavaScript. The server renders the status lozenge (the toggle)
 * or, for editors of a page without a workflow, "Add workflow". Expanding the panel loads
 *   GET  {restBase}/pages/{pageId}/workflow          the status (rendered into #aura-wf-content)
 *   GET  {restBase}/pages/{pageId}/history?start&limit   newest first, "Load more" appends
 * and the actions call
 *   POST {restBase}/pages/{pageId}/reviews      {"decision","comment","round","pageVersion","code"}
 *   POST {restBase}/pages/{pageId}/transitions  {"transitionKey"}
 *   GET  {restBase}/workflows, POST {restBase}/pages/{pageId}/workflow {"workflowId"}
 * After every change the page is reloaded, so the server-rendered lozenge and the panel agree.
 *
 * The review dialog has two steps on a step with "Require 2FA": the decision and comment, then (after Submit)
 * the six-digit code. The decision and comment are kept while the code step is open (Back returns to them), and
 * the review is sent, and recorded by the server, only with a code. A wrong or expired code keeps the reviewer on
 * the code step with the server's message, the field emptied and focused for the next code. A reviewer whose
 * 2FA is not Active is told why and whom to ask before any code is asked for. The server decides all of it
 * again: nothing here is a security check.
 *
 * What the panel says and the review's rules are pure functions in their own files, loaded before this one:
 * AuraWorkflows.panelText (aura-workflow-panel-text.js), panelHistoryText (-history-text.js) and panelReview
 * (-review-logic.js).
 *
 * Dialogs are native <dialog> elements (focus trapping and Escape come from the browser) with AUI dialog2
 * inner markup for the look. Every user-facing text comes from data-i18n-* attributes rendered by the Soy
 * template; user data is inserted with textContent only (never innerHTML).
 */
(function () {
    'use strict';

    var HISTORY_PAGE = 10;

    function init() {
        var root = document.getElementById('aura-workflow-panel');
        if (!root || root.getAttribute('data-aura-ready') === 'true') {
            return;
        }
        root.setAttribute('data-aura-ready', 'true');
        var text = root.dataset;
        var restBase = root.getAttribute('data-rest-base');
        var pageId = root.getAttribute('data-page-id');
        var pagePath = '/pages/' + encodeURIComponent(pageId);
        var body = document.getElementById('aura-wf-body');
        var content = document.getElementById('aura-wf-content');
        var statusRegion = document.getElementById('aura-wf-status');
        var errorRegion = document.getElementById('aura-wf-error');
        var historyList = document.getElementById('aura-wf-history-list');
        var historyMore = document.getElementById('aura-wf-history-more');
        var current = null;
        var historyLoaded = 0;

        // ----- helpers -----
        var callRest = window.AuraWorkflows.rest(restBase);
        var panelText = window.AuraWorkflows.panelText;
        var historyText = window.AuraWorkflows.panelHistoryText;
        var rules = window.AuraWorkflows.panelReview;

        function errorMessage(result) {
            return panelText.errorMessage(result, text);
        }

        function format(pattern) {
            return window.AuraWorkflows.text.format(pattern, Array.prototype.slice.call(arguments, 1));
        }

        function el(tag, className, textValue) {
            var node = document.createElement(tag);
            if (className) {
                node.className = className;
            }
            if (textValue !== undefined && textValue !== null) {
                node.textContent = textValue;
            }
            return node;
        }

        function say(message) {
            errorRegion.textContent = '';
            statusRegion.textContent = message;
        }

        function fail(message) {
            errorRegion.textContent = message;
        }

        function reloadSoon(message) {
            say(message);
            // The lozenge is server-rendered: reload so it shows the new state; the flag says what happened after it.
            window.AuraWorkflows.flagAfterReload(message);
            window.setTimeout(function () { window.location.reload(); }, 600);
        }

        function openDialog(dialog, focusTarget) {
            window.AuraWorkflows.showDialog(dialog);
            if (focusTarget) {
                focusTarget.focus();
            }
        }

        var closeDialog = window.AuraWorkflows.hideDialog;

        Array.prototype.forEach.call(root.querySelectorAll('[data-aura-close]'), function (button) {
            button.addEventListener('click', function () {
                closeDialog(button.closest('dialog'));
            });
        });

        function voteText(vote) {
            return panelText.voteText(vote, text);
        }

        /**
         * Why a reviewer whose 2FA is not Active cannot complete this step, and what to do: when PENDING, a link to
         * the setup that leads back to this page once it is complete (returnTo: the page id, resolved by the server).
         */
        function fillTwoFactorBlocked(container, setupStatus) {
            container.textContent = '';
            container.appendChild(el('p', null, panelText.twoFactorBlockedText(setupStatus, text)));
            if (panelText.offersSetupLink(setupStatus)) {
                var link = el('a', null, text.i18nTwofactorSetupLink);
                link.href = panelText.setupHref(root.getAttribute('data-setup-url'), pageId);
                var p = el('p');
                p.appendChild(link);
                container.appendChild(p);
            }
        }

        // ----- status -----
        function row(list, label, value) {
            list.appendChild(el('dt', null, label));
            list.appendChild(el('dd', null, value));
        }

        function renderStatus(status) {
            current = status;
            content.textContent = '';
            var facts = el('dl', 'aura-wf-facts');
            row(facts, text.i18nWorkflow, status.workflowName);
            row(facts, text.i18nState, status.state.name);
            row(facts, text.i18nPrevious, status.previous ? status.previous.name : text.i18nNone);
            row(facts, text.i18nNext, panelText.stateNames(status.next, text));
            content.appendChild(facts);

            var approval = status.approval;
            if (approval) {
                var counts = el('p', 'aura-wf-counts');
                counts.appendChild(el('span', 'aura-wf-approvals',
                    format(text.i18nApprovals, approval.approvals, approval.minApprovals)));
                counts.appendChild(document.createTextNode(' '));
                counts.appendChild(el('span', 'aura-wf-rejections',
                    format(text.i18nRejections, approval.rejections, approval.minRejections)));
                content.appendChild(counts);
                if (approval.requireAll) {
                    content.appendChild(el('p', 'aura-wf-note', text.i18nRequireAll));
                }
                if (approval.requireTwoFactor) {
                    content.appendChild(el('p', 'aura-wf-note', text.i18nRequireTwoFactor));
                    if (panelText.needsTwoFactorSetup(status)) {
                        var notice = el('div', 'aui-message aui-message-warning aura-wf-twofactor-notice');
                        notice.id = 'aura-wf-twofactor-notice';
                        fillTwoFactorBlocked(notice, status.myTwoFactor);
                        content.appendChild(notice);
                    }
                    var notReady = panelText.reviewersNotReadyText(status, text);
                    if (notReady !== null) {
                        var stall = el('div', 'aui-message aui-message-warning aura-wf-reviewers-not-ready', notReady);
                        stall.id = 'aura-wf-reviewers-not-ready';
                        content.appendChild(stall);
                    }
                }
                content.appendChild(el('h2', 'aura-wf-reviewers-heading', text.i18nReviewers));
                var reviewers = el('ul', 'aura-wf-reviewers');
                approval.reviewers.forEach(function (reviewer) {
                    var item = el('li', 'aura-wf-reviewer');
                    item.setAttribute('data-username', reviewer.username);
                    item.appendChild(el('span', 'aura-wf-reviewer-name', panelText.reviewerName(reviewer)));
                    item.appendChild(document.createTextNode(' '));
                    var vote = el('span', 'aui-lozenge aura-wf-vote aura-wf-vote-' +
                        panelText.voteClass(reviewer.vote), voteText(reviewer.vote));
                    item.appendChild(vote);
                    reviewers.appendChild(item);
                });
                if (approval.reviewers.length) {
                    content.appendChild(reviewers);
                } else {
                    // Group-only reviewers appear once they vote: say so instead of an empty list.
                    content.appendChild(el('p', 'aura-wf-no-reviews', text.i18nNoReviews));
                }
                if (approval.groups && approval.groups.length) {
                    content.appendChild(el('p', 'aura-wf-groups', format(text.i18nGroups, approval.groups.join(', '))));
                }
                var offer = panelText.reviewOffer(status);
                if (offer === 'selfReview') {
                    // Said before anyone chooses: the server refuses the review (SELF_REVIEW) whatever the page shows.
                    content.appendChild(el('p', 'aui-message aui-message-info aura-wf-self-review', text.i18nSelfReview));
                } else if (offer === 'form') {
                    // Without an Active 2FA setup the notice above is the one message: no form they cannot submit.
                    if (status.myVote) {
                        content.appendChild(el('p', 'aura-wf-my-vote', format(text.i18nMyVote, voteText(status.myVote))));
                    }
                    var review = el('button', 'aui-button aui-button-primary', panelText.reviewButtonText(status, text));
                    review.type = 'button';
                    review.id = 'aura-wf-review-button';
                    review.setAttribute('aria-haspopup', 'dialog');
                    review.addEventListener('click', openReview);
                    content.appendChild(review);
                }
            }
            if (status.canEdit && status.selections && status.selections.length) {
                renderSelections(status.selections);
            }
            if (status.canRemove) {
                renderRemove();
            }
        }

        // Space and Confluence administrators only (the server decides; canRemove only hides the button).
        function renderRemove() {
            var remove = el('button', 'aui-button aura-wf-remove', text.i18nRemove);
            remove.type = 'button';
            remove.id = 'aura-wf-remove-button';
            remove.setAttribute('aria-haspopup', 'dialog');
            remove.addEventListener('click', function () {
                document.getElementById('aura-wf-remove-error').textContent = '';
                // Focus on Cancel: a stray Enter must not remove the workflow.
                openDialog(removeDialog, document.getElementById('aura-wf-remove-cancel'));
            });
            content.appendChild(remove);
        }

        // One button per transition the editor may take, named for where it takes the page ("Move to In Review"),
        // each asking for confirmation first; no choose-then-act select.
        function renderSelections(selections) {
            var group = el('div', 'aura-wf-selection');
            group.id = 'aura-wf-selections';
            group.setAttribute('role', 'group');
            group.setAttribute('aria-label', text.i18nMoveLabel);
            selections.forEach(function (selection, index) {
                var move = el('button', index === 0 ? 'aui-button aui-button-primary' : 'aui-button',
                    format(text.i18nMoveTo, selection.to.name));
                move.type = 'button';
                move.setAttribute('data-transition-key', selection.transitionKey);
                move.setAttribute('aria-haspopup', 'dialog');
                move.addEventListener('click', function () {
                    document.getElementById('aura-wf-move-text').textContent = format(text.i18nMoveConfirm,
                        selection.to.name);
                    document.getElementById('aura-wf-move-error').textContent = '';
                    moveDialog.setAttribute('data-transition-key', selection.transitionKey);
                    openDialog(moveDialog, document.getElementById('aura-wf-move-submit'));
                });
                group.appendChild(move);
                group.appendChild(document.createTextNode(' '));
            });
            content.appendChild(group);
        }

        function loadStatus() {
            content.textContent = text.i18nLoading;
            return callRest('GET', pagePath + '/workflow').then(function (result) {
                if (!result.ok) {
                    content.textContent = '';
                    fail(errorMessage(result));
                    return;
                }
                renderStatus(result.data);
            });
        }

        // ----- history -----
        function renderEntry(entry) {
            var item = el('li', historyText.entryClass(entry));
            item.setAttribute('data-type', entry.type);
            item.appendChild(el('span', 'aura-wf-history-text', historyText.sentence(entry, text)));
            if (entry.round) {
                item.appendChild(el('span', 'aura-wf-history-round', historyText.roundText(entry.round, text)));
            }
            if (entry.twoFactorVerified) {
                item.appendChild(document.createTextNode(' '));
                item.appendChild(el('span', 'aui-lozenge aui-lozenge-success aura-wf-history-verified', text.i18nVerified));
            }
            if (entry.comment) {
                item.appendChild(el('q', 'aura-wf-history-comment', entry.comment));
            }
            if (entry.signature) {
                var hash = historyText.signatureHash(entry.signature);
                var signatureLine = el('span', 'aura-wf-signature', historyText.signatureFacts(entry.signature, text));
                if (hash) {
                    signatureLine.title = hash;
                }
                item.appendChild(signatureLine);
            }
            // In the viewer's Confluence profile zone, as every screen prints times (not the browser's zone or locale).
            var time = el('time', 'aura-wf-history-time',
                window.AuraWorkflows.text.dateTime(entry.at, root.getAttribute('data-time-zone')));
            time.setAttribute('datetime', entry.at);
            item.appendChild(time);
            historyList.appendChild(item);
        }

        function loadHistory(reset) {
            if (reset) {
                historyList.textContent = '';
                historyLoaded = 0;
            }
            historyMore.disabled = true;
            return callRest('GET', pagePath + '/history?start=' + historyLoaded + '&limit=' + HISTORY_PAGE)
                .then(function (result) {
                    historyMore.disabled = false;
                    if (!result.ok) {
                        fail(errorMessage(result));
                        return;
                    }
                    result.data.entries.forEach(renderEntry);
                    historyLoaded += result.data.entries.length;
                    if (historyLoaded === 0) {
                        historyList.appendChild(el('li', 'aura-wf-history-empty', text.i18nHistoryEmpty));
                    }
                    historyMore.hidden = !result.data.hasMore;
                });
        }
        historyMore.addEventListener('click', function () { loadHistory(false); });

        // ----- expand / collapse -----
        var toggle = document.getElementById('aura-wf-toggle');
        if (toggle) {
            toggle.addEventListener('click', function () {
                var expand = toggle.getAttribute('aria-expanded') !== 'true';
                toggle.setAttribute('aria-expanded', expand ? 'true' : 'false');
                body.hidden = !expand;
                if (expand) {
                    loadStatus();
                    loadHistory(true);
                }
            });
        }

        // ----- review (two steps on a protected step: decision and comment, then the code) -----
        var reviewDialog = document.getElementById('aura-wf-review-dialog');
        var reviewForm = document.getElementById('aura-wf-review-form');
        var reviewError = document.getElementById('aura-wf-review-error');
        // The page or its round changed while the dialog was open: the review can only be given again on the new
        // state, so the way forward is one button away.
        var reviewReload = document.getElementById('aura-wf-review-reload');
        var reviewReloadButton = document.getElementById('aura-wf-review-reload-button');
        reviewReloadButton.addEventListener('click', function () {
            window.location.reload();
        });
        var choiceStep = document.getElementById('aura-wf-review-choice');
        var codeStep = document.getElementById('aura-wf-review-code');
        var codeInput = document.getElementById('aura-wf-code');
        var reviewSubmit = document.getElementById('aura-wf-review-submit');
        var codeSubmit = document.getElementById('aura-wf-code-submit');
        var codeBack = document.getElementById('aura-wf-code-back');
        var twoFactorInfo = document.getElementById('aura-wf-twofactor-info');

        function isProtected() {
            return rules.isProtected(current);
        }

        function chosenDecision() {
            return reviewForm.querySelector('input[name="decision"]:checked');
        }

        function showStep(step) {
            var code = step === 'code';
            reviewForm.setAttribute('data-step', step);
            choiceStep.hidden = code;
            codeStep.hidden = !code;
            reviewSubmit.hidden = code;
            codeSubmit.hidden = !code;
            codeBack.hidden = !code;
        }

        function setBusy(busy) {
            window.AuraWorkflows.setBusy(reviewSubmit, busy);
            window.AuraWorkflows.setBusy(codeSubmit, busy);
            codeBack.disabled = busy;
        }

        function codeRefused(message) {
            // Stay on the code step, ready for the next code from the app; the alert region announces the message.
            reviewError.textContent = message;
            codeInput.setAttribute('aria-invalid', 'true');
            codeInput.value = '';
            codeInput.focus();
        }

        function openReview() {
            var shown = rules.dialogFor(current, text);
            document.getElementById('aura-wf-decision-approve-label').textContent = shown.approveLabel;
            document.getElementById('aura-wf-decision-reject-label').textContent = shown.rejectLabel;
            reviewForm.reset();
            reviewError.textContent = '';
            reviewReload.hidden = true;
            codeInput.setAttribute('aria-invalid', 'false');
            showStep('choice');
            // The dialog opens only for a reviewer who can complete the step (the panel offers no form otherwise).
            twoFactorInfo.hidden = !shown.showTwoFactorInfo;
            twoFactorInfo.textContent = text.i18nTwofactorInfo;
            setBusy(false);
            if (shown.decision) {
                document.getElementById(shown.decision === 'APPROVE' ? 'aura-wf-decision-approve'
                    : 'aura-wf-decision-reject').checked = true;
            }
            openDialog(reviewDialog, document.getElementById('aura-wf-decision-approve'));
        }

        function sendReview(decision, code) {
            var payload = rules.payload(decision.value, document.getElementById('aura-wf-comment').value,
                current.approval.round, root.getAttribute('data-page-version'), code);
            if (code !== null) {
                reviewError.textContent = '';
                say(text.i18nVerifying);
            }
            setBusy(true);
            callRest('POST', pagePath + '/reviews', payload).then(function (result) {
                setBusy(false);
                var outdated = rules.isOutdated(result);
                reviewReload.hidden = !outdated;
                if (outdated) {
                    // Submitting again would be refused the same way: only the reload helps.
                    reviewSubmit.disabled = true;
                    codeSubmit.disabled = true;
                    reviewError.textContent = errorMessage(result);
                    reviewReloadButton.focus();
                    return;
                }
                if (!result.ok) {
                    if (code !== null) {
                        statusRegion.textContent = '';
                        codeRefused(errorMessage(result));
                    } else {
                        reviewError.textContent = errorMessage(result);
                    }
                    return;
                }
                closeDialog(reviewDialog);
                reloadSoon(rules.outcomeMessage(result.data, text));
            });
        }

        reviewForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var decision = chosenDecision();
            if (reviewForm.getAttribute('data-step') === 'code') {
                var code = rules.codeFrom(codeInput.value);
                if (!rules.isCode(code)) {
                    codeRefused(text.i18nCodeFormat); // checked again by the server; not an attempt
                    return;
                }
                sendReview(decision, code);
                return;
            }
            if (!decision) {
                reviewError.textContent = text.i18nChooseDecision;
                document.getElementById('aura-wf-decision-approve').focus();
                return;
            }
            if (!isProtected()) {
                sendReview(decision, null);
                return;
            }
            // Protected: keep the decision and the comment, ask for the code.
            var comment = document.getElementById('aura-wf-comment').value.trim();
            var summary = rules.codeSummary(document.getElementById(decision.id + '-label').textContent, comment, text);
            document.getElementById('aura-wf-code-summary').textContent = summary.decision;
            var commentLine = document.getElementById('aura-wf-code-comment');
            commentLine.textContent = summary.comment;
            commentLine.hidden = !comment;
            reviewError.textContent = '';
            codeInput.value = '';
            codeInput.setAttribute('aria-invalid', 'false');
            showStep('code');
            codeInput.focus();
        });

        codeBack.addEventListener('click', function () {
            reviewError.textContent = '';
            showStep('choice');
            (chosenDecision() || document.getElementById('aura-wf-decision-approve')).focus();
        });

        // ----- selection transitions -----
        var moveDialog = document.getElementById('aura-wf-move-dialog');
        document.getElementById('aura-wf-move-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var submit = document.getElementById('aura-wf-move-submit');
            window.AuraWorkflows.setBusy(submit, true);
            callRest('POST', pagePath + '/transitions',
                {transitionKey: moveDialog.getAttribute('data-transition-key')}).then(function (result) {
                window.AuraWorkflows.setBusy(submit, false);
                if (!result.ok) {
                    document.getElementById('aura-wf-move-error').textContent = errorMessage(result);
                    return;
                }
                closeDialog(moveDialog);
                reloadSoon(format(text.i18nMoved, result.data.state.name));
            });
        });

        // ----- remove workflow (space and Confluence administrators) -----
        var removeDialog = document.getElementById('aura-wf-remove-dialog');
        document.getElementById('aura-wf-remove-form').addEventListener('submit', function (event) {
            event.preventDefault();
            var submit = document.getElementById('aura-wf-remove-submit');
            window.AuraWorkflows.setBusy(submit, true);
            callRest('DELETE', pagePath + '/workflow').then(function (result) {
                window.AuraWorkflows.setBusy(submit, false);
                if (!result.ok) {
                    document.getElementById('aura-wf-remove-error').textContent = errorMessage(result);
                    return;
                }
                closeDialog(removeDialog);
                reloadSoon(text.i18nRemoved);
            });
        });

        // ----- add workflow (editors, page without a workflow) -----
        var addButton = document.getElementById('aura-wf-add-button');
        var applyDialog = document.getElementById('aura-wf-apply-dialog');
        var applySelect = document.getElementById('aura-wf-apply-select');
        var applyError = document.getElementById('aura-wf-apply-error');
        var applySubmit = document.getElementById('aura-wf-apply-submit');
        var workflows = [];

        function describe() {
            document.getElementById('aura-wf-apply-description').textContent =
                panelText.workflowDescription(workflows, applySelect.value);
        }

        if (addButton) {
            addButton.addEventListener('click', function () {
                applyError.textContent = '';
                applySelect.textContent = '';
                window.AuraWorkflows.setBusy(applySubmit, true);
                openDialog(applyDialog, applySelect);
                callRest('GET', '/workflows').then(function (result) {
                    if (!result.ok) {
                        applyError.textContent = errorMessage(result);
                        return;
                    }
                    workflows = panelText.workflowsFrom(result.data);
                    if (!workflows.length) {
                        applyError.textContent = text.i18nNoWorkflows;
                        return;
                    }
                    workflows.forEach(function (workflow) {
                        var option = el('option', null, workflow.name);
                        option.value = String(workflow.id);
                        applySelect.appendChild(option);
                    });
                    describe();
                    window.AuraWorkflows.setBusy(applySubmit, false);
                });
            });
            applySelect.addEventListener('change', describe);
            document.getElementById('aura-wf-apply-form').addEventListener('submit', function (event) {
                event.preventDefault();
                if (!applySelect.value) {
                    return;
                }
                window.AuraWorkflows.setBusy(applySubmit, true);
                callRest('POST', pagePath + '/workflow', {workflowId: Number(applySelect.value)}).then(function (result) {
                    window.AuraWorkflows.setBusy(applySubmit, false);
                    if (!result.ok) {
                        applyError.textContent = errorMessage(result);
                        return;
                    }
                    closeDialog(applyDialog);
                    reloadSoon(format(text.i18nApplied, result.data.state.name));
                });
            });
        }
    }

    // Run by the byline script after it inserted the fragment (safe to call again: it runs once per panel).
    window.AuraWorkflows = window.AuraWorkflows || {};
    window.AuraWorkflows.initPanel = init;
}());
