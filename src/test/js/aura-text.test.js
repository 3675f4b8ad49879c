// Unit tests of js/aura-text.js with Node's own test runner (node --test), run by mvn verify: the script is loaded
// as a browser loads it, into a context whose only global is window.
'use strict';
const test = require('node:test');
const assert = require('node:assert');

const text = require('./load-scripts')(['aura-text.js']).text;

test('format fills the placeholders in order and leaves nothing for a missing or null argument', () => {
    assert.strictEqual(text.format('Approvals: {0} of {1} needed', [1, 2]), 'Approvals: 1 of 2 needed');
    assert.strictEqual(text.format('{1} before {0}', ['a', 'b']), 'b before a');
    assert.strictEqual(text.format('{0} and {1}', ['only']), 'only and ');
    assert.strictEqual(text.format('{0}', [null]), '');
    assert.strictEqual(text.format('{0}', [0]), '0', 'zero is a value');
    assert.strictEqual(text.format('no placeholders', undefined), 'no placeholders');
});

test('format never interprets the arguments as patterns or markup', () => {
    assert.strictEqual(text.format('{0}', ['{1}']), '{1}');
    assert.strictEqual(text.format('Hello {0}', ['<b>x</b>']), 'Hello <b>x</b>', 'callers put it in with textContent');
});

test('dateTime prints an instant in the zone given, with the zone named as the server screens do', () => {
    assert.strictEqual(text.dateTime('2026-12-03T16:19:43Z', 'Europe/Berlin'), '2026-12-03 17:19 Europe/Berlin');
    assert.strictEqual(text.dateTime('2026-12-03T16:19:43Z', 'America/New_York'), '2026-12-03 11:19 America/New_York');
    assert.strictEqual(text.dateTime('2026-12-03T23:30:00Z', 'Asia/Tokyo'), '2026-12-04 08:30 Asia/Tokyo',
        'the date is the one in that zone');
    assert.strictEqual(text.dateTime('2026-12-03T00:05:00Z', 'UTC'), '2026-12-03 00:05 UTC', 'midnight is 00, not 24');
});

test('dateTime says UTC for the UTC zones, for none and for a zone the browser does not know', () => {
    assert.strictEqual(text.dateTime('2026-12-03T16:19:00Z', 'Etc/UTC'), '2026-12-03 16:19 UTC');
    assert.strictEqual(text.dateTime('2026-12-03T16:19:00Z', 'GMT'), '2026-12-03 16:19 UTC');
    assert.strictEqual(text.dateTime('2026-12-03T16:19:00Z', ''), '2026-12-03 16:19 UTC');
    assert.strictEqual(text.dateTime('2026-12-03T16:19:00Z', 'Mars/Olympus_Mons'), '2026-12-03 16:19 UTC');
});

test('dateTime gives back text that is not a time unchanged', () => {
    assert.strictEqual(text.dateTime('yesterday', 'UTC'), 'yesterday');
});

test('keyFrom makes a state key from a name: lower case, hyphens, no accents, at most 64 characters', () => {
    assert.strictEqual(text.keyFrom('In Review', 'state'), 'in-review');
    assert.strictEqual(text.keyFrom('  Freigabe durch QA – Stufe 2! ', 'state'), 'freigabe-durch-qa-stufe-2');
    assert.strictEqual(text.keyFrom('Révisé', 'state'), 'revise');
    assert.strictEqual(text.keyFrom('承認', 'state'), 'state', 'nothing left: the fallback');
    assert.strictEqual(text.keyFrom('', 'state'), 'state');
    const long = text.keyFrom('a'.repeat(63) + ' b', 'state');
    assert.ok(long.length <= 64 && !long.endsWith('-'), long);
});
