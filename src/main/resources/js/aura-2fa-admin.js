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
 * This file owns the screen's dialogs and messages, revoke and unlock; "Add 2FA users" is aura-2fa-admin-add.js, the
 * texts and search rules aura-2fa-admin-text.js and the chosen users aura-2fa-admin-selection.js, all loaded before
 * it. They share one `screen` object: the texts, the REST helper, the dialog helpers, the messages and the refresh.
 *
 * Every user-facing text comes from data-i18n-* attributes rendered by the Soy template.
 * User data is inserted with textContent only (never innerHTML).
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};
    var byId = aura.dom.byId;


    /** An AUI message box: the heading and, when there are any, the users it is about. */
    function message(container, type, heading, items) {
        var list = items && items.length ? aura.dom.el('ul', null, items.map(function (item) {
            return aura.dom.el('li', {text: item});
        })) : null;
        container.appendChild(aura.dom.el('div', {'class': 'aui-message aui-message-' + type},
            [aura.dom.el('p', {text: heading}), list]));
    }

    // ----- Refresh the lists from the server-rendered page -----
    function refreshLists() {
        return fetch(window.location.href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
            .then(function (response) {
                return response.text();
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('aura-2fa-lists');
                var current = byId('aura-2fa-lists');
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

    /** The user of a row's button (the lists carry the username and the full name on it). */
    function rowUser(button) {
        return {username: button.getAttribute('data-username'), fullName: button.getAttribute('data-full-name')};
    }

    /**
     * What every part of the screen needs. A dialog closed with onClosed gives the focus back to screen.lastOpener:
     * what opened it, or what the action that removed the opener names instead.
     */
    function screenFor(root) {
        var screen = {root: root, text: root.dataset, callRest: aura.rest(root.getAttribute('data-rest-base')),
            closeDialog: aura.hideDialog, message: message, refreshLists: refreshLists, lastOpener: null};
        screen.openDialog = function (dialog, opener) {
            screen.lastOpener = opener || document.activeElement;
            aura.showDialog(dialog);
        };
        screen.onClosed = function (dialog, callback) {
            dialog.addEventListener('close', function () {
                callback();
                if (screen.lastOpener && document.body.contains(screen.lastOpener)) {
                    screen.lastOpener.focus();
                }
            });
        };
        Array.prototype.forEach.call(root.querySelectorAll('[data-aura-close]'), function (button) {
            button.addEventListener('click', function () {
                screen.closeDialog(button.closest('dialog'));
            });
        });
        return screen;
    }

    // ===== Revoke dialog =====
    function wireRevoke(screen) {
        var text = screen.text;
        var dialog = byId('aura-2fa-revoke-dialog');
        var name = byId('aura-2fa-revoke-name');
        var error = byId('aura-2fa-revoke-error');
        var confirm = byId('aura-2fa-revoke-confirm');
        var flash = byId('aura-2fa-flash');
        var addButton = byId('aura-2fa-add-button');
        var target = null;

        // Delegated: the lists are replaced after every change.
        screen.root.addEventListener('click', function (event) {
            var button = event.target.closest('.aura-2fa-revoke');
            if (!button) {
                return;
            }
            target = rowUser(button);
            name.textContent = aura.adminText.label(target);
            aura.dom.clear(error);
            aura.setBusy(confirm, false);
            screen.openDialog(dialog, button);
            // Focus on Cancel: a stray Enter must not revoke the setup.
            byId('aura-2fa-revoke-cancel').focus();
        });

        screen.onClosed(dialog, function () {
            target = null;
        });

        function revoked(user) {
            screen.lastOpener = addButton; // the row's button disappears with the row
            screen.closeDialog(dialog);
            // Said once, in the flag (a second copy in the page's live region would be read out twice).
            aura.dom.clear(flash);
            aura.flag('success', aura.adminText.userFlag(text.i18nRevoked, user));
            refreshLists();
        }

        confirm.addEventListener('click', function () {
            if (!target) {
                return;
            }
            var user = target;
            aura.setBusy(confirm, true);
            screen.callRest('DELETE', '/2fa/users/' + encodeURIComponent(user.username)).then(function (result) {
                if (!result.ok) {
                    aura.dom.clear(error);
                    error.textContent = aura.adminText.errorMessage(result, text);
                    aura.setBusy(confirm, false);
                    return;
                }
                revoked(user);
            }, function () {
                error.textContent = text.i18nFailed;
                aura.setBusy(confirm, false);
            });
        });
    }

    // ===== Unlock (a locked user's row) =====
    // No confirmation: unlocking only lets the user's next code be checked again (it is audited), and
    // an admin who clicked by mistake loses nothing.
    function wireUnlock(screen) {
        var text = screen.text;
        var flash = byId('aura-2fa-flash');

        function unlocked(button, user, result) {
            aura.dom.clear(flash);
            if (!result.ok) {
                aura.setBusy(button, false);
                message(flash, 'error', aura.adminText.errorMessage(result, text), [aura.adminText.label(user)]);
                return;
            }
            aura.flag('success', aura.adminText.userFlag(text.i18nUnlocked, user));
            refreshLists().then(function () {
                // The button is gone with the lozenge: keep keyboard focus on the page, not on <body>.
                var search = byId('aura-2fa-search-input');
                if (search) {
                    search.focus();
                }
            });
        }

        screen.root.addEventListener('click', function (event) {
            var button = event.target.closest('.aura-2fa-unlock');
            if (!button || button.disabled) {
                return;
            }
            var user = rowUser(button);
            aura.setBusy(button, true);
            screen.callRest('POST', '/2fa/users/' + encodeURIComponent(user.username) + '/unlock')
                .then(function (result) {
                    unlocked(button, user, result);
                });
        });
    }

    function init() {
        var root = byId('aura-2fa-admin');
        if (!root || root.getAttribute('data-aura-ready') === 'true') {
            return;
        }
        root.setAttribute('data-aura-ready', 'true');
        var screen = screenFor(root);
        aura.adminAddDialog(screen);
        wireRevoke(screen);
        wireUnlock(screen);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
