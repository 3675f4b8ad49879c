/*
 * Aura Workflows - Workflow Builder (/plugins/servlet/aura-workflows/workflows/edit): the screen's controller and its
 * sidebar. The definition it edits and every change to it are js/aura-workflow-model.js; the diagram is drawn by
 * js/aura-workflow-diagram.js; where a problem is shown is js/aura-workflow-problems.js.
 *
 * The definition is loaded from GET {restBase}/workflows/{id} (a saved one) or GET {restBase}/workflow-templates
 * (a new one) and edited in a sidebar that follows the selection. "Save workflow" POSTs or PUTs it; the server's
 * validator is the only judge, and its problems ({"field":"transitions[1].minApprovals",...}) are shown next to the
 * matching sidebar field, on the matching diagram element and in a summary.
 *
 * Vanilla JS. Every text comes from data-i18n-* attributes; user data is set with textContent or
 * attribute values only (never innerHTML).
 */
(function () {
    'use strict';

    var aura = window.AuraWorkflows;
    var model = aura.workflowModel;
    var where = aura.workflowProblems;
    var el = aura.dom.el;
    var format = aura.text.format;

    function init() {
        var root = document.getElementById('aura-wf-builder');
        if (!root || root.getAttribute('data-aura-ready') === 'true') {
            return;
        }
        root.setAttribute('data-aura-ready', 'true');
        var text = root.dataset;
        var restBase = root.getAttribute('data-rest-base');
        var canvas = document.getElementById('aura-wf-canvas');
        var form = document.getElementById('aura-wf-sidebar-form');
        var sidebarHeading = document.getElementById('aura-wf-sidebar-heading');
        var statusBox = document.getElementById('aura-wf-status');
        var summary = document.getElementById('aura-wf-summary');
        var warningsBox = document.getElementById('aura-wf-warnings');
        var dirtyLozenge = document.getElementById('aura-wf-dirty');
        var saveButton = document.getElementById('aura-wf-save');
        var heading = document.getElementById('aura-wf-heading');

        var workflowId = root.getAttribute('data-workflow-id') || null;
        var wf = null;
        var selection = {kind: 'settings'};
        var problems = [];
        var dirty = false;
        var saving = false;

        var callRest = aura.rest(restBase);

        // ---------- dirty state ----------
        function markDirty() {
            dirty = true;
            dirtyLozenge.hidden = false;
        }

        function markClean() {
            dirty = false;
            dirtyLozenge.hidden = true;
        }

        window.addEventListener('beforeunload', function (event) {
            if (dirty) {
                event.preventDefault();
                event.returnValue = text.i18nLeave;
                return text.i18nLeave;
            }
        });

        // ---------- problems ----------
        function problemsFor(field) {
            return where.problemsAt(problems, field);
        }

        /** What the summary calls the element a problem belongs to: "State: Draft", an arrow's name, or Settings. */
        function ownerLabel(owner) {
            if (owner.kind === 'state' && wf.states[owner.index]) {
                return format(text.i18nState, [wf.states[owner.index].name || wf.states[owner.index].key]);
            }
            if (owner.kind === 'transition' && wf.transitions[owner.index]) {
                var t = wf.transitions[owner.index];
                var first = model.arrowsOf(t)[0];
                return aura.workflowDiagram.transitionLabel(wf, t, first.to, first.kind, text);
            }
            return text.i18nSettings;
        }

        function renderSummary(list, box, intro) {
            aura.dom.clear(box);
            if (!list.length) {
                box.hidden = true;
                return;
            }
            box.appendChild(el('p', {'class': 'title', text: intro}));
            var ul = el('ul', {'class': 'aura-wf-problem-list'});
            list.forEach(function (p) {
                var owner = where.ownerOf(p.field);
                var link = el('a', {href: '#', 'data-problem-field': p.field, text: ownerLabel(owner) + ': ' + p.message});
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    select(owner);
                    var field = null;
                    where.focusFieldsFor(p.field).forEach(function (candidate) {
                        field = field || form.querySelector('[data-field="' + candidate + '"]');
                    });
                    if (field) {
                        field.focus();
                    }
                });
                ul.appendChild(el('li', {}, [link]));
            });
            box.appendChild(ul);
            box.hidden = false;
        }

        // ---------- diagram ----------
        function drawDiagram() {
            aura.workflowDiagram.draw(canvas, wf, {selection: selection, problems: problems, text: text, onSelect: select});
        }

        function select(target) {
            selection = target;
            drawDiagram();
            renderSidebar();
        }

        // ---------- sidebar ----------
        // username -> full name: the saved reviewers (from the server) and those picked from the suggestions
        var fullNames = {};
        var fields = aura.workflowFields({
            text: text,
            wf: function () { return wf; },
            problemsAt: problemsFor,
            edited: function (redraw) {
                markDirty();
                if (redraw) {
                    drawDiagram();
                }
            }
        });
        var reviewers = aura.workflowReviewerFields({
            text: text, callRest: callRest, fields: fields, fullNames: fullNames,
            changed: function (path, edited) {
                if (edited) {
                    markDirty();
                }
                renderSidebar();
                var again = form.querySelector('[data-field="' + path + '"]');
                if (again) {
                    again.focus();
                }
            }
        });

        function heading2(label) {
            sidebarHeading.textContent = label;
        }

        function renderSidebar() {
            aura.dom.clear(form);
            if (selection.kind === 'state' && wf.states[selection.index]) {
                renderState(selection.index);
            } else if (selection.kind === 'transition' && wf.transitions[selection.index]) {
                renderTransition(selection.index);
            } else {
                selection = {kind: 'settings'};
                renderSettings();
            }
        }

        function renderSettings() {
            heading2(text.i18nSettings);
            form.appendChild(fields.group(text.i18nName, fields.textInput(wf.name, function (v) {
                wf.name = v;
                heading.textContent = v || text.i18nSettings;
            }, {maxlength: '255', id: 'aura-wf-name'}), 'name'));
            var description = el('textarea', {'class': 'textarea long-field', rows: '3', id: 'aura-wf-description', maxlength: '2000'});
            description.value = wf.description;
            description.addEventListener('input', function () {
                wf.description = description.value;
                markDirty();
            });
            form.appendChild(fields.group(text.i18nDescription, description, 'description'));
            form.appendChild(fields.group(text.i18nInitialState, fields.stateSelect(wf.initialState, function (v) {
                wf.initialState = v;
            }, false), 'initialState'));
            ['states', 'transitions'].forEach(function (field) {
                var listProblems = problemsFor(field);
                if (listProblems.length) {
                    form.appendChild(fields.problemBox(field, listProblems));
                }
            });
        }

        function renderState(index) {
            var s = wf.states[index];
            var path = 'states[' + index + ']';
            heading2(format(text.i18nState, [s.name || s.key]));
            var keyInput = fields.textInput(s.key, function (v) {
                s.generatedKey = false; // typed by the admin: the name no longer changes it
                model.rekeyState(wf, s, v);
            }, {maxlength: '64'});
            form.appendChild(fields.group(text.i18nName, fields.textInput(s.name, function (v) {
                s.name = v;
                if (s.generatedKey) {
                    // A state added in this session takes its key from its name until the key is typed.
                    model.rekeyState(wf, s, model.keyFromName(wf, v, s));
                    keyInput.value = s.key;
                }
            }, {maxlength: '100'}), path + '.name'));
            var colour = el('input', {type: 'color', 'class': 'aura-wf-colour-input'});
            colour.value = s.colour || model.DEFAULT_COLOUR;
            colour.addEventListener('input', function () {
                s.colour = colour.value;
                markDirty();
                drawDiagram();
            });
            form.appendChild(fields.group(text.i18nColour, colour, path + '.colour'));
            form.appendChild(fields.advancedSection('aura-wf-state-advanced-' + index,
                [fields.group(text.i18nKey, keyInput, path + '.key', text.i18nKeyHelp)], problemsFor(path + '.key').length > 0));
            var remove = el('button', {type: 'button', 'class': 'aui-button aura-wf-delete-state', text: text.i18nDeleteState});
            remove.addEventListener('click', function () {
                model.deleteState(wf, index);
                problems = [];
                markDirty();
                select({kind: 'settings'});
            });
            form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [remove])]));
        }

        /** An approval's sidebar: who reviews, how many votes decide, where each outcome leads, and its options. */
        function approvalFields(t, path, index, transitionKey, keyProblem) {
            var reviewerErrors = problemsFor(path + '.reviewers');
            if (reviewerErrors.length) {
                form.appendChild(fields.problemBox(path + '.reviewers', reviewerErrors));
            }
            form.appendChild(reviewers.chipList(text.i18nUsers, t.reviewers.users, path + '.reviewers.users',
                text.i18nAddUser, 'users'));
            form.appendChild(reviewers.chipList(text.i18nGroups, t.reviewers.groups, path + '.reviewers.groups',
                text.i18nAddGroup, 'groups'));
            form.appendChild(fields.group(text.i18nMinApprovals,
                fields.numberInput(t.minApprovals, function (v) { t.minApprovals = v; }), path + '.minApprovals'));
            form.appendChild(fields.group(text.i18nMinRejections,
                fields.numberInput(t.minRejections, function (v) { t.minRejections = v; }), path + '.minRejections'));
            var all = fields.checkbox(t.requireAll, function (v) { t.requireAll = v; });
            form.appendChild(fields.group(text.i18nRequireAll, all, path + '.requireAll'));
            form.appendChild(fields.group(text.i18nApproveTo,
                fields.stateSelect(t.approveTo, function (v) { t.approveTo = v; }, true), path + '.approveTo'));
            form.appendChild(fields.group(text.i18nRejectTo,
                fields.stateSelect(t.rejectTo, function (v) { t.rejectTo = v; }, true), path + '.rejectTo'));
            form.appendChild(fields.group(text.i18nApproveLabel, fields.textInput(t.approveLabel,
                function (v) { t.approveLabel = v; }, {maxlength: '100'}), path + '.approveLabel', text.i18nLabelHelp));
            form.appendChild(fields.group(text.i18nRejectLabel, fields.textInput(t.rejectLabel,
                function (v) { t.rejectLabel = v; }, {maxlength: '100'}), path + '.rejectLabel', text.i18nLabelHelp));
            // "Advanced": collapsed unless "Require 2FA" or "exclude authors" is on (both off by default) or the key
            // has a problem; holds both toggles and the key.
            var twoFactor = fields.checkbox(t.requireTwoFactor, function (v) { t.requireTwoFactor = v; },
                'aura-wf-require-two-factor');
            var excludeAuthors = fields.checkbox(t.excludeAuthors, function (v) { t.excludeAuthors = v; },
                'aura-wf-exclude-authors');
            form.appendChild(fields.advancedSection('aura-wf-advanced-' + index, [
                fields.group(text.i18nRequireTwoFactor, twoFactor, path + '.requireTwoFactor',
                    text.i18nRequireTwoFactorHelp),
                fields.group(text.i18nExcludeAuthors, excludeAuthors, path + '.excludeAuthors',
                    text.i18nExcludeAuthorsHelp),
                transitionKey
            ], !!t.requireTwoFactor || !!t.excludeAuthors || keyProblem));
        }

        function renderTransition(index) {
            var t = wf.transitions[index];
            var path = 'transitions[' + index + ']';
            var isApproval = t.type === 'APPROVAL';
            heading2(isApproval ? text.i18nApprovalHeading
                : t.type === 'PAGE_EDIT' ? text.i18nPageEditHeading : text.i18nSelectionHeading);
            if (isApproval && t.requireTwoFactor) {
                sidebarHeading.appendChild(document.createTextNode(' '));
                sidebarHeading.appendChild(el('span', {'class': 'aui-lozenge aui-lozenge-moved aura-wf-requires-two-factor',
                    text: text.i18nRequiresTwoFactor}));
            }
            var transitionKey = fields.group(text.i18nKey, fields.textInput(t.key, function (v) { t.key = v; }, {maxlength: '64'}),
                path + '.key', text.i18nKeyHelp);
            var keyProblem = problemsFor(path + '.key').length > 0;
            if (problemsFor(path + '.type').length) {
                form.appendChild(el('div', {'class': 'error aura-wf-field-error', 'data-error-for': path + '.type', text: problemsFor(path + '.type')[0].message}));
            }
            form.appendChild(fields.group(text.i18nFrom, fields.stateSelect(t.from, function (v) { t.from = v; }, true), path + '.from'));
            if (!isApproval) {
                form.appendChild(fields.group(text.i18nTo, fields.stateSelect(t.to, function (v) { t.to = v; }, true), path + '.to'));
                if (t.type === 'SELECTION') {
                    form.appendChild(fields.group(text.i18nButtonLabel, fields.textInput(t.label,
                        function (v) { t.label = v; }, {maxlength: '100'}), path + '.label', text.i18nButtonLabelHelp));
                }
                if (t.type === 'PAGE_EDIT') {
                    form.appendChild(el('p', {'class': 'description', text: text.i18nPageEditHelp}));
                }
                form.appendChild(fields.advancedSection('aura-wf-advanced-' + index, [transitionKey], keyProblem));
            } else {
                approvalFields(t, path, index, transitionKey, keyProblem);
            }
            var remove = el('button', {type: 'button', 'class': 'aui-button aura-wf-delete-transition', text: text.i18nDeleteTransition});
            remove.addEventListener('click', function () {
                wf.transitions.splice(index, 1);
                problems = [];
                markDirty();
                select({kind: 'settings'});
            });
            form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [remove])]));
        }

        // ---------- toolbar ----------
        /** A toolbar button that adds a state or a transition, then selects it and focuses its first field. */
        function adds(buttonId, add) {
            document.getElementById(buttonId).addEventListener('click', function () {
                var added = add();
                markDirty();
                select(added);
                focusFirstField();
            });
        }

        adds('aura-wf-add-state', function () {
            return {kind: 'state', index: model.addState(wf, text.i18nNewState)};
        });
        [['aura-wf-add-approval', 'APPROVAL'], ['aura-wf-add-selection', 'SELECTION'],
            ['aura-wf-add-page-edit', 'PAGE_EDIT']].forEach(function (button) {
            adds(button[0], function () {
                return {kind: 'transition', index: model.addTransition(wf, button[1], model.originFor(wf, selection))};
            });
        });
        document.getElementById('aura-wf-show-settings').addEventListener('click', function () {
            select({kind: 'settings'});
            focusFirstField();
        });

        function focusFirstField() {
            var first = form.querySelector('input, select, textarea');
            if (first) {
                first.focus();
            }
        }

        // ---------- save ----------
        function status(message, kind) {
            statusBox.className = 'aura-wf-status' + (kind ? ' aui-message aui-message-' + kind : '');
            statusBox.textContent = message || '';
        }

        saveButton.addEventListener('click', function () {
            if (saving || !wf) {
                return;
            }
            saving = true;
            aura.setBusy(saveButton, true);
            status(text.i18nSaving);
            var request = workflowId
                ? callRest('PUT', '/workflows/' + encodeURIComponent(workflowId), model.payload(wf))
                : callRest('POST', '/workflows', model.payload(wf));
            request.then(function (result) {
                if (result.ok && result.data) {
                    workflowId = String(result.data.id);
                    root.setAttribute('data-workflow-id', workflowId);
                    if (window.history && window.history.replaceState) {
                        window.history.replaceState(null, '', root.getAttribute('data-builder-url') + '?id=' + encodeURIComponent(workflowId));
                    }
                    problems = result.data.warnings || [];
                    markClean();
                    renderSummary([], summary, '');
                    renderSummary(problems, warningsBox, text.i18nWarnings);
                    // Said once, by the flag (AUI announces it politely): a success box under the toolbar as well would
                    // repeat it.
                    status('');
                    aura.flag('success', text.i18nSaved);
                } else if (result.status === 400 && result.data && result.data.problems) {
                    problems = result.data.problems.concat(result.data.warnings || []);
                    status('');
                    renderSummary(result.data.problems, summary, text.i18nProblems);
                    renderSummary(result.data.warnings || [], warningsBox, text.i18nWarnings);
                    summary.focus();
                } else {
                    status(result.data && result.data.message ? result.data.message : text.i18nFailed, 'error');
                }
                drawDiagram();
                renderSidebar();
            }, function () {
                status(text.i18nFailed, 'error');
            }).then(function () {
                saving = false;
                aura.setBusy(saveButton, false);
            });
        });

        // ---------- load ----------
        function start(definition) {
            wf = model.normalise(definition);
            heading.textContent = wf.name || text.i18nSettings;
            markClean();
            select({kind: 'settings'});
            root.setAttribute('data-aura-loaded', 'true');
        }

        var load = workflowId
            ? callRest('GET', '/workflows/' + encodeURIComponent(workflowId)).then(function (result) {
                if (!result.ok) {
                    throw new Error('load');
                }
                return result.data;
            })
            : callRest('GET', '/workflow-templates').then(function (result) {
                var key = root.getAttribute('data-template-key');
                var found = result.ok && result.data && result.data.templates.filter(function (t) { return t.key === key; })[0];
                if (!found) {
                    throw new Error('load');
                }
                var definition = found.definition;
                definition.name = root.getAttribute('data-new-name') || definition.name;
                return definition;
            });
        load.then(function (definition) {
            // A saved workflow's chips show its reviewers as people, as picked ones do.
            Object.keys(definition.reviewerNames || {}).forEach(function (username) {
                fullNames[username] = definition.reviewerNames[username];
            });
            delete definition.reviewerNames;
            start(definition);
            if (!workflowId) {
                // A new workflow exists only in this page until it is saved.
                markDirty();
            }
        }, function () {
            aura.dom.clear(canvas);
            canvas.appendChild(el('p', {'class': 'aura-wf-error', text: text.i18nLoadFailed}));
            saveButton.disabled = true;
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
