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
 * Every user-facing text comes from data-i18n-* attributes rendered by the Soy template.
 * User data is inserted with textContent only (never innerHTML).
 */
(function () {
    'use strict';

    // The REST search refuses shorter text (400): one character would match a large part of the directory.
    var MIN_QUERY = 2;
    // Typing pauses shorter than this send no request: one search per pause, not per keystroke.
    var SEARCH_DELAY_MS = 250;
    // The server answers at most this many users and says whether there are more ("keep typing").
    var SEARCH_LIMIT = 20;

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

        function errorMessage(result) {
            return result && result.data && typeof result.data.message === 'string'
                ? result.data.message : text.i18nFailed;
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

        function label(user) {
            return user.fullName ? user.fullName + ' (' + user.username + ')' : user.username;
        }

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

        var selected = [];      // [{username, fullName}]

        function renderSelected() {
            clear(selectedList);
            selected.forEach(function (user) {
                var li = document.createElement('li');
                li.className = 'aura-2fa-chip';
                var name = document.createElement('span');
                name.textContent = label(user);
                li.appendChild(name);
                var remove = document.createElement('button');
                remove.type = 'button';
                remove.className = 'aui-button aui-button-subtle aura-2fa-chip-remove';
                remove.setAttribute('aria-label', text.i18nRemove + ': ' + label(user));
                remove.textContent = '\u00d7';
                remove.addEventListener('click', function () {
                    selected = selected.filter(function (other) {
                        return other.username !== user.username;
                    });
                    renderSelected();
                    searchInput.focus();
                });
                li.appendChild(remove);
                selectedList.appendChild(li);
            });
            selectedEmpty.hidden = selected.length > 0;
            addConfirm.disabled = selected.length === 0;
        }

        // The type-ahead (js/aura-picker.js): deactivated users and users enrolled already are shown, marked, and
        // not offered again.
        var picker = window.AuraWorkflows.picker({
            input: searchInput, list: resultsList, status: searchStatus, idPrefix: 'aura-2fa-option-',
            minQuery: MIN_QUERY, delayMs: SEARCH_DELAY_MS,
            text: {searching: text.i18nSearching, noResults: text.i18nNoResults, moreResults: text.i18nMoreResults,
                minQuery: text.i18nMinQuery, failed: text.i18nSearchFailed},
            search: window.AuraWorkflows.picker.restSearch(callRest, '/2fa/user-search', 'users', SEARCH_LIMIT,
                function (user) {
                    return {label: label(user), detail: user.email, user: user,
                        disabled: !user.active || Boolean(user.enrolment),
                        marker: !user.active ? text.i18nInactive : user.enrolment === 'ACTIVE'
                            ? text.i18nEnrolledActive : user.enrolment ? text.i18nEnrolledPending : '',
                        attributes: {'data-username': user.username}};
                }),
            choose: function (item) {
                var already = selected.some(function (other) {
                    return other.username === item.user.username;
                });
                if (!already) {
                    selected.push({username: item.user.username, fullName: item.user.fullName});
                }
                renderSelected();
                searchInput.focus();
            }
        });

        addButton.addEventListener('click', function () {
            selected = [];
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
            if (!selected.length) {
                return;
            }
            window.AuraWorkflows.setBusy(addConfirm, true);
            clear(addResult);
            var usernames = selected.map(function (user) {
                return user.username;
            });
            var names = {};
            selected.forEach(function (user) {
                names[user.username] = label(user);
            });
            function display(list) {
                return (list || []).map(function (username) {
                    return names[username] || username;
                });
            }
            callRest('POST', '/2fa/users', {usernames: usernames}).then(function (result) {
                if (!result.ok || !result.data) {
                    message(addResult, 'error', errorMessage(result));
                    window.AuraWorkflows.setBusy(addConfirm, false);
                    return;
                }
                var data = result.data;
                if (data.added && data.added.length) {
                    message(addResult, 'success', text.i18nAdded, display(data.added));
                    window.AuraWorkflows.flag('success', text.i18nAdded + ' ' + display(data.added).join(', '));
                }
                if (data.alreadyEnrolled && data.alreadyEnrolled.length) {
                    message(addResult, 'info', text.i18nAlreadyEnrolled, display(data.alreadyEnrolled));
                }
                if (data.unknown && data.unknown.length) {
                    message(addResult, 'warning', text.i18nUnknown, display(data.unknown));
                }
                selected = [];
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
                window.AuraWorkflows.flag('success', text.i18nRevoked + ' ' + label(target));
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
                window.AuraWorkflows.flag('success', text.i18nUnlocked + ' ' + label(target));
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
