// Unit tests of js/aura-workflow-panel-text.js (what the workflow panel says about a page's status) with Node's own
// test runner: the script is loaded as a browser loads it, after js/aura-text.js, into a context whose only global is
// window. The texts are the panel's data-i18n-* attributes as the template renders them in English.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const loadScripts = require('./load-scripts');

function load() {
    return loadScripts(['aura-text.js', 'aura-workflow-panel-text.js']).panelText;
}

const panelText = load();

const text = {
    i18nFailed: 'Something went wrong. Reload the page and try again.',
    i18nNone: 'None',
    i18nVoteApprove: 'Approved',
    i18nVoteReject: 'Rejected',
    i18nVoteNone: 'Not reviewed yet',
    i18nAddReview: 'Add your review',
    i18nChangeReview: 'Change your review',
    i18nTwofactorPending: 'Your 2FA setup is not finished yet.',
    i18nTwofactorNotEnabled: '2FA is not enabled for your account.',
    i18nReviewersNotReady: '{0} of {1} named reviewers have not set up 2FA: {2}.'
};

function protectedStatus(overrides) {
    return Object.assign({
        canReview: true, myTwoFactor: 'ACTIVE',
        approval: {requireTwoFactor: true, reviewers: []}
    }, overrides);
}

test('errorMessage shows the server message when the answer has one, else the general failure text', () => {
    assert.strictEqual(panelText.errorMessage({ok: false, data: {message: 'The page changed.'}}, text),
        'The page changed.');
    assert.strictEqual(panelText.errorMessage({ok: false, data: {error: 'X'}}, text), text.i18nFailed);
    assert.strictEqual(panelText.errorMessage({ok: false, status: 0, data: null}, text), text.i18nFailed,
        'a network failure has no body');
    assert.strictEqual(panelText.errorMessage({ok: false, data: {message: 42}}, text), text.i18nFailed,
        'only a text is shown as the message');
    assert.strictEqual(panelText.errorMessage(undefined, text), text.i18nFailed);
});

test('voteText names approve, reject and no vote with the panel texts', () => {
    assert.strictEqual(panelText.voteText('APPROVE', text), 'Approved');
    assert.strictEqual(panelText.voteText('REJECT', text), 'Rejected');
    assert.strictEqual(panelText.voteText(null, text), 'Not reviewed yet');
    assert.strictEqual(panelText.voteText(undefined, text), 'Not reviewed yet');
});

test('voteClass gives the lozenge modifier of a vote, "none" without one', () => {
    assert.strictEqual(panelText.voteClass('APPROVE'), 'approve');
    assert.strictEqual(panelText.voteClass('REJECT'), 'reject');
    assert.strictEqual(panelText.voteClass(null), 'none');
});

test('stateNames joins the state names with commas and says None for no states', () => {
    assert.strictEqual(panelText.stateNames([{key: 'review', name: 'In Review'}, {key: 'pub', name: 'Published'}],
        text), 'In Review, Published');
    assert.strictEqual(panelText.stateNames([{name: 'Draft'}], text), 'Draft');
    assert.strictEqual(panelText.stateNames([], text), 'None');
    assert.strictEqual(panelText.stateNames(undefined, text), 'None');
});

test('a reviewer of a protected step needs the setup unless their 2FA is Active, also when the state is missing', () => {
    assert.strictEqual(panelText.needsTwoFactorSetup(protectedStatus({myTwoFactor: 'ACTIVE'})), false);
    assert.strictEqual(panelText.needsTwoFactorSetup(protectedStatus({myTwoFactor: 'PENDING'})), true);
    assert.strictEqual(panelText.needsTwoFactorSetup(protectedStatus({myTwoFactor: 'NONE'})), true);
    assert.strictEqual(panelText.needsTwoFactorSetup(protectedStatus({myTwoFactor: undefined})), true, 'fail closed');
});

test('no setup is needed by someone who cannot review, or on a step without 2FA, or without a round', () => {
    assert.strictEqual(panelText.needsTwoFactorSetup(protectedStatus({canReview: false, myTwoFactor: 'NONE'})), false);
    assert.strictEqual(panelText.needsTwoFactorSetup({canReview: true, myTwoFactor: 'NONE',
        approval: {requireTwoFactor: false}}), false);
    assert.strictEqual(panelText.needsTwoFactorSetup({canReview: true, myTwoFactor: 'NONE', approval: null}), false);
});

test('a pending setup is explained with a link to finish it; no setup at all sends the reviewer to an admin', () => {
    assert.strictEqual(panelText.twoFactorBlockedText('PENDING', text), text.i18nTwofactorPending);
    assert.strictEqual(panelText.offersSetupLink('PENDING'), true);
    assert.strictEqual(panelText.twoFactorBlockedText('NONE', text), text.i18nTwofactorNotEnabled);
    assert.strictEqual(panelText.twoFactorBlockedText(undefined, text), text.i18nTwofactorNotEnabled);
    assert.strictEqual(panelText.offersSetupLink('NONE'), false);
    assert.strictEqual(panelText.offersSetupLink(undefined), false);
});

