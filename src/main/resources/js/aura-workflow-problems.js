/*
 * Aura Workflows - where the Builder shows each problem the server's validator reports. A problem names the field it
 * is about as a path into the definition ("transitions[1].minApprovals", "states[0].key", "name"); this module maps
 * the path to its owner (settings, a state, a transition: what the summary names and the diagram marks) and to the
 * sidebar field it is shown at. No DOM, so the build unit-tests it (src/test/js).
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    /** The element a field path belongs to: {kind:'state'|'transition', index}, or {kind:'settings'}. */
    function ownerOf(field) {
        var m = /^states\[(\d+)\]/.exec(field);
        if (m) {
            return {kind: 'state', index: +m[1]};
        }
        m = /^transitions\[(\d+)\]/.exec(field);
        if (m) {
            return {kind: 'transition', index: +m[1]};
        }
        return {kind: 'settings'};
    }

    /**
     * The sidebar field a problem is shown at: one reviewer entry ("...reviewers.users[2]") belongs to its list,
     * since a chip has no input of its own.
     */
    function fieldFor(path) {
        return path.replace(/\.reviewers\.(users|groups)\[\d+\]$/, '.reviewers.$1');
    }

    /** The fields to focus for a problem, best first: its own field, then the reviewers block it is part of. */
    function focusFieldsFor(path) {
        var field = fieldFor(path);
        var block = field.replace(/\.(users|groups)$/, '');
        return block === field ? [field] : [field, block];
    }

    /** The problems shown at one sidebar field. */
    function problemsAt(problems, field) {
        return problems.filter(function (p) {
            return fieldFor(p.field) === field;
        });
    }

    /** Whether any problem belongs to the state or transition with this index (its diagram element is marked). */
    function ownerHasProblem(problems, kind, index) {
        return problems.some(function (p) {
            var owner = ownerOf(p.field);
            return owner.kind === kind && owner.index === index;
        });
    }

    /** Whether a field has a problem that blocks saving (warnings do not make a field invalid). */
    function blocks(problems) {
        return problems.some(function (p) { return p.severity !== 'WARNING'; });
    }

    aura.workflowProblems = {ownerOf: ownerOf, fieldFor: fieldFor, focusFieldsFor: focusFieldsFor,
        problemsAt: problemsAt, ownerHasProblem: ownerHasProblem, blocks: blocks};
}(window));
