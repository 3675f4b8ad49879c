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
 * This file wires the panel together and owns the move and remove dialogs; the parts live in their own files, loaded
 * before it: the status view (aura-workflow-panel-status.js), the history list (-history.js), the review dialog
 * (-review.js, its rules in -review-logic.js), "Add workflow" (-apply.js) and the texts (-text.js, -history-text.js).
 * They share one `panel` object: the texts, the REST helper, the page, the live regions and the dialog helpers.
 *
 * Dialogs are native <dialog> elements (focus trapping and Escape come from the browser) with AUI dialog2
 * inner markup for the look. Every user-facing text comes from data-i18n-* attributes rendered by the Soy
 * template; user data is inserted with textContent only (never innerHTML).
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};
    var byId = aura.dom.byId;


    /** What every part of the panel needs, so none of them reads the page's globals on its own. */
    function panelFor(root) {
        var statusRegion = byId('aura-wf-status');
        var errorRegion = byId('aura-wf-error');
        var pageId = root.getAttribute('data-page-id');
        var panel = {
            root: root, text: root.dataset, pageId: pageId, pagePath: '/pages/' + encodeURIComponent(pageId),
            callRest: aura.rest(root.getAttribute('data-rest-base')), closeDialog: aura.hideDialog
        };
        panel.say = function (message) {
            errorRegion.textContent = '';
            statusRegion.textContent = message;
        };
        panel.clearStatus = function () {
            statusRegion.textContent = '';
        };
        panel.fail = function (message) {
            errorRegion.textContent = message;
        };
        panel.reloadSoon = function (message) {
            panel.say(message);
            // The lozenge is server-rendered: reload so it shows the new state; the flag says what happened after it.
            aura.flagAfterReload(message);
            window.setTimeout(function () { window.location.reload(); }, 600);
        };
        panel.openDialog = function (dialog, focusTarget) {
            aura.showDialog(dialog);
            if (focusTarget) {
                focusTarget.focus();
            }
        };
        return panel;
    }

    function wireCloseButtons(root, panel) {
        Array.prototype.forEach.call(root.querySelectorAll('[data-aura-close]'), function (button) {
            button.addEventListener('click', function () {
                panel.closeDialog(button.closest('dialog'));
            });
        });
    }

    /**
     * Runs a confirming dialog's form: the request on submit, with the button busy; a refusal is shown in the dialog,
     * success closes it and reloads the page.
     */
    function wireForm(panel, names, request, success) {
        var dialog = byId(names.dialog);
        byId(names.form).addEventListener('submit', function (event) {
            event.preventDefault();
            var submit = byId(names.submit);
            aura.setBusy(submit, true);
            request(dialog).then(function (result) {
                aura.setBusy(submit, false);
                if (!result.ok) {
                    byId(names.error).textContent = aura.panelText.errorMessage(result, panel.text);
                    return;
                }
                panel.closeDialog(dialog);
                panel.reloadSoon(success(result));
            });
        });
        return dialog;
    }

    function moveDialog(panel) {
        return wireForm(panel, {dialog: 'aura-wf-move-dialog', form: 'aura-wf-move-form', submit: 'aura-wf-move-submit',
            error: 'aura-wf-move-error'}, function (dialog) {
            return panel.callRest('POST', panel.pagePath + '/transitions',
                {transitionKey: dialog.getAttribute('data-transition-key')});
        }, function (result) {
            return aura.text.format(panel.text.i18nMoved, [result.data.state.name]);
        });
    }

    // Space and Confluence administrators only: the server refuses everyone else.
    function removeDialog(panel) {
        return wireForm(panel, {dialog: 'aura-wf-remove-dialog', form: 'aura-wf-remove-form',
            submit: 'aura-wf-remove-submit', error: 'aura-wf-remove-error'}, function () {
            return panel.callRest('DELETE', panel.pagePath + '/workflow');
        }, function () {
            return panel.text.i18nRemoved;
        });
    }

    /** What the status view's buttons do: each opens its dialog, ready for this status. */
    function statusActions(panel, dialogs) {
        return {
            review: dialogs.review.open,
            move: function (selection) {
                // The dialog is named and confirmed with the button's own words ("Submit for review").
                var label = aura.panelText.selectionLabel(selection, panel.text);
                byId('aura-wf-move-title').textContent = label;
                byId('aura-wf-move-submit').textContent = label;
                byId('aura-wf-move-text').textContent = aura.text.format(panel.text.i18nMoveConfirm,
                    [selection.to.name]);
                byId('aura-wf-move-error').textContent = '';
                dialogs.move.setAttribute('data-transition-key', selection.transitionKey);
                panel.openDialog(dialogs.move, byId('aura-wf-move-submit'));
            },
            remove: function () {
                byId('aura-wf-remove-error').textContent = '';
                // Focus on Cancel: a stray Enter must not remove the workflow.
                panel.openDialog(dialogs.remove, byId('aura-wf-remove-cancel'));
            }
        };
    }

    /** Expanding the panel loads the status and the first page of the history, each time it is expanded. */
    function wireToggle(load) {
        var toggle = byId('aura-wf-toggle');
        var body = byId('aura-wf-body');
        if (!toggle) {
            return;
        }
        toggle.addEventListener('click', function () {
            var expand = toggle.getAttribute('aria-expanded') !== 'true';
            toggle.setAttribute('aria-expanded', expand ? 'true' : 'false');
            body.hidden = !expand;
            if (expand) {
                load();
            }
        });
    }

    function init() {
        var root = byId('aura-workflow-panel');
        if (!root || root.getAttribute('data-aura-ready') === 'true') {
            return;
        }
        root.setAttribute('data-aura-ready', 'true');
        var panel = panelFor(root);
        var content = byId('aura-wf-content');
        // The status last loaded: the review dialog reads it when it opens and when it sends.
        var current = null;
        panel.status = function () { return current; };
        wireCloseButtons(root, panel);
        var history = aura.panelHistory(panel);
        var actions = statusActions(panel, {review: aura.panelReviewDialog(panel), move: moveDialog(panel),
            remove: removeDialog(panel)});

        function loadStatus() {
            content.textContent = panel.text.i18nLoading;
            return panel.callRest('GET', panel.pagePath + '/workflow').then(function (result) {
                if (!result.ok) {
                    aura.dom.clear(content);
                    panel.fail(aura.panelText.errorMessage(result, panel.text));
                    return;
                }
                current = result.data;
                aura.panelStatus.render(content, current, panel, actions);
            });
        }

        wireToggle(function () {
            loadStatus();
            history.load(true);
        });
        aura.panelApplyDialog(panel);
    }

    // Run by the byline script after it inserted the fragment (safe to call again: it runs once per panel).
    aura.initPanel = init;
}());
