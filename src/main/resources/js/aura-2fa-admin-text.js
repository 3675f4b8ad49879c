/*
 * Aura Workflows - what the admin 2FA screen says and the rules of its user search: pure functions over the REST
 * answers and the screen's texts (the data-i18n-* attributes of its root, passed in as `text`), no DOM, so Node
 * unit-tests them.
 *
 *   AuraWorkflows.adminText.label({username: 'alice', fullName: 'Alice Archer'})  -> "Alice Archer (alice)"
 *   AuraWorkflows.adminText.searchItem(user, text)   -> the picker's item for a search result
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    var SEARCH = {
        // The REST search refuses shorter text (400): one character would match a large part of the directory.
        minQuery: 2,
        // Typing pauses shorter than this send no request: one search per pause, not per keystroke.
        delayMs: 250,
        // The server answers at most this many users and says whether there are more ("keep typing").
        limit: 20
    };

    /** A user as the screen names them: "Full Name (username)", the username alone when there is no full name. */
    function label(user) {
        return user.fullName ? user.fullName + ' (' + user.username + ')' : user.username;
    }

    /** The server's own message when the answer carries one (it is translated there), else the general failure. */
    function errorMessage(result, text) {
        return result && result.data && typeof result.data.message === 'string'
            ? result.data.message : text.i18nFailed;
    }

    /** The picker's texts for the search's states. */
    function searchTexts(text) {
        return {searching: text.i18nSearching, noResults: text.i18nNoResults, moreResults: text.i18nMoreResults,
            minQuery: text.i18nMinQuery, failed: text.i18nSearchFailed};
    }

    /** Why a result cannot be added, as its lozenge says: deactivated, or enrolled already (Active or Pending). */
    function marker(user, text) {
        if (!user.active) {
            return text.i18nInactive;
        }
        if (user.enrolment === 'ACTIVE') {
            return text.i18nEnrolledActive;
        }
        return user.enrolment ? text.i18nEnrolledPending : '';
    }

    /**
     * A search result as the picker shows it: deactivated users and users enrolled already are shown, marked, and not
     * offered again.
     */
    function searchItem(user, text) {
        return {label: label(user), detail: user.email, user: user,
            disabled: !user.active || Boolean(user.enrolment),
            marker: marker(user, text),
            attributes: {'data-username': user.username}};
    }

    /** The users of an answer (usernames) named as the admin chose them (names: username -> label), else as is. */
    function display(usernames, names) {
        return (usernames || []).map(function (username) {
            return names[username] || username;
        });
    }

    /**
     * What the add dialog reports for POST {restBase}/2fa/users's answer: a message per non-empty group (added,
     * enrolled already, unknown), each with its users, and the flag's text when users were added (else null).
     */
    function addOutcome(data, names, text) {
        var groups = [['success', text.i18nAdded, data.added], ['info', text.i18nAlreadyEnrolled, data.alreadyEnrolled],
            ['warning', text.i18nUnknown, data.unknown]];
        var messages = groups.filter(function (group) {
            return group[2] && group[2].length;
        }).map(function (group) {
            return {type: group[0], heading: group[1], items: display(group[2], names)};
        });
        var added = data.added && data.added.length ? display(data.added, names) : null;
        return {messages: messages, flag: added ? text.i18nAdded + ' ' + added.join(', ') : null};
    }

    /** The accessible name of a chosen user's remove button ("Remove: Full Name (username)"). */
    function removeLabel(user, text) {
        return text.i18nRemove + ': ' + label(user);
    }

    /** The flag after a change to one user's row ("Revoked" + their label). */
    function userFlag(heading, user) {
        return heading + ' ' + label(user);
    }

    aura.adminText = {
        search: SEARCH, label: label, errorMessage: errorMessage, searchTexts: searchTexts, marker: marker,
        searchItem: searchItem, display: display, addOutcome: addOutcome, removeLabel: removeLabel, userFlag: userFlag
    };
}(window));
