// Unit tests of the Workflow Builder's model (js/aura-workflow-model.js) with Node's own test runner.
'use strict';
const test = require('node:test');
const {same} = require('./load-scripts');
const assert = require('node:assert');
const model = require('./load-scripts')(['aura-text.js', 'aura-workflow-model.js']).workflowModel;

function basic() {
    return model.normalise({
        name: 'Basic', initialState: 'draft',
        states: [{key: 'draft', name: 'Draft'}, {key: 'review', name: 'In review'}, {key: 'published', name: 'Published'}],
        transitions: [
            {key: 'submit', type: 'SELECTION', from: 'draft', to: 'review'},
            {key: 'approve', type: 'APPROVAL', from: 'review', approveTo: 'published', rejectTo: 'draft',
                reviewers: {users: ['alice'], groups: ['reviewers']}, requireTwoFactor: true}
        ]
    });
}

test('normalise fills every part a loaded definition leaves out, with one vote deciding by default', () => {
    const wf = model.normalise({states: [{key: 'a'}], transitions: [{type: 'APPROVAL'}, {key: 's'}]});
    same(wf.states, [{key: 'a', name: '', colour: null}]);
    assert.strictEqual(wf.name, '');
    assert.strictEqual(wf.initialState, '');
    const approval = wf.transitions[0];
    same(approval.reviewers, {users: [], groups: []});
    assert.strictEqual(approval.minApprovals, 1);
    assert.strictEqual(approval.minRejections, 1);
    assert.strictEqual(approval.requireTwoFactor, false);
    same(wf.transitions[1], {key: 's', type: 'SELECTION', from: '', to: '', label: ''});
});

test('a selection\'s button label is sent trimmed, and an empty one as null (the panel then names the state)', () => {
    const wf = basic();
    wf.transitions[0].label = '  Submit for review ';
    assert.strictEqual(model.payload(wf).transitions[0].label, 'Submit for review');
    wf.transitions[0].label = '   ';
    assert.strictEqual(model.payload(wf).transitions[0].label, null);
    const added = model.addTransition(wf, 'SELECTION', 'draft');
    assert.strictEqual(model.payload(wf).transitions[added].label, null);
    assert.strictEqual('label' in model.payload(wf).transitions[1], false, 'approvals have their own labels');
});

test('normalise keeps a threshold of zero and copies the reviewer lists instead of sharing them', () => {
    const loaded = {transitions: [{type: 'APPROVAL', minApprovals: 0, reviewers: {users: ['bob'], groups: []}}]};
    const wf = model.normalise(loaded);
    assert.strictEqual(wf.transitions[0].minApprovals, 0, 'zero is a value, not a missing one');
    wf.transitions[0].reviewers.users.push('carol');
    same(loaded.transitions[0].reviewers.users, ['bob']);
});

test('payload sends empty choices as null and leaves the Builder\'s own marks out', () => {
    const wf = basic();
    model.addState(wf, 'New state');
    wf.transitions[1].approveLabel = '';
    const sent = model.payload(wf);
    same(sent.states[3], {key: 'state-4', name: 'New state', colour: null}, 'no generatedKey');
    assert.strictEqual(sent.transitions[1].approveLabel, null);
    assert.strictEqual(sent.transitions[1].requireTwoFactor, true);
    same(sent.transitions[1].reviewers, {users: ['alice'], groups: ['reviewers']});
    wf.initialState = '';
    assert.strictEqual(model.payload(wf).initialState, null);
});

test('a state renamed by key keeps the initial state and every transition pointing at it', () => {
    const wf = basic();
    model.rekeyState(wf, wf.states[0], 'drafting');
    assert.strictEqual(wf.initialState, 'drafting');
    assert.strictEqual(wf.transitions[0].from, 'drafting');
    assert.strictEqual(wf.transitions[1].rejectTo, 'drafting');
    assert.strictEqual(wf.transitions[1].approveTo, 'published', 'other references stay');
});

