// Unit tests of js/aura-2fa-admin-text.js (what the admin 2FA screen says and its search rules) with Node's own test
// runner: the script is loaded as a browser loads it, into a context whose only global is window. The texts are the
// screen's data-i18n-* attributes, here with English stand-ins.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const loadScripts = require('./load-scripts');
const {plain} = loadScripts;

function load() {
    return loadScripts(['aura-2fa-admin-text.js']).adminText;
}

const adminText = load();

const text = {
    i18nFailed: 'The request failed.',
    i18nSearching: 'Searching...',
    i18nNoResults: 'No matching users.',
    i18nMoreResults: 'More users match: keep typing.',
    i18nMinQuery: 'Type at least 2 characters.',
    i18nSearchFailed: 'The search failed.',
    i18nInactive: 'Deactivated',
    i18nEnrolledActive: '2FA active',
    i18nEnrolledPending: '2FA pending',
    i18nAdded: 'Added:',
    i18nAlreadyEnrolled: 'Already enrolled:',
    i18nUnknown: 'Not found:',
    i18nRemove: 'Remove',
    i18nRevoked: 'Revoked:'
};

test('a user is labelled "Full Name (username)", or by the username alone without a full name', () => {
    assert.strictEqual(adminText.label({username: 'alice', fullName: 'Alice Archer'}), 'Alice Archer (alice)');
    assert.strictEqual(adminText.label({username: 'alice', fullName: ''}), 'alice');
    assert.strictEqual(adminText.label({username: 'alice', fullName: null}), 'alice');
    assert.strictEqual(adminText.label({username: 'alice'}), 'alice');
});

test('labels keep markup-like names as text', () => {
    assert.strictEqual(adminText.label({username: 'x', fullName: '<img src=x onerror=alert(1)>'}),
        '<img src=x onerror=alert(1)> (x)');
});

test('errorMessage shows the server message when the answer has one, else the general failure text', () => {
    assert.strictEqual(adminText.errorMessage({ok: false, data: {message: 'Requires WebSudo.'}}, text),
        'Requires WebSudo.');
    assert.strictEqual(adminText.errorMessage({ok: false, data: null}, text), 'The request failed.');
    assert.strictEqual(adminText.errorMessage({ok: false, data: {message: ['x']}}, text), 'The request failed.');
});

test('the search waits for two characters and a pause of 250 ms, and asks for at most 20 users', () => {
    assert.strictEqual(adminText.search.minQuery, 2);
    assert.strictEqual(adminText.search.delayMs, 250);
    assert.strictEqual(adminText.search.limit, 20);
});

test('the picker gets the screen texts for each search state', () => {
    assert.deepStrictEqual(plain(adminText.searchTexts(text)), {searching: 'Searching...',
        noResults: 'No matching users.', moreResults: 'More users match: keep typing.',
        minQuery: 'Type at least 2 characters.', failed: 'The search failed.'});
});

test('an active user who is not enrolled is offered, labelled, with the e-mail and no marker', () => {
    const user = {username: 'bob', fullName: 'Bob Baker', email: 'bob@example.com', active: true, enrolment: null};
    const item = adminText.searchItem(user, text);
    assert.strictEqual(item.label, 'Bob Baker (bob)');
    assert.strictEqual(item.detail, 'bob@example.com');
    assert.strictEqual(item.disabled, false);
    assert.strictEqual(item.marker, '');
    assert.strictEqual(item.user, user, 'the chosen item carries the user');
    assert.deepStrictEqual(plain(item.attributes), {'data-username': 'bob'});
});

test('deactivated and enrolled users are shown marked and not offered', () => {
    const inactive = adminText.searchItem({username: 'old', active: false, enrolment: null}, text);
    assert.strictEqual(inactive.disabled, true);
    assert.strictEqual(inactive.marker, 'Deactivated');
    const active = adminText.searchItem({username: 'a', active: true, enrolment: 'ACTIVE'}, text);
    assert.strictEqual(active.disabled, true);
    assert.strictEqual(active.marker, '2FA active');
    const pending = adminText.searchItem({username: 'p', active: true, enrolment: 'PENDING'}, text);
    assert.strictEqual(pending.disabled, true);
    assert.strictEqual(pending.marker, '2FA pending');
});

test('a deactivated user is marked deactivated even when enrolled', () => {
    assert.strictEqual(adminText.marker({active: false, enrolment: 'ACTIVE'}, text), 'Deactivated');
});

test('the answer of an add names each group with the labels the admin chose, and only non-empty groups', () => {
    const names = {alice: 'Alice Archer (alice)', bob: 'Bob Baker (bob)'};
    const outcome = plain(adminText.addOutcome({added: ['alice'], alreadyEnrolled: ['bob'], unknown: ['ghost']},
        names, text));
    assert.deepStrictEqual(outcome.messages, [
        {type: 'success', heading: 'Added:', items: ['Alice Archer (alice)']},
        {type: 'info', heading: 'Already enrolled:', items: ['Bob Baker (bob)']},
        {type: 'warning', heading: 'Not found:', items: ['ghost']}
    ]);
    assert.strictEqual(outcome.flag, 'Added: Alice Archer (alice)');
});

test('an add with nobody added has no flag, and missing groups are left out', () => {
    const outcome = plain(adminText.addOutcome({added: [], alreadyEnrolled: ['bob']}, {bob: 'Bob Baker (bob)'}, text));
    assert.deepStrictEqual(outcome.messages,
        [{type: 'info', heading: 'Already enrolled:', items: ['Bob Baker (bob)']}]);
    assert.strictEqual(outcome.flag, null);
    assert.deepStrictEqual(plain(adminText.addOutcome({}, {}, text)), {messages: [], flag: null});
});

test('the flag of several added users lists them with commas', () => {
    const outcome = adminText.addOutcome({added: ['alice', 'bob']}, {alice: 'Alice Archer (alice)'}, text);
    assert.strictEqual(outcome.flag, 'Added: Alice Archer (alice), bob');
});

test("a chosen user's remove button is named for the user", () => {
    assert.strictEqual(adminText.removeLabel({username: 'alice', fullName: 'Alice Archer'}, text),
        'Remove: Alice Archer (alice)');
});

test('the flag after a change to a row names the user', () => {
    assert.strictEqual(adminText.userFlag(text.i18nRevoked, {username: 'bob', fullName: 'Bob Baker'}),
        'Revoked: Bob Baker (bob)');
    assert.strictEqual(adminText.userFlag(text.i18nRevoked, {username: 'bob', fullName: null}), 'Revoked: bob');
});
