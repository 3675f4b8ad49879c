/*
 * Aura Workflows - the users chosen in the admin 2FA screen's "Add 2FA users" dialog, before they are added: a list
 * in the order chosen, each user once. No DOM, so Node unit-tests it; the dialog renders it as chips.
 *
 *   var selection = AuraWorkflows.adminSelection();
 *   selection.add({username: 'alice', fullName: 'Alice Archer'});  selection.usernames()  -> ['alice']
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    aura.adminSelection = function () {
        var users = [];     // [{username, fullName}]

        function has(username) {
            return users.some(function (user) {
                return user.username === username;
            });
        }

        return {
            /** Adds the user (only the username and the full name are kept); choosing someone again changes nothing. */
            add: function (user) {
                if (!has(user.username)) {
                    users.push({username: user.username, fullName: user.fullName});
                }
            },
            remove: function (username) {
                users = users.filter(function (user) {
                    return user.username !== username;
                });
            },
            clear: function () {
                users = [];
            },
            isEmpty: function () {
                return users.length === 0;
            },
            /** The chosen users in the order chosen (a copy: changing it changes nothing here). */
            users: function () {
                return users.slice();
            },
            usernames: function () {
                return users.map(function (user) {
                    return user.username;
                });
            },
            /** Username -> label, to name the users of the server's answer as the admin chose them. */
            names: function () {
                var names = {};
                users.forEach(function (user) {
                    names[user.username] = aura.adminText.label(user);
                });
                return names;
            }
        };
    };
}(window));