test('a key made from a name is unique among the other states and never clashes with the state itself', () => {
    const wf = basic();
    assert.strictEqual(model.keyFromName(wf, 'In Review', null), 'in-review');
    wf.states[1].key = 'in-review';
    assert.strictEqual(model.keyFromName(wf, 'In Review', null), 'in-review-2');
    assert.strictEqual(model.keyFromName(wf, 'In Review', wf.states[1]), 'in-review', 'its own key is not taken');
    assert.strictEqual(model.keyFromName(wf, '***', null), 'state', 'nothing left of the name');
});

test('deleting a state removes the transitions out of it and leaves the arrows into it without a target', () => {
    const wf = basic();
    model.deleteState(wf, 1);
    same(wf.states.map((s) => s.key), ['draft', 'published']);
    same(wf.transitions.map((t) => t.key), ['submit']);
    assert.strictEqual(wf.transitions[0].to, '', 'the validator asks where it should lead now');
});

test('deleting the initial state makes the first state left initial, or none', () => {
    const wf = basic();
    model.deleteState(wf, 0);
    assert.strictEqual(wf.initialState, 'review');
    model.deleteState(wf, 0);
    model.deleteState(wf, 0);
    assert.strictEqual(wf.initialState, '');
});

test('a new state gets the next free key, becomes initial only when there is none, and follows its name', () => {
    const wf = basic();
    assert.strictEqual(model.addState(wf, 'New state'), 3);
    same(wf.states[3], {key: 'state-4', name: 'New state', colour: null, generatedKey: true});
    assert.strictEqual(wf.initialState, 'draft');
    const empty = model.normalise({});
    model.addState(empty, 'First');
    assert.strictEqual(empty.initialState, 'state-1');
});

test('a new transition starts at the selected state and leads to the next one; a page edit leads back to the start', () => {
    const wf = basic();
    const from = model.originFor(wf, {kind: 'state', index: 1});
    assert.strictEqual(from, 'review');
    const a = wf.transitions[model.addTransition(wf, 'APPROVAL', from)];
    same([a.key, a.from, a.approveTo, a.rejectTo, a.minApprovals, a.requireTwoFactor],
        ['approval-3', 'review', 'published', '', 1, false]);
    const s = wf.transitions[model.addTransition(wf, 'SELECTION', 'published')];
    same([s.key, s.to], ['selection-4', ''], 'the last state has no next one');
    const e = wf.transitions[model.addTransition(wf, 'PAGE_EDIT', 'published')];
    same([e.key, e.type, e.to], ['page-edit-5', 'PAGE_EDIT', 'draft']);
});

test('a new transition starts at the initial state when nothing or a transition is selected', () => {
    const wf = basic();
    assert.strictEqual(model.originFor(wf, {kind: 'settings'}), 'draft');
    assert.strictEqual(model.originFor(wf, {kind: 'transition', index: 0}), 'draft');
    wf.initialState = '';
    assert.strictEqual(model.originFor(wf, {kind: 'settings'}), 'draft', 'else the first state');
    assert.strictEqual(model.originFor(model.normalise({}), {kind: 'settings'}), '');
});

test('uniqueKey skips keys already taken', () => {
    assert.strictEqual(model.uniqueKey('approval', [{key: 'approval-2'}]), 'approval-3');
    assert.strictEqual(model.uniqueKey('approval', [{key: 'x'}]), 'approval-2');
    assert.strictEqual(model.uniqueKey('state', []), 'state-1');
});

test('an approval draws an approve and a reject arrow, the other kinds one arrow each', () => {
    const wf = basic();
    same(model.arrowsOf(wf.transitions[1]),
        [{to: 'published', kind: 'approve'}, {to: 'draft', kind: 'reject'}]);
    same(model.arrowsOf(wf.transitions[0]), [{to: 'review', kind: 'select'}]);
    same(model.arrowsOf({type: 'PAGE_EDIT', to: 'draft'}), [{to: 'draft', kind: 'edit'}]);
    assert.strictEqual(model.isTerminal(wf, wf.states[2]), true);
    assert.strictEqual(model.isTerminal(wf, wf.states[0]), false);
});
