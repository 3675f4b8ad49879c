/*
 * Aura Workflows - the Workflow Builder's model: the one definition the page edits, as plain data, and every change
 * the Builder makes to it. No DOM, so the build unit-tests it with Node's own test runner (src/test/js).
 *
 * The definition is the REST definition JSON:
 *   {"name","description","initialState","states":[{"key","name","colour"}],
 *    "transitions":[{"key","type":"APPROVAL",...} | {"key","type":"SELECTION","from","to"}
 *                   | {"key","type":"PAGE_EDIT","from","to"}]}
 * normalise() fills what a loaded definition leaves out, so the views never test for missing parts; payload() is
 * what "Save workflow" sends. The server's validator is the only judge of a definition: nothing here refuses one.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var TARGETS = ['to', 'approveTo', 'rejectTo'];
    // The colour of a state that has none of its own (AUI's neutral grey).
    var DEFAULT_COLOUR = '#6b778c';

    function approval(t) {
        return {
            key: t.key || '', type: 'APPROVAL', from: t.from || '',
            approveTo: t.approveTo || '', rejectTo: t.rejectTo || '',
            reviewers: {
                users: (t.reviewers && t.reviewers.users || []).slice(),
                groups: (t.reviewers && t.reviewers.groups || []).slice()
            },
            minApprovals: t.minApprovals === undefined ? 1 : t.minApprovals,
            minRejections: t.minRejections === undefined ? 1 : t.minRejections,
            requireAll: !!t.requireAll,
            approveLabel: t.approveLabel || '', rejectLabel: t.rejectLabel || '',
            requireTwoFactor: !!t.requireTwoFactor,
            excludeAuthors: !!t.excludeAuthors
        };
    }

    /** A copy of a loaded definition with every part present: empty texts, empty reviewer lists, default thresholds. */
    function normalise(definition) {
        return {
            name: definition.name || '',
            description: definition.description || '',
            initialState: definition.initialState || '',
            states: (definition.states || []).map(function (s) {
                return {key: s.key || '', name: s.name || '', colour: s.colour || null};
            }),
            transitions: (definition.transitions || []).map(function (t) {
                if (t.type === 'APPROVAL') {
                    return approval(t);
                }
                var other = {key: t.key || '', type: t.type || 'SELECTION', from: t.from || '', to: t.to || ''};
                if (other.type === 'SELECTION') {
                    other.label = t.label || '';
                }
                return other;
            })
        };
    }

    /** The definition as "Save workflow" sends it: what is empty is null, and the Builder's own marks are left out. */
    function payload(wf) {
        return {
            name: wf.name,
            description: wf.description,
            initialState: wf.initialState || null,
            states: wf.states.map(function (s) {
                return {key: s.key, name: s.name, colour: s.colour || null};
            }),
            transitions: wf.transitions.map(function (t) {
                if (t.type !== 'APPROVAL') {
                    var other = {key: t.key, type: t.type, from: t.from || null, to: t.to || null};
                    if (t.type === 'SELECTION') {
                        other.label = t.label ? t.label.trim() || null : null;
                    }
                    return other;
                }
                return {
                    key: t.key, type: 'APPROVAL', from: t.from || null,
                    approveTo: t.approveTo || null, rejectTo: t.rejectTo || null,
                    reviewers: {users: t.reviewers.users.slice(), groups: t.reviewers.groups.slice()},
                    minApprovals: t.minApprovals, minRejections: t.minRejections, requireAll: t.requireAll,
                    approveLabel: t.approveLabel || null, rejectLabel: t.rejectLabel || null,
                    requireTwoFactor: t.requireTwoFactor,
                    excludeAuthors: !!t.excludeAuthors
                };
            })
        };
    }

    /** The first state with this key, or null. */
    function stateByKey(wf, key) {
        for (var i = 0; i < wf.states.length; i++) {
            if (wf.states[i].key === key) {
                return wf.states[i];
            }
        }
        return null;
    }

    /** "prefix-N" with the smallest N from the list's length + 1 up that no item's key has. */
    function uniqueKey(prefix, list) {
        var n = list.length + 1;
        var taken = list.map(function (item) { return item.key; });
        while (taken.indexOf(prefix + '-' + n) >= 0) {
            n++;
        }
        return prefix + '-' + n;
    }

    /** The key a name makes ("In Review" -> "in-review"), made unique among the states other than {@code self}. */
    function keyFromName(wf, name, self) {
        var base = aura.text.keyFrom(name, 'state');
        var taken = wf.states.filter(function (other) { return other !== self; }).map(function (other) {
            return other.key;
        });
        var key = base;
        for (var n = 2; taken.indexOf(key) >= 0; n++) {
            key = base.slice(0, 60) + '-' + n;
        }
        return key;
    }

    /** Renames a state's key and keeps every reference (the initial state, the transitions) pointing at it. */
    function rekeyState(wf, state, key) {
        var old = state.key;
        state.key = key;
        if (wf.initialState === old) {
            wf.initialState = key;
        }
        wf.transitions.forEach(function (t) {
            ['from'].concat(TARGETS).forEach(function (f) {
                if (t[f] === old) {
                    t[f] = key;
                }
            });
        });
    }

    /**
     * Deletes a state. Transitions out of it go with it; arrows into it are left without a target, so the validator
     * asks the admin where they should lead now. The first state left becomes initial if the deleted one was.
     */
    function deleteState(wf, index) {
        var key = wf.states[index].key;
        wf.states.splice(index, 1);
        wf.transitions = wf.transitions.filter(function (t) { return t.from !== key; });
        wf.transitions.forEach(function (t) {
            TARGETS.forEach(function (f) {
                if (t[f] === key) {
                    t[f] = '';
                }
            });
        });
        if (wf.initialState === key) {
            wf.initialState = wf.states.length ? wf.states[0].key : '';
        }
    }

    /** The key of the state after the one keyed {@code after} in the list, or '' (a new arrow's likely target). */
    function nextStateKey(wf, after) {
        for (var i = 0; i < wf.states.length; i++) {
            if (wf.states[i].key === after) {
                return wf.states[i + 1] ? wf.states[i + 1].key : '';
            }
        }
        return '';
    }

    /** Where a new transition starts: the selected state, else the initial state, else the first one. */
    function originFor(wf, selection) {
        if (selection.kind === 'state' && wf.states[selection.index]) {
            return wf.states[selection.index].key;
        }
        return wf.initialState || (wf.states[0] && wf.states[0].key) || '';
    }

    /**
     * Adds a state named {@code name} whose key follows its name until the admin types one (generatedKey), and
     * makes it initial when there is none. Returns its index.
     */
    function addState(wf, name) {
        var key = uniqueKey('state', wf.states);
        wf.states.push({key: key, name: name, colour: null, generatedKey: true});
        if (!wf.initialState) {
            wf.initialState = key;
        }
        return wf.states.length - 1;
    }

    var PREFIX = {APPROVAL: 'approval', SELECTION: 'selection', PAGE_EDIT: 'page-edit'};

    /**
     * Adds a transition of the type given from the state {@code from}: an approval or a selection leads to the next
     * state in the list, a page edit back to the initial state. An approval starts with no reviewers, one vote
     * deciding and every option off. Returns its index.
     */
    function addTransition(wf, type, from) {
        var key = uniqueKey(PREFIX[type], wf.transitions);
        var t = type === 'APPROVAL'
            ? approval({key: key, from: from, approveTo: nextStateKey(wf, from)})
            : {key: key, type: type, from: from, to: type === 'PAGE_EDIT' ? (wf.initialState || nextStateKey(wf, from))
                : nextStateKey(wf, from)};
        if (type === 'SELECTION') {
            t.label = '';
        }
        wf.transitions.push(t);
        return wf.transitions.length - 1;
    }

    /** The arrows a transition draws: an approval's approve and reject arrows, one arrow for the others. */
    function arrowsOf(t) {
        return t.type === 'APPROVAL'
            ? [{to: t.approveTo, kind: 'approve'}, {to: t.rejectTo, kind: 'reject'}]
            : [{to: t.to, kind: t.type === 'PAGE_EDIT' ? 'edit' : 'select'}];
    }

    /** Whether no transition leaves the state (the diagram marks it terminal). */
    function isTerminal(wf, state) {
        return !wf.transitions.some(function (t) { return t.from === state.key; });
    }

    aura.workflowModel = {
        DEFAULT_COLOUR: DEFAULT_COLOUR, normalise: normalise, payload: payload, stateByKey: stateByKey,
        uniqueKey: uniqueKey, keyFromName: keyFromName, rekeyState: rekeyState, deleteState: deleteState, nextStateKey: nextStateKey, originFor: originFor,
        addState: addState, addTransition: addTransition, arrowsOf: arrowsOf, isTerminal: isTerminal
    };
}(window));
