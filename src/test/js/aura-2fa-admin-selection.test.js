// Unit tests of js/aura-2fa-admin-selection.js (the users chosen in "Add 2FA users" before they are added) with Node's
// own test runner: loaded as a browser loads it, after js/aura-2fa-admin-text.js, into a context whose only global is
// window.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const loadScripts = require('./load-scripts');
const {plain} = loadScripts;

function load() {
    return loadScripts(['aura-2fa-admin-text.js', 'aura-2fa-admin-selection.js']).adminSelection;
}

const adminSelection = load();

const alice = {username: 'alice', fullName: 'Alice Archer', email: 'alice@example.com', active: true};
const bob = {username: 'bob', fullName: 'Bob Baker'};

test('a new selection is empty', () => {
    const selection = adminSelection();
    assert.strictEqual(selection.isEmpty(), true);
    assert.deepStrictEqual(plain(selection.users()), []);
    assert.deepStrictEqual(plain(selection.usernames()), []);
});

test('users are kept in the order chosen, with only their username and full name', () => {
    const selection = adminSelection();
    selection.add(bob);
    selection.add(alice);
    assert.strictEqual(selection.isEmpty(), false);
    assert.deepStrictEqual(plain(selection.usernames()), ['bob', 'alice']);
    assert.deepStrictEqual(plain(selection.users()),
        [{username: 'bob', fullName: 'Bob Baker'}, {username: 'alice', fullName: 'Alice Archer'}]);
});

test('choosing a user again keeps them once, where they were first chosen', () => {
    const selection = adminSelection();
    selection.add(alice);
    selection.add(bob);
    selection.add({username: 'alice', fullName: 'Alice A. Archer'});
    assert.deepStrictEqual(plain(selection.usernames()), ['alice', 'bob']);
    assert.strictEqual(selection.users()[0].fullName, 'Alice Archer', 'the first choice stays');
});

test('removing a user by username leaves the others in order', () => {
    const selection = adminSelection();
    selection.add(alice);
    selection.add(bob);
    selection.add({username: 'carol', fullName: null});
    selection.remove('bob');
    assert.deepStrictEqual(plain(selection.usernames()), ['alice', 'carol']);
    selection.remove('nobody');
    assert.deepStrictEqual(plain(selection.usernames()), ['alice', 'carol']);
});

test('clear empties the selection', () => {
    const selection = adminSelection();
    selection.add(alice);
    selection.clear();
    assert.strictEqual(selection.isEmpty(), true);
    assert.deepStrictEqual(plain(selection.usernames()), []);
});

test('the users list handed out is a copy', () => {
    const selection = adminSelection();
    selection.add(alice);
    selection.users().push(bob);
    assert.deepStrictEqual(plain(selection.usernames()), ['alice']);
});

test('names maps each chosen username to its label, to name the users of the server answer', () => {
    const selection = adminSelection();
    selection.add(alice);
    selection.add({username: 'carol', fullName: ''});
    assert.deepStrictEqual(plain(selection.names()), {alice: 'Alice Archer (alice)', carol: 'carol'});
});

test('two selections are independent', () => {
    const one = adminSelection();
    const two = adminSelection();
    one.add(alice);
    assert.strictEqual(two.isEmpty(), true);
});
