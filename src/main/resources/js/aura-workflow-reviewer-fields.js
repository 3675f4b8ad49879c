/*
 * Aura Workflows - the Builder's reviewer fields: the users and the groups of an approval as chips, with a type-ahead
 * picker (js/aura-picker.js) to add one. Users show as people ("Alice Archer (alice)") when their full name is known:
 * the saved ones from the server, the picked ones from the suggestions.
 *
 *   var reviewers = AuraWorkflows.workflowReviewerFields({text, callRest, fields, fullNames,
 *       changed: (path, edited) => ...});
 *   form.appendChild(reviewers.chipList(label, transition.reviewers.users, path, addLabel, 'users'));
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};

    aura.workflowReviewerFields = function (context) {
        var el = aura.dom.el;
        var text = context.text;

        /** "Alice Archer (alice)" for a user whose full name is known (saved or picked), else the name itself. */
        function chipLabel(name, kind) {
            return kind === 'users' && context.fullNames[name] ? context.fullNames[name] + ' (' + name + ')' : name;
        }

        /**
         * The type-ahead of a reviewer field (js/aura-picker.js): users by name, username, last name or e-mail (the
         * directory search of "Add 2FA users", at least 2 characters), groups by the start of their name.
         */
        function reviewerPicker(input, list, status, kind, pick, typed) {
            var users = kind === 'users';
            return aura.picker({
                input: input, list: list, status: status, idPrefix: list.id + '-option-', minQuery: users ? 2 : 1,
                delayMs: 250,
                text: {searching: text.i18nPickerSearching, noResults: users ? text.i18nPickerNoUsers
                    : text.i18nPickerNoGroups, moreResults: text.i18nPickerMore, minQuery: text.i18nPickerMinQuery,
                    failed: text.i18nPickerFailed},
                search: users
                    ? aura.picker.restSearch(context.callRest, '/2fa/user-search', 'users', 10, function (user) {
                        return {label: user.fullName || user.username, detail: user.username, value: user.username,
                            fullName: user.fullName, disabled: !user.active,
                            marker: user.active ? '' : text.i18nPickerInactive, attributes: {'data-value': user.username}};
                    })
                    : aura.picker.restSearch(context.callRest, '/group-search', 'groups', 10, function (group) {
                        return {label: group, value: group, attributes: {'data-value': group}};
                    }),
                choose: pick,
                enterTyped: typed
            });
        }

        /**
         * A reviewer list as chips with a remove button each, and the field that adds one (picked from the
         * suggestions, or typed: the save refuses a name the directory does not know, at this field). A name already
         * in the list, in any case, is not added twice.
         */
        function chipList(labelText, names, path, addLabel, kind) {
            var listId = context.fields.nextId();
            var wrapper = el('fieldset', {'class': 'group aura-wf-chips-group'});
            wrapper.appendChild(el('legend', {}, [el('span', {text: labelText})]));
            var ul = el('ul', {'class': 'aura-wf-chips', id: listId, 'aria-label': labelText});
            names.forEach(function (name, i) {
                var remove = el('button', {type: 'button', 'class': 'aura-wf-chip-remove',
                    'aria-label': aura.text.format(text.i18nRemove, [chipLabel(name, kind)]), text: '\u00d7'});
                remove.addEventListener('click', function () {
                    names.splice(i, 1);
                    context.changed(path, true);
                });
                ul.appendChild(el('li', {'class': 'aura-wf-chip aui-label', 'data-name': name},
                    [el('span', {text: chipLabel(name, kind)}), remove]));
            });
            wrapper.appendChild(ul);
            var input = el('input', {'class': 'text medium-field', type: 'text', maxlength: '255', autocomplete: 'off'});
            var add = el('button', {type: 'button', 'class': 'aui-button', text: text.i18nAdd});
            var suggestions = el('ul', {'class': 'aura-picker-results aura-wf-picker-results', id: listId + '-results',
                'aria-label': addLabel, hidden: true});
            var status = el('div', {'class': 'aura-wf-muted', role: 'status', 'aria-live': 'polite'});
            function addName(picked) {
                var value = picked ? picked.value : input.value.trim();
                if (!value) {
                    return;
                }
                if (picked && picked.fullName) {
                    context.fullNames[picked.value] = picked.fullName;
                }
                var added = names.map(function (n) { return n.toLowerCase(); }).indexOf(value.toLowerCase()) < 0;
                if (added) {
                    names.push(value);
                }
                context.changed(path, added);
            }
            add.addEventListener('click', function () {
                addName(null);
            });
            var fieldGroup = context.fields.group(addLabel, input, path);
            fieldGroup.insertBefore(add, fieldGroup.children[2] || null);
            fieldGroup.appendChild(suggestions);
            fieldGroup.appendChild(status);
            // Enter chooses a suggestion; with none to choose it adds the name as typed (the save checks it).
            reviewerPicker(input, suggestions, status, kind, addName, function () {
                addName(null);
            });
            wrapper.appendChild(fieldGroup);
            return wrapper;
        }

        return {chipList: chipList};
    };
}(window));
