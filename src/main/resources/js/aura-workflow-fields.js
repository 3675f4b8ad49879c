/*
 * Aura Workflows - the Builder sidebar's form controls, in AUI form markup: a field group whose label, help and
 * problems are tied to its control (aria-describedby; aria-invalid only for a problem that blocks saving), text,
 * number and state inputs that report every edit, and the collapsed "Advanced" part. Each control carries
 * data-field with its definition path, which is how a problem and a summary link find it.
 *
 *   var fields = AuraWorkflows.workflowFields({text, wf: () => wf, problemsAt: (path) => [...],
 *       edited: (redraw) => ...});
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    aura.workflowFields = function (context) {
        var el = aura.dom.el;
        var fieldSeq = 0;

        /** A fresh element id: ids tie labels, help and errors to their controls, so they never repeat. */
        function nextId() {
            return 'aura-wf-field-' + (++fieldSeq);
        }

        function known(key) {
            return aura.workflowModel.stateByKey(context.wf(), key) !== null;
        }

        /** A field group with a label, the control, optional help and the problems of {@code path}. */
        function group(labelText, control, path, help) {
            var id = control.id || nextId();
            control.id = id;
            control.setAttribute('data-field', path);
            var errors = context.problemsAt(path);
            var describedBy = [];
            var helpNode = null;
            if (help) {
                helpNode = el('div', {'class': 'description', id: id + '-help', text: help});
                describedBy.push(id + '-help');
            }
            var errorNode = null;
            if (errors.length) {
                errorNode = el('div', {'class': 'error aura-wf-field-error', id: id + '-error', 'data-error-for': path});
                errors.forEach(function (p) {
                    errorNode.appendChild(el('div', {'class': p.severity === 'WARNING' ? 'aura-wf-field-warning' : '', text: p.message}));
                });
                describedBy.push(id + '-error');
                if (aura.workflowProblems.blocks(errors)) {
                    control.setAttribute('aria-invalid', 'true');
                }
            }
            if (describedBy.length) {
                control.setAttribute('aria-describedby', describedBy.join(' '));
            }
            var isCheckbox = control.type === 'checkbox';
            var label = el('label', {'for': id, text: labelText});
            return el('div', {'class': isCheckbox ? 'checkbox' : 'field-group'},
                isCheckbox ? [control, label, helpNode, errorNode] : [label, control, helpNode, errorNode]);
        }

        /** The problems of a field that has no control of its own (a list), warnings in warning style. */
        function problemBox(field, list) {
            var box = el('div', {'class': 'error aura-wf-field-error', 'data-error-for': field});
            list.forEach(function (p) {
                box.appendChild(el('div', {'class': p.severity === 'WARNING' ? 'aura-wf-field-warning' : '', text: p.message}));
            });
            return box;
        }

        function textInput(value, onInput, attrs) {
            var input = el('input', Object.assign({'class': 'text long-field', type: 'text'}, attrs || {}));
            input.value = value === null || value === undefined ? '' : value;
            input.addEventListener('input', function () {
                onInput(input.value);
                markDirty();
                drawDiagram();
            });
            return input;
        }

        function numberInput(value, onInput) {
            var input = el('input', {'class': 'text short-field', type: 'number', min: '0', step: '1', inputmode: 'numeric'});
            input.value = value === null || value === undefined ? '' : String(value);
            input.addEventListener('input', function () {
                var n = input.value === '' ? null : parseInt(input.value, 10);
                onInput(isNaN(n) ? null : n);
                context.edited(false);
            });
            return input;
        }

        function stateSelect(value, onChange, allowNone) {
            var select = el('select', {'class': 'select'});
            if (allowNone || !known(value)) {
                select.appendChild(el('option', {value: '', text: context.text.i18nNone}));
            }
            context.wf().states.forEach(function (s) {
                var option = el('option', {value: s.key, text: (s.name || s.key) + ' (' + s.key + ')'});
                select.appendChild(option);
            });
            select.value = known(value) ? value : '';
            select.addEventListener('change', function () {
                onChange(select.value);
                context.edited(true);
            });
            return select;
        }


        /**
         * The collapsed "Advanced" part of a sidebar: what most admins never need (keys, the approval options that are
         * off by default). Open from the start when {@code open} (something in it is on, or has a problem).
         */
        function advancedSection(panelId, children, open) {
            var toggle = el('button', {type: 'button', 'class': 'aui-button aui-button-subtle aura-wf-disclosure',
                'aria-expanded': open ? 'true' : 'false', 'aria-controls': panelId, text: context.text.i18nAdvanced});
            var panel = el('div', {id: panelId, 'class': 'aura-wf-advanced'}, children);
            panel.hidden = !open;
            toggle.addEventListener('click', function () {
                var opening = toggle.getAttribute('aria-expanded') !== 'true';
                toggle.setAttribute('aria-expanded', opening ? 'true' : 'false');
                panel.hidden = !opening;
            });
            return el('div', {'class': 'aura-wf-advanced-section'}, [toggle, panel]);
        }

        /** A checkbox that reports its changes. */
        function checkbox(checked, onChange, className) {
            var box = el('input', {type: 'checkbox', 'class': 'checkbox' + (className ? ' ' + className : '')});
            box.checked = !!checked;
            box.addEventListener('change', function () {
                onChange(box.checked);
                context.edited(false);
            });
            return box;
        }

        return {nextId: nextId, group: group, problemBox: problemBox, textInput: textInput, numberInput: numberInput,
            stateSelect: stateSelect, checkbox: checkbox, advancedSection: advancedSection};
    };
}(window));