test('the setup link leads back to this page by its id', () => {
    assert.strictEqual(panelText.setupHref('/confluence/plugins/servlet/aura-workflows/2fa', '98306'),
        '/confluence/plugins/servlet/aura-workflows/2fa?returnTo=98306');
    assert.strictEqual(panelText.setupHref('/2fa', 'a&b'), '/2fa?returnTo=a%26b', 'the id is encoded');
});

test('editors are warned with counts and names when named reviewers have no Active 2FA', () => {
    const status = protectedStatus({
        reviewersWithoutTwoFactor: ['Bob Baker', 'Carol Cole'],
        approval: {requireTwoFactor: true, reviewers: [{username: 'bob', named: true},
            {username: 'carol', named: true}, {username: 'dave', named: true}, {username: 'grp', named: false}]}
    });
    assert.strictEqual(panelText.reviewersNotReadyText(status, text),
        '2 of 3 named reviewers have not set up 2FA: Bob Baker, Carol Cole.');
});

test('no warning when every reviewer is ready or the list is missing', () => {
    assert.strictEqual(panelText.reviewersNotReadyText(protectedStatus({reviewersWithoutTwoFactor: []}), text), null);
    assert.strictEqual(panelText.reviewersNotReadyText(protectedStatus({}), text), null);
});

test('a reviewer appears by full name, by username when the directory has no name', () => {
    assert.strictEqual(panelText.reviewerName({username: 'alice', fullName: 'Alice Archer'}), 'Alice Archer');
    assert.strictEqual(panelText.reviewerName({username: 'alice', fullName: ''}), 'alice');
    assert.strictEqual(panelText.reviewerName({username: 'alice', fullName: null}), 'alice');
});

test('the author is told they cannot review, before the 2FA setup and the form are considered', () => {
    assert.strictEqual(panelText.reviewOffer(protectedStatus({selfReview: true, myTwoFactor: 'NONE'})), 'selfReview');
    assert.strictEqual(panelText.reviewOffer(protectedStatus({selfReview: true})), 'selfReview');
});

test('a reviewer gets the review form only when nothing blocks it', () => {
    assert.strictEqual(panelText.reviewOffer(protectedStatus({})), 'form');
    assert.strictEqual(panelText.reviewOffer(protectedStatus({myTwoFactor: 'PENDING'})), 'none',
        'the setup notice is the one message');
    assert.strictEqual(panelText.reviewOffer(protectedStatus({canReview: false})), 'none');
    assert.strictEqual(panelText.reviewOffer(protectedStatus({canReview: false, selfReview: true})), 'none');
    assert.strictEqual(panelText.reviewOffer({canReview: true, approval: {requireTwoFactor: false}}), 'form');
});

test('the review button offers to change a review already given, else to add one', () => {
    assert.strictEqual(panelText.reviewButtonText({myVote: 'APPROVE'}, text), 'Change your review');
    assert.strictEqual(panelText.reviewButtonText({myVote: null}, text), 'Add your review');
});

test('workflowsFrom takes the list as an array or as {"workflows": [...]}, else none', () => {
    const list = [{id: 1, name: 'Basic Approval'}];
    assert.strictEqual(panelText.workflowsFrom(list), list);
    assert.strictEqual(panelText.workflowsFrom({workflows: list}), list);
    const none = panelText.workflowsFrom({});
    assert.ok(Array.isArray(none) && none.length === 0, JSON.stringify(none));
});

test('workflowDescription gives the chosen workflow description by the id as the select gives it', () => {
    const workflows = [{id: 1, name: 'A', description: 'Two reviewers'}, {id: 22, name: 'B', description: null}];
    assert.strictEqual(panelText.workflowDescription(workflows, '1'), 'Two reviewers');
    assert.strictEqual(panelText.workflowDescription(workflows, '22'), '', 'no description');
    assert.strictEqual(panelText.workflowDescription(workflows, '3'), '', 'not in the list');
    assert.strictEqual(panelText.workflowDescription([], ''), '');
});

test('an editor\'s selection button says the workflow\'s label, else where it moves the page', () => {
    const moveText = Object.assign({i18nMoveTo: 'Move to {0}'}, text);
    const toReview = {transitionKey: 'submit', to: {key: 'in-review', name: 'In Review'}};
    assert.strictEqual(panelText.selectionLabel(Object.assign({label: 'Submit for review'}, toReview), moveText),
        'Submit for review');
    assert.strictEqual(panelText.selectionLabel(Object.assign({label: null}, toReview), moveText), 'Move to In Review');
    assert.strictEqual(panelText.selectionLabel(toReview, moveText), 'Move to In Review');
});
