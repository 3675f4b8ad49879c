// Unit tests of where the Builder shows a validator problem (js/aura-workflow-problems.js).
'use strict';
const test = require('node:test');
const {same} = require('./load-scripts');
const assert = require('node:assert');
const where = require('./load-scripts')(['aura-workflow-problems.js']).workflowProblems;

test('a field path belongs to its state, its transition or the settings', () => {
    same(where.ownerOf('states[2].key'), {kind: 'state', index: 2});
    same(where.ownerOf('transitions[10].reviewers.users[0]'), {kind: 'transition', index: 10});
    same(where.ownerOf('name'), {kind: 'settings'});
    same(where.ownerOf('states'), {kind: 'settings'}, 'the list as a whole is a setting');
});

test('a problem about one reviewer is shown at its reviewer list, the others at their own field', () => {
    assert.strictEqual(where.fieldFor('transitions[1].reviewers.users[3]'), 'transitions[1].reviewers.users');
    assert.strictEqual(where.fieldFor('transitions[1].reviewers.groups[0]'), 'transitions[1].reviewers.groups');
    assert.strictEqual(where.fieldFor('transitions[1].minApprovals'), 'transitions[1].minApprovals');
    assert.strictEqual(where.fieldFor('transitions[1].reviewers'), 'transitions[1].reviewers');
});

test('the summary link focuses the reviewer list, else the reviewers block', () => {
    same(where.focusFieldsFor('transitions[0].reviewers.users[1]'),
        ['transitions[0].reviewers.users', 'transitions[0].reviewers']);
    same(where.focusFieldsFor('name'), ['name']);
});

test('problems are gathered per field and per diagram element, and only errors make a field invalid', () => {
    const problems = [
        {field: 'transitions[0].reviewers.users[0]', severity: 'ERROR', message: 'unknown'},
        {field: 'transitions[0].reviewers.users[2]', severity: 'ERROR', message: 'unknown too'},
        {field: 'transitions[1].minApprovals', severity: 'WARNING', message: 'cannot be reached'}
    ];
    same(where.problemsAt(problems, 'transitions[0].reviewers.users').map((p) => p.message),
        ['unknown', 'unknown too']);
    same(where.problemsAt(problems, 'transitions[0].reviewers.groups'), []);
    assert.strictEqual(where.ownerHasProblem(problems, 'transition', 1), true);
    assert.strictEqual(where.ownerHasProblem(problems, 'transition', 2), false);
    assert.strictEqual(where.ownerHasProblem(problems, 'state', 0), false);
    assert.strictEqual(where.blocks(where.problemsAt(problems, 'transitions[1].minApprovals')), false);
    assert.strictEqual(where.blocks(problems), true);
});
