// Unit tests of js/aura-workflow-panel-review-logic.js (the rules of the workflow panel's review dialog) with Node's own
// test runner: loaded as a browser loads it, after js/aura-text.js, into a context whose only global is window. The
// texts are the panel's data-i18n-* attributes as the template renders them in English.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const loadScripts = require('./load-scripts');
const {plain} = loadScripts;

function load() {
    return loadScripts(['aura-text.js', 'aura-workflow-panel-review-logic.js']).panelReview;
}

const review = load();

const text = {
    i18nApprove: 'Approve',
    i18nReject: 'Reject',
    i18nMoved: 'The page moved to {0}.',
    i18nRecorded: 'Your review was recorded.',
    i18nCodeSummary: 'Your review: {0}',
    i18nCodeSummaryComment: 'Your comment: {0}'
};

test('the dialog names the options with the panel texts when the workflow sets no labels of its own', () => {
    assert.deepStrictEqual(plain(review.dialogFor({approval: {requireTwoFactor: false}, myVote: null}, text)),
        {approveLabel: 'Approve', rejectLabel: 'Reject', showTwoFactorInfo: false, decision: null});
});

test("the dialog uses the transition's own labels and shows the 2FA note on a protected step", () => {
    const status = {approval: {approveLabel: 'Sign off', rejectLabel: 'Send back', requireTwoFactor: true}};
    assert.deepStrictEqual(plain(review.dialogFor(status, text)),
        {approveLabel: 'Sign off', rejectLabel: 'Send back', showTwoFactorInfo: true, decision: null});
});

test("the dialog preselects the viewer's earlier vote", () => {
    assert.strictEqual(review.dialogFor({approval: {}, myVote: 'APPROVE'}, text).decision, 'APPROVE');
    assert.strictEqual(review.dialogFor({approval: {}, myVote: 'REJECT'}, text).decision, 'REJECT');
});

test('a step is protected only when its approval requires 2FA', () => {
    assert.strictEqual(review.isProtected({approval: {requireTwoFactor: true}}), true);
    assert.strictEqual(review.isProtected({approval: {requireTwoFactor: false}}), false);
    assert.strictEqual(review.isProtected({approval: null}), false);
    assert.strictEqual(review.isProtected(null), false);
});

test('a code is six digits once the spaces are taken out', () => {
    assert.strictEqual(review.codeFrom(' 123 456 '), '123456');
    assert.strictEqual(review.codeFrom('123\t456'), '123456');
    assert.strictEqual(review.isCode('123456'), true);
    assert.strictEqual(review.isCode(review.codeFrom('123 456')), true);
});

test('anything but six digits is not a code', () => {
    for (const typed of ['', '12345', '1234567', '12345a', '١٢٣٤٥٦', '123-456']) {
        assert.strictEqual(review.isCode(typed), false, typed);
    }
});

test('the code step repeats the decision and, when given, the comment', () => {
    assert.deepStrictEqual(plain(review.codeSummary('Approve', 'Looks good.', text)),
        {decision: 'Your review: Approve', comment: 'Your comment: Looks good.'});
    assert.deepStrictEqual(plain(review.codeSummary('Send back', '', text)),
        {decision: 'Your review: Send back', comment: ''});
});

test('the review sent carries decision, comment and round, the page version as a number, and the code when given', () => {
    assert.deepStrictEqual(plain(review.payload('APPROVE', 'Fine.', 3, '7', '123456')),
        {decision: 'APPROVE', comment: 'Fine.', round: 3, pageVersion: 7, code: '123456'});
});

test('the review sent leaves out a page version the page does not name, and the code on an unprotected step', () => {
    assert.deepStrictEqual(plain(review.payload('REJECT', '', 1, null, null)),
        {decision: 'REJECT', comment: '', round: 1});
    assert.deepStrictEqual(plain(review.payload('REJECT', '', 1, '', null)),
        {decision: 'REJECT', comment: '', round: 1});
});

test('a refusal because the page or its round changed is outdated; other answers are not', () => {
    for (const error of ['PAGE_CHANGED', 'STALE_ROUND', 'NO_PENDING_APPROVAL']) {
        assert.strictEqual(review.isOutdated({ok: false, status: 409, data: {error: error, message: 'm'}}), true, error);
    }
    assert.strictEqual(review.isOutdated({ok: false, status: 403, data: {error: 'INVALID_CODE'}}), false);
    assert.strictEqual(review.isOutdated({ok: false, status: 0, data: null}), false);
    assert.strictEqual(review.isOutdated({ok: true, status: 200, data: {error: 'PAGE_CHANGED'}}), false);
});

test('a recorded review says where the page moved when it closed the round, else that it was recorded', () => {
    assert.strictEqual(review.outcomeMessage({transitioned: true, state: {name: 'Published'}}, text),
        'The page moved to Published.');
    assert.strictEqual(review.outcomeMessage({transitioned: false}, text), 'Your review was recorded.');
});
