// Unit tests of js/aura-workflow-panel-history-text.js (the sentences of the workflow panel's history) with Node's own
// test runner: loaded as a browser loads it, after js/aura-text.js, into a context whose only global is window. The
// texts are the panel's data-i18n-* attributes as the template renders them in English.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const loadScripts = require('./load-scripts');

function load() {
    return loadScripts(['aura-text.js', 'aura-workflow-panel-history-text.js']).panelHistoryText;
}

const history = load();

const text = {
    i18nHistoryApplied: '{0} added the workflow; the page entered {1}.',
    i18nHistoryRemoved: '{0} removed the workflow; the page was in {1}.',
    i18nHistoryApproved: '{0} approved.',
    i18nHistoryRejected: '{0} rejected.',
    i18nHistoryEdited: '{0} edited the page (version {1}); it moved from {2} to {3}.',
    i18nHistoryMoved: '{0} moved the page from {1} to {2}.',
    i18nHistoryApprovedMoved: 'The review was approved: the page moved from {0} to {1}.',
    i18nHistoryRejectedMoved: 'The review was rejected: the page moved from {0} to {1}.',
    i18nRound: 'Round {0}',
    i18nSignature: 'Signed by {0} on {1}: {2}',
    i18nSignatureVersion: 'page version {0}',
    i18nSignatureContent: 'content SHA-256 {0}\u2026',
    i18nMeaningApprove: 'approved',
    i18nMeaningReject: 'rejected'
};

const HASH = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

test('adding and removing the workflow name who did it and the state', () => {
    assert.strictEqual(history.sentence({type: 'APPLIED', actor: 'erin', actorName: 'Erin Evans', toName: 'Draft'},
        text), 'Erin Evans added the workflow; the page entered Draft.');
    assert.strictEqual(history.sentence({type: 'REMOVED', actor: 'carol', actorName: 'Carol Cole',
        fromName: 'In Review'}, text), 'Carol Cole removed the workflow; the page was in In Review.');
});

test('a vote reads as approved or rejected by the reviewer', () => {
    assert.strictEqual(history.sentence({type: 'VOTE', decision: 'APPROVE', actor: 'alice', actorName: 'Alice Archer'},
        text), 'Alice Archer approved.');
    assert.strictEqual(history.sentence({type: 'VOTE', decision: 'REJECT', actor: 'bob', actorName: 'Bob Baker'},
        text), 'Bob Baker rejected.');
});

test('the username stands in for a person without a full name', () => {
    assert.strictEqual(history.sentence({type: 'VOTE', decision: 'APPROVE', actor: 'alice', actorName: null}, text),
        'alice approved.');
});

test('an edit that moved the page is one sentence with the version and both states', () => {
    assert.strictEqual(history.sentence({type: 'TRANSITION', trigger: 'PAGE_EDIT', actor: 'erin', actorName: 'Erin Evans',
        pageVersion: 4, fromName: 'Published', toName: 'Draft'}, text),
        'Erin Evans edited the page (version 4); it moved from Published to Draft.');
});

test('a move that closed a review says how the review ended, without naming a person', () => {
    assert.strictEqual(history.sentence({type: 'TRANSITION', trigger: 'APPROVAL', actor: 'alice',
        fromName: 'In Review', toName: 'Published'}, text),
        'The review was approved: the page moved from In Review to Published.');
    assert.strictEqual(history.sentence({type: 'TRANSITION', trigger: 'REJECTION', actor: 'bob',
        fromName: 'In Review', toName: 'Draft'}, text),
        'The review was rejected: the page moved from In Review to Draft.');
});

test('any other move names who moved the page from where to where', () => {
    assert.strictEqual(history.sentence({type: 'TRANSITION', trigger: 'SELECTION', actor: 'erin',
        actorName: 'Erin Evans', fromName: 'Draft', toName: 'In Review'}, text),
        'Erin Evans moved the page from Draft to In Review.');
    assert.strictEqual(history.sentence({type: 'TRANSITION', actor: 'erin', fromName: 'Draft', toName: 'In Review'},
        text), 'erin moved the page from Draft to In Review.', 'no trigger');
});

test('the round follows the sentence after a space', () => {
    assert.strictEqual(history.roundText(3, text), ' Round 3');
});

test('a signature lists signer, time and meaning, then page version and the start of the content hash', () => {
    const signature = {signedBy: 'Alice Archer', username: 'alice', signedAtUtc: '2026-12-03 16:19:43 UTC',
        meaning: 'APPROVE', pageVersion: 2, contentSha256: HASH};
    assert.strictEqual(history.signatureFacts(signature, text),
        'Signed by Alice Archer on 2026-12-03 16:19:43 UTC: approved, page version 2, content SHA-256 9f86d081884c\u2026');
    assert.strictEqual(history.signatureHash(signature), HASH, 'all of it for the tooltip');
});

test('a signature without version or hash leaves them out, and names the username when no name was printed', () => {
    const signature = {signedBy: null, username: 'bob', signedAtUtc: '2026-12-03 08:00:00 UTC', meaning: 'REJECT',
        pageVersion: null, contentSha256: null};
    assert.strictEqual(history.signatureFacts(signature, text), 'Signed by bob on 2026-12-03 08:00:00 UTC: rejected');
    assert.strictEqual(history.signatureHash(signature), '');
});

test('the entry classes name its type in lower case', () => {
    assert.strictEqual(history.entryClass({type: 'VOTE'}), 'aura-wf-history-entry aura-wf-history-vote');
    assert.strictEqual(history.entryClass({type: 'APPLIED'}), 'aura-wf-history-entry aura-wf-history-applied');
});
