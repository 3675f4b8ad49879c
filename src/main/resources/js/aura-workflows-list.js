/*
 * Aura Workflows - workflow list (Administration > Aura Workflows > Workflows).
 *
 * Vanilla JS; native <dialog> elements with AUI dialog2 inner markup (as the 2FA admin screen).
 * "Create workflow" is a plain GET form to the builder (nothing is stored until the builder saves);
 * deleting calls DELETE {restBase}/workflows/{id}; a workflow in use is refused by the server (409)
 * and its message is shown in the dialog. Texts come from data-i18n-* attributes; user data is
 * inserted with textContent only.
 */
(function () {
    'use strict';

    var format = window.AuraWorkflows.text.format;

    var openDialog = window.AuraWorkflows.showDialog;
    var closeDialog = window.AuraWorkflows.hideDialog;

    function init() {
        var root = document.getElementById('aura-workflows-list');
        if (!root || root.getAttribute('data-aura-ready') === 'true') {
            return;
        }
        root.setAttribute('data-aura-ready', 'true');
        var text = root.dataset;
        var restBase = root.getAttribute('data-rest-base');
        var flash = document.getElementById('aura-wf-flash');

        Array.prototype.forEach.call(root.querySelectorAll('[data-aura-close]'), function (button) {
            button.addEventListener('click', function () {
                closeDialog(button.closest('dialog'));
            });
        });

        // ----- Create -----
        var createDialog = document.getElementById('aura-wf-create-dialog');
        var createButton = document.getElementById('aura-wf-create-button');
        createButton.addEventListener('click', function () {
            openDialog(createDialog);
            document.getElementById('aura-wf-create-name').focus();
        });
        createDialog.addEventListener('close', function () {
            createButton.focus();
        });

        // ----- Delete -----
        var deleteDialog = document.getElementById('aura-wf-delete-dialog');
        var deleteName = document.getElementById('aura-wf-delete-name');
        var deleteError = document.getElementById('aura-wf-delete-error');
        var deleteConfirm = document.getElementById('aura-wf-delete-confirm');
        var target = null;

        root.addEventListener('click', function (event) {
            var button = event.target.closest('.aura-wf-delete');
            if (!button) {
                return;
            }
            target = {id: button.getAttribute('data-workflow-id'), name: button.getAttribute('data-workflow-name'), opener: button};
            deleteName.textContent = target.name;
            deleteError.textContent = '';
            window.AuraWorkflows.setBusy(deleteConfirm, false);
            openDialog(deleteDialog);
            // Focus on Cancel: a stray Enter must not delete the workflow.
            document.getElementById('aura-wf-delete-cancel').focus();
        });
        deleteDialog.addEventListener('close', function () {
            if (target && target.opener && document.body.contains(target.opener)) {
                target.opener.focus();
            }
            target = null;
        });
        deleteConfirm.addEventListener('click', function () {
            if (!target) {
                return;
            }
            var current = target;
            window.AuraWorkflows.setBusy(deleteConfirm, true);
            fetch(restBase + '/workflows/' + encodeURIComponent(current.id), {
                method: 'DELETE',
                credentials: 'same-origin',
                headers: {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'}
            }).then(function (response) {
                if (response.status === 204) {
                    var card = root.querySelector('.aura-wf-card[data-workflow-id="' + current.id + '"]');
                    current.opener = createButton;
                    if (card) {
                        card.parentNode.removeChild(card);
                    }
                    closeDialog(deleteDialog);
                    // Said once, in the flag; the page's live region keeps only problems.
                    flash.className = 'aura-wf-flash';
                    flash.textContent = '';
                    window.AuraWorkflows.flag('success', format(text.i18nDeleted, [current.name]));
                    return;
                }
                return response.json().then(function (data) {
                    deleteError.textContent = data && data.message ? data.message : text.i18nFailed;
                }, function () {
                    deleteError.textContent = text.i18nFailed;
                });
            }, function () {
                deleteError.textContent = text.i18nFailed;
                window.AuraWorkflows.setBusy(deleteConfirm, false);
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
