/*
 * Aura Workflows - admin 2FA screen (Administration > Aura Workflows > 2FA).
 *
 * Vanilla JS; works with or without AUI's JavaScript. Dialogs are native <dialog> elements (focus
 * trapping and Escape come from the browser) with AUI dialog2 inner markup for the look.
 *
 * State changes go through the admin REST API with JSON bodies and the X-Atlassian-Token header:
 *   POST   {restBase}/2fa/users             {"usernames": [...]}
 *   DELETE {restBase}/2fa/users/{username}
 *   POST   {restBase}/2fa/users/{username}/unlock   (the "Unlock" button of a locked user)
 * After a change the lists are re-rendered by the server: the page is fetched again and its
 * #aura-2fa-lists element swapped in, so list markup exists only in the Soy template.
 *
 * What the screen says, its search rules and the chosen users' list are pure modules loaded before this file:
 * AuraWorkflows.adminText (aura-2fa-admin-text.js) and adminSelection (aura-2fa-admin-selection.js).
 *
 * Every user-facing text comes from data-i18n-* attributes rendered by the Soy template.
 * User data is inserted with textContent only (never innerHTML).
 */
(function () {
    'use strict';

    function init() {
        var root = document.getElementById('aura-2fa-admin');
        if (!root || root.getAttribute('data-aura-ready') === 'true') {
            return;
        }
        root.setAttribute('data-aura-ready', 'true');
        var text = root.dataset;
        var restBase = root.getAttribute('data-rest-base');

        // ----- REST helper -----
        var callRest = window.AuraWorkflows.rest(restBase);
        var adminText = window.AuraWorkflows.adminText;

        function errorMessage(result) {
            return adminText.errorMessage(result, text);
        }

        // ----- Dialog helpers (native <dialog>, with a fallback for browsers without showModal) -----
        var lastOpener = null;

        function openDialog(dialog, opener) {
            lastOpener = opener || document.activeElement;
            window.AuraWorkflows.showDialog(dialog);
        }

        var closeDialog = window.AuraWorkflows.hideDialog;

        function onClosed(dialog, callback) {
            dialog.addEventListener('close', function () {
                callback();
                if (lastOpener && document.body.contains(lastOpener)) {
                    lastOpener.focus();
                }
            });
        }

        Array.prototype.forEach.call(root.querySelectorAll('[data-aura-close]'), function (button) {
            button.addEventListener('click', function () {
                closeDialog(button.closest('dialog'));
            });
        });

        // ----- Messages -----
        function message(container, type, heading, items) {
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-' + type;
            var p = document.createElement('p');
            p.textContent = heading;
            box.appendChild(p);
            if (items && items.length) {
                var ul = document.createElement('ul');
                items.forEach(function (item) {
                    var li = document.createElement('li');
                    li.textContent = item;
                    ul.appendChild(li);
                });
                box.appendChild(ul);
            }
            container.appendChild(box);
        }

        function clear(element) {
            while (element.firstChild) {
                element.removeChild(element.firstChild);
            }
        }

        // ----- Refresh the lists from the server-rendered page -----
        function refreshLists() {
            return fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                .then(function (response) {
                    return response.text();
                })
                .then(function (html) {
                    var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('aura-2fa-lists');
                    var current = document.getElementById('aura-2fa-lists');
                    if (!fresh || !current) {
                        throw new Error('lists not found');
                    }
                    current.replaceWith(document.importNode(fresh, true));
                })
                .catch(function () {
                    // E.g. the secure administrator session expired: a full reload shows the host's prompt.
                    window.location.reload();
                });
        }

        var label = adminText.label;

        // ===== Add 2FA users dialog =====
        var addDialog = document.getElementById('aura-2fa-add-dialog');
        var addButton = document.getElementById('aura-2fa-add-button');
        var searchInput = document.getElementById('aura-2fa-user-search');
        var resultsList = document.getElementById('aura-2fa-user-results');
        var searchStatus = document.getElementById('aura-2fa-search-status');
        var selectedList = document.getElementById('aura-2fa-selected');
        var selectedEmpty = document.getElementById('aura-2fa-selected-empty');
        var addResult = document.getElementById('aura-2fa-add-result');
        var addConfirm = document.getElementById('aura-2fa-add-confirm');

        var selection = window.AuraWorkflows.adminSelection();

        function renderSelected() {
            clear(selectedList);
            selection.users().forEach(function (user) {
                var li = document.createElement('li');
                li.className = 'aura-2fa-chip';
                var name = document.createElement('span');
                name.textContent = label(user);
                li.appendChild(name);
                var remove = document.createElement('button');
                remove.type = 'button';
                remove.className = 'aui-button aui-button-subtle aura-2fa-chip-remove';
                remove.setAttribute('aria-label', adminText.removeLabel(user, text));
                remove.textContent = '\u00d7';
                remove.addEventListener('click', function () {
                    selection.remove(user.username);
                    renderSelected();
                    searchInput.focus();
                });
                li.appendChild(remove);
                selectedList.appendChild(li);
            });
            selectedEmpty.hidden = !selection.isEmpty();
            addConfirm.disabled = selection.isEmpty();
        }

        // The type-ahead (js/aura-picker.js).
        var picker = window.AuraWorkflows.picker({
            input: searchInput, list: resultsList, status: searchStatus, idPrefix: 'aura-2fa-option-',
            minQuery: adminText.search.minQuery, delayMs: adminText.search.delayMs,
            text: adminText.searchTexts(text),
            search: window.AuraWorkflows.picker.restSearch(callRest, '/2fa/user-search', 'users',
                adminText.search.limit, function (user) {
                    return adminText.searchItem(user, text);
                }),
            choose: function (item) {
                selection.add(item.user);
                renderSelected();
                searchInput.focus();
            }
        });

        addButton.addEventListener('click', function () {
            selection.clear();
            renderSelected();
            clear(addResult);
            searchInput.value = '';
            picker.close();
            searchStatus.textContent = '';
            openDialog(addDialog, addButton);
            searchInput.focus();
        });

        onClosed(addDialog, picker.close);

        addConfirm.addEventListener('click', function () {
            if (selection.isEmpty()) {
                return;
            }
            window.AuraWorkflows.setBusy(addConfirm, true);
            clear(addResult);
            var names = selection.names();
            callRest('POST', '/2fa/users', {usernames: selection.usernames()}).then(function (result) {
                if (!result.ok || !result.data) {
                    message(addResult, 'error', errorMessage(result));
                    window.AuraWorkflows.setBusy(addConfirm, false);
                    return;
                }
                var outcome = adminText.addOutcome(result.data, names, text);
                outcome.messages.forEach(function (shown) {
                    message(addResult, shown.type, shown.heading, shown.items);
                });
                if (outcome.flag !== null) {
                    window.AuraWorkflows.flag('success', outcome.flag);
                }
                selection.clear();
                renderSelected();
                refreshLists();
            }, function () {
                message(addResult, 'error', text.i18nFailed);
                window.AuraWorkflows.setBusy(addConfirm, false);
            });
        });

        // ===== Revoke dialog =====
        var revokeDialog = document.getElementById('aura-2fa-revoke-dialog');
        var revokeName = document.getElementById('aura-2fa-revoke-name');
        var revokeError = document.getElementById('aura-2fa-revoke-error');
        var revokeConfirm = document.getElementById('aura-2fa-revoke-confirm');
        var flash = document.getElementById('aura-2fa-flash');
        var revokeTarget = null;

        // Delegated: the lists are replaced after every change.
        root.addEventListener('click', function (event) {
            var button = event.target.closest('.aura-2fa-revoke');
            if (!button) {
                return;
            }
            revokeTarget = {
                username: button.getAttribute('data-username'),
                fullName: button.getAttribute('data-full-name')
            };
            revokeName.textContent = label(revokeTarget);
            clear(revokeError);
            window.AuraWorkflows.setBusy(revokeConfirm, false);
            openDialog(revokeDialog, button);
            revokeConfirm.focus();
        });

        onClosed(revokeDialog, function () {
            revokeTarget = null;
        });

        revokeConfirm.addEventListener('click', function () {
            if (!revokeTarget) {
                return;
            }
            var target = revokeTarget;
            window.AuraWorkflows.setBusy(revokeConfirm, true);
            callRest('DELETE', '/2fa/users/' + encodeURIComponent(target.username)).then(function (result) {
                if (!result.ok) {
                    clear(revokeError);
                    revokeError.textContent = errorMessage(result);
                    window.AuraWorkflows.setBusy(revokeConfirm, false);
                    return;
                }
                lastOpener = addButton; // the row's button disappears with the row
                closeDialog(revokeDialog);
                clear(flash);
                message(flash, 'success', text.i18nRevoked, [label(target)]);
                window.AuraWorkflows.flag('success', adminText.userFlag(text.i18nRevoked, target));
                refreshLists();
            }, function () {
                revokeError.textContent = text.i18nFailed;
                window.AuraWorkflows.setBusy(revokeConfirm, false);
            });
        });

        // ===== Unlock (a locked user's row) =====
        // No confirmation: unlocking only lets the user's next code be checked again (it is audited), and
        // an admin who clicked by mistake loses nothing.
        root.addEventListener('click', function (event) {
            var button = event.target.closest('.aura-2fa-unlock');
            if (!button || button.disabled) {
                return;
            }
            var target = {
                username: button.getAttribute('data-username'),
                fullName: button.getAttribute('data-full-name')
            };
            window.AuraWorkflows.setBusy(button, true);
            callRest('POST', '/2fa/users/' + encodeURIComponent(target.username) + '/unlock').then(function (result) {
                clear(flash);
                if (!result.ok) {
                    window.AuraWorkflows.setBusy(button, false);
                    message(flash, 'error', errorMessage(result), [label(target)]);
                    return;
                }
                message(flash, 'success', text.i18nUnlocked, [label(target)]);
                window.AuraWorkflows.flag('success', adminText.userFlag(text.i18nUnlocked, target));
                refreshLists().then(function () {
                    // The button is gone with the lozenge: keep keyboard focus on the page, not on <body>.
                    var search = document.getElementById('aura-2fa-search-input');
                    if (search) {
                        search.focus();
                    }
                });
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
