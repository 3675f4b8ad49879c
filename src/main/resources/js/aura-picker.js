/*
 * Aura Workflows - the type-ahead picker every screen shares (the "Add 2FA users" search, the Builder's user and
 * group pickers): an ARIA 1.2 combobox over a listbox, as AUI's pickers behave.
 *
 *   var picker = AuraWorkflows.picker({
 *       input: <input role="combobox" aria-controls="LIST_ID">, list: <ul role="listbox">, status: live region,
 *       idPrefix: 'aura-x-option-', minQuery: 2, delayMs: 250,
 *       search: function (query) { return promise of {items: [...], more: bool} or {error: message} },
 *               (AuraWorkflows.picker.restSearch makes one over a REST search)
 *       choose: function (item) { ... },
 *       enterTyped: function (text) { ... },  // optional: Enter with no suggestion to choose takes the text as typed
 *       text: {searching, noResults, moreResults, minQuery, failed}
 *   });
 *   picker.close();  // e.g. when the surrounding dialog closes
 *
 * An item is {label, detail (e.g. e-mail), marker (a lozenge, e.g. "Inactive"), disabled, attributes: {name: value}}.
 * Typing searches after a pause (an answer for older text is ignored); ArrowDown/ArrowUp move, Enter chooses (the
 * only result, when there is one; it never submits a form), Escape closes the suggestions (and stops there, so the first Escape in a dialog
 * does not also close the dialog), a click chooses. Nothing the server sends is put in as HTML.
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};

    aura.picker = function (options) {
        var input = options.input;
        var list = options.list;
        var status = options.status;
        var text = options.text;
        var minQuery = options.minQuery || 1;
        var items = [];
        var activeIndex = -1;
        var timer = null;
        var sequence = 0;

        input.setAttribute('role', 'combobox');
        input.setAttribute('aria-autocomplete', 'list');
        input.setAttribute('aria-expanded', 'false');
        input.setAttribute('aria-controls', list.id);
        input.setAttribute('autocomplete', 'off');
        list.setAttribute('role', 'listbox');

        function say(message) {
            if (status) {
                status.textContent = message || '';
            }
        }

        function close() {
            list.textContent = '';
            list.hidden = true;
            items = [];
            activeIndex = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function setActive(index) {
            var shown = list.querySelectorAll('[role="option"]');
            Array.prototype.forEach.call(shown, function (option, i) {
                option.classList.toggle('aura-picker-option-active', i === index);
                option.setAttribute('aria-selected', i === index ? 'true' : 'false');
            });
            activeIndex = index;
            if (index >= 0 && shown[index]) {
                input.setAttribute('aria-activedescendant', shown[index].id);
                shown[index].scrollIntoView({block: 'nearest'});
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function choose(index) {
            var item = items[index];
            if (!item || item.disabled) {
                return;
            }
            input.value = '';
            close();
            say('');
            options.choose(item);
        }

        function span(className, value) {
            var node = document.createElement('span');
            node.className = className;
            node.textContent = value;
            return node;
        }

        function render(found, more) {
            close();
            items = found;
            found.forEach(function (item, index) {
                var li = document.createElement('li');
                li.id = options.idPrefix + index;
                li.setAttribute('role', 'option');
                li.setAttribute('aria-selected', 'false');
                li.className = 'aura-picker-option';
                Object.keys(item.attributes || {}).forEach(function (name) {
                    li.setAttribute(name, item.attributes[name]);
                });
                li.appendChild(span('aura-picker-option-label', item.label));
                if (item.detail) {
                    li.appendChild(span('aura-picker-option-detail', item.detail));
                }
                if (item.marker) {
                    li.appendChild(span('aui-lozenge aura-picker-option-marker', item.marker));
                }
                if (item.disabled) {
                    li.setAttribute('aria-disabled', 'true');
                }
                // mousedown keeps the focus in the input; click chooses.
                li.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                });
                li.addEventListener('click', function () {
                    choose(index);
                });
                list.appendChild(li);
            });
            var open = found.length > 0;
            list.hidden = !open;
            input.setAttribute('aria-expanded', open ? 'true' : 'false');
            say(!open ? text.noResults : more ? text.moreResults : '');
        }

        function search(query) {
            var mine = ++sequence;
            say(text.searching);
            Promise.resolve(options.search(query)).then(function (answer) {
                if (mine !== sequence) {
                    return; // a newer search was started: ignore this answer
                }
                // {error: message} with or without a message (then the picker's own "failed" text)
                if (!answer || Object.prototype.hasOwnProperty.call(answer, 'error')) {
                    close();
                    say(answer && answer.error ? answer.error : text.failed);
                    return;
                }
                render(answer.items || [], answer.more === true);
            }, function () {
                if (mine === sequence) {
                    close();
                    say(text.failed);
                }
            });
        }

        input.addEventListener('input', function () {
            var query = input.value.trim();
            window.clearTimeout(timer);
            if (query.length < minQuery) {
                sequence++; // an answer still on its way is for older text: ignore it
                close();
                say(query.length > 0 ? text.minQuery : '');
                return;
            }
            timer = window.setTimeout(function () {
                search(query);
            }, options.delayMs || 250);
        });

        input.addEventListener('keydown', function (event) {
            var count = items.length;
            if (event.key === 'ArrowDown' && count) {
                event.preventDefault();
                setActive(activeIndex < count - 1 ? activeIndex + 1 : 0);
            } else if (event.key === 'ArrowUp' && count) {
                event.preventDefault();
                setActive(activeIndex > 0 ? activeIndex - 1 : count - 1);
            } else if (event.key === 'Enter') {
                event.preventDefault(); // a combobox's Enter picks; it never submits the surrounding form
                if (activeIndex >= 0) {
                    choose(activeIndex);
                } else if (count === 1) {
                    choose(0);
                } else if (options.enterTyped && input.value.trim()) {
                    var typed = input.value.trim();
                    close();
                    options.enterTyped(typed);
                }
            } else if (event.key === 'Escape' && !list.hidden) {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });

        input.addEventListener('blur', function () {
            window.setTimeout(close, 150);
        });

        close();
        return {
            close: function () {
                window.clearTimeout(timer);
                sequence++;
                close();
            }
        };
    };

    /**
     * A picker's search over one of the app's REST searches: GET {path}?q=&limit=, the body's array under {field}
     * mapped to items by {toItem} and its moreResults passed on; a refusal is {error: its message, if any}.
     */
    aura.picker.restSearch = function (callRest, path, field, limit, toItem) {
        return function (query) {
            return callRest('GET', path + '?q=' + encodeURIComponent(query) + '&limit=' + limit).then(function (result) {
                if (!result.ok || !result.data) {
                    return {error: result.data && result.data.message ? result.data.message : undefined};
                }
                return {items: (result.data[field] || []).map(toItem), more: result.data.moreResults === true};
            });
        };
    };
}());
