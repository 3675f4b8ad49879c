/*
 * Aura Workflows - Workflow Builder (/plugins/servlet/aura-workflows/workflows/edit).
 *
 * The page holds one definition in memory, in the REST definition JSON:
 *   {"name","description","initialState","states":[{"key","name","colour"}],
 *    "transitions":[{"key","type":"APPROVAL",...} | {"key","type":"SELECTION","from","to"}
 *                   | {"key","type":"PAGE_EDIT","from","to"}]}
 * loaded from GET {restBase}/workflows/{id} or GET {restBase}/workflow-templates, drawn as an SVG
 * diagram (states as boxes in left-to-right layers, transitions as arrows with an icon per kind) and
 * edited in a sidebar that follows the selection. "Save workflow" POSTs or PUTs it; the server's
 * validator is the only judge, and its problems ({"field":"transitions[1].minApprovals",...}) are
 * shown next to the matching sidebar field, on the matching diagram element and in a summary.
 *
 * Vanilla JS. Every text comes from data-i18n-* attributes; user data is set with textContent or
 * attribute values only (never innerHTML).
 */
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var BOX_W = 136;
    var BOX_H = 52;
    var COL_GAP = 84;
    var ROW_GAP = 56;
    var MARGIN = 20;
    var DEFAULT_COLOUR = '#6b778c';

    var format = window.AuraWorkflows.text.format;

    function el(tag, attrs, children) {
        var node = document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (name) {
            if (name === 'text') {
                node.textContent = attrs.text;
            } else if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== false) {
                node.setAttribute(name, attrs[name] === true ? '' : attrs[name]);
            }
        });
        (children || []).forEach(function (child) {
            if (child) {
                node.appendChild(child);
            }
        });
        return node;
    }

    function svg(tag, attrs) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attrs || {}).forEach(function (name) {
            node.setAttribute(name, attrs[name]);
        });
        return node;
    }

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

        // ---------- REST ----------
        var callRest = window.AuraWorkflows.rest(restBase);

        // ---------- model helpers ----------
        function stateByKey(key) {
            for (var i = 0; i < wf.states.length; i++) {
                if (wf.states[i].key === key) {
                    return wf.states[i];
                }
            }
            return null;
        }

        function stateName(key) {
            var state = stateByKey(key);
            return state ? (state.name || state.key) : (key || text.i18nNone);
        }

        function uniqueKey(prefix, list) {
            var n = list.length + 1;
            var taken = list.map(function (item) { return item.key; });
            while (taken.indexOf(prefix + '-' + n) >= 0) {
                n++;
            }
            return prefix + '-' + n;
        }

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
                            // Kept as loaded: the builder does not offer the 2FA switch yet.
                            requireTwoFactor: !!t.requireTwoFactor,
                            excludeAuthors: !!t.excludeAuthors
                        };
                    }
                    return {key: t.key || '', type: t.type || 'SELECTION', from: t.from || '', to: t.to || ''};
                })
            };
        }

        function payload() {
            return {
                name: wf.name,
                description: wf.description,
                initialState: wf.initialState || null,
                states: wf.states.map(function (s) {
                    return {key: s.key, name: s.name, colour: s.colour || null};
                }),
                transitions: wf.transitions.map(function (t) {
                    if (t.type !== 'APPROVAL') {
                        return {key: t.key, type: t.type, from: t.from || null, to: t.to || null};
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
        /** Which element a field path belongs to: settings, a state index or a transition index. */
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

        /** The sidebar field a problem is shown next to: reviewer entries belong to the reviewer lists. */
        function fieldFor(path) {
            return path.replace(/\.reviewers\.(users|groups)\[\d+\]$/, '.reviewers.$1');
        }

        function problemsFor(field) {
            return problems.filter(function (p) {
                return fieldFor(p.field) === field;
            });
        }

        function ownerHasProblem(kind, index) {
            return problems.some(function (p) {
                var owner = ownerOf(p.field);
                return owner.kind === kind && owner.index === index;
            });
        }

        function ownerLabel(owner) {
            if (owner.kind === 'state' && wf.states[owner.index]) {
                return format(text.i18nState, [wf.states[owner.index].name || wf.states[owner.index].key]);
            }
            if (owner.kind === 'transition' && wf.transitions[owner.index]) {
                var t = wf.transitions[owner.index];
                return transitionLabel(t, t.type === 'APPROVAL' ? t.approveTo : t.to, t.type === 'APPROVAL' ? 'approve' : arrowKind(t));
            }
            return text.i18nSettings;
        }

        function renderSummary(list, box, intro) {
            while (box.firstChild) {
                box.removeChild(box.firstChild);
            }
            if (!list.length) {
                box.hidden = true;
                return;
            }
            box.appendChild(el('p', {'class': 'title', text: intro}));
            var ul = el('ul', {'class': 'aura-wf-problem-list'});
            list.forEach(function (p) {
                var owner = ownerOf(p.field);
                var link = el('a', {href: '#', 'data-problem-field': p.field, text: ownerLabel(owner) + ': ' + p.message});
                link.addEventListener('click', function (event) {
                    event.preventDefault();
                    select(owner);
                    var field = form.querySelector('[data-field="' + fieldFor(p.field) + '"]')
                        || form.querySelector('[data-field="' + fieldFor(p.field).replace(/\.(users|groups)$/, '') + '"]');
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
        function layout() {
            var layer = {};
            var order = [];
            var start = stateByKey(wf.initialState) ? wf.initialState : (wf.states[0] && wf.states[0].key);
            if (start !== undefined && start !== null && start !== '') {
                layer[start] = 0;
                order.push(start);
            }
            // Breadth-first from the initial state: a state's column is its distance from the start.
            for (var i = 0; i < order.length; i++) {
                var from = order[i];
                wf.transitions.forEach(function (t) {
                    if (t.from !== from) {
                        return;
                    }
                    var targets = t.type === 'APPROVAL' ? [t.approveTo, t.rejectTo] : [t.to];
                    targets.forEach(function (to) {
                        if (to && stateByKey(to) && layer[to] === undefined) {
                            layer[to] = layer[from] + 1;
                            order.push(to);
                        }
                    });
                });
            }
            var maxLayer = 0;
            Object.keys(layer).forEach(function (k) { maxLayer = Math.max(maxLayer, layer[k]); });
            var rows = {};
            var positions = [];
            wf.states.forEach(function (s, index) {
                // Unreachable states (and duplicate keys) go in a column of their own after the rest.
                var column = (layer[s.key] !== undefined && !positions.some(function (p) { return p.key === s.key; }))
                    ? layer[s.key] : maxLayer + 1;
                rows[column] = (rows[column] || 0) + 1;
                positions.push({
                    key: s.key, index: index, column: column, row: rows[column] - 1,
                    x: MARGIN + column * (BOX_W + COL_GAP), y: MARGIN + (rows[column] - 1) * (BOX_H + ROW_GAP)
                });
            });
            return positions;
        }

        function icon(kind, cx, cy) {
            var g = svg('g', {'class': 'aura-wf-icon aura-wf-icon-' + kind, 'aria-hidden': 'true'});
            g.appendChild(svg('circle', {cx: cx, cy: cy, r: 10}));
            var path;
            if (kind === 'approve') {
                path = 'M' + (cx - 5) + ' ' + cy + ' l3.5 3.5 l6.5 -7';
            } else if (kind === 'reject') {
                path = 'M' + (cx - 4) + ' ' + (cy - 4) + ' l8 8 M' + (cx + 4) + ' ' + (cy - 4) + ' l-8 8';
            } else if (kind === 'edit') {
                // Pencil: a slanted body with its tip at the lower left.
                path = 'M' + (cx - 5) + ' ' + (cy + 5) + ' l1.5 -4.5 l6.5 -6.5 l3 3 l-6.5 6.5 z M' + (cx + 1) + ' '
                    + (cy - 4) + ' l3 3';
            } else {
                // Split arrow: one stem forking into two arrow heads.
                path = 'M' + (cx - 6) + ' ' + cy + ' h4 l5 -4 M' + (cx - 2) + ' ' + cy + ' l5 4'
                    + ' M' + (cx + 1) + ' ' + (cy - 5) + ' h3 v3 M' + (cx + 1) + ' ' + (cy + 5) + ' h3 v-3';
            }
            g.appendChild(svg('path', {d: path}));
            return g;
        }

        /** A small padlock (shackle and body) centred at x, y: the step requires 2FA. */
        function lock(x, y) {
            var g = svg('g', {'class': 'aura-wf-lock', 'aria-hidden': 'true'});
            g.appendChild(svg('path', {d: 'M' + (x - 3) + ' ' + (y - 1) + ' v-2.5 a3 3 0 0 1 6 0 v2.5'}));
            g.appendChild(svg('rect', {x: x - 5, y: y - 1, width: 10, height: 7, rx: 1.5}));
            return g;
        }

        /** The arrow kind of a selection or page-edit transition (approvals draw an approve and a reject arrow). */
        function arrowKind(t) {
            return t.type === 'PAGE_EDIT' ? 'edit' : 'select';
        }

        function transitionLabel(t, to, kind) {
            var pattern = kind === 'approve' ? text.i18nApproval : kind === 'reject' ? text.i18nRejection
                : kind === 'edit' ? text.i18nPageEdit : text.i18nSelection;
            return format(pattern, [stateName(t.from), stateName(to)]);
        }

        function drawDiagram() {
            var positions = layout();
            var byKey = {};
            positions.forEach(function (p) {
                if (byKey[p.key] === undefined) {
                    byKey[p.key] = p;
                }
            });
            var width = MARGIN * 2 + BOX_W;
            var height = MARGIN * 2 + BOX_H;
            positions.forEach(function (p) {
                width = Math.max(width, p.x + BOX_W + MARGIN);
                height = Math.max(height, p.y + BOX_H + MARGIN);
            });
            height += 60; // room for arrows that loop back below the boxes
            var root = svg('svg', {
                'class': 'aura-wf-diagram', width: width, height: height,
                viewBox: '0 0 ' + width + ' ' + height, role: 'group', 'aria-label': text.i18nDiagram
            });
            var defs = svg('defs');
            ['approve', 'reject', 'select', 'edit'].forEach(function (kind) {
                var marker = svg('marker', {
                    id: 'aura-wf-arrow-' + kind, viewBox: '0 0 10 10', refX: 9, refY: 5,
                    // User-space units: the arrow head keeps its size when a selected edge is drawn thicker.
                    markerUnits: 'userSpaceOnUse', markerWidth: 12, markerHeight: 12, orient: 'auto-start-reverse'
                });
                marker.appendChild(svg('path', {d: 'M0 0 L10 5 L0 10 z', 'class': 'aura-wf-marker-' + kind}));
                defs.appendChild(marker);
            });
            root.appendChild(defs);

            // Arrows first, so the boxes are drawn over their ends.
            var pairCount = {};
            wf.transitions.forEach(function (t, index) {
                var arrows = t.type === 'APPROVAL'
                    ? [{to: t.approveTo, kind: 'approve'}, {to: t.rejectTo, kind: 'reject'}]
                    : [{to: t.to, kind: arrowKind(t)}];
                arrows.forEach(function (arrow) {
                    var a = byKey[t.from];
                    var b = byKey[arrow.to];
                    if (!a || !b) {
                        return; // a dangling transition is reported by the validator and listed in the sidebar
                    }
                    var pair = t.from + '\u0000' + arrow.to;
                    var nth = pairCount[pair] = (pairCount[pair] || 0) + 1;
                    var d;
                    var mid;
                    if (a === b) {
                        var lx = a.x + BOX_W - 20;
                        d = 'M' + lx + ' ' + a.y + ' c 0 -40, 40 -40, 20 0';
                        mid = {x: lx + 15, y: a.y - 30};
                    } else if (b.column > a.column) {
                        var x1 = a.x + BOX_W, y1 = a.y + BOX_H / 2 + (nth - 1) * 10 - 5;
                        var x2 = b.x, y2 = b.y + BOX_H / 2 + (nth - 1) * 10 - 5;
                        var bend = (nth - 1) * 24;
                        d = 'M' + x1 + ' ' + y1 + ' C ' + (x1 + 50) + ' ' + (y1 - bend) + ', ' + (x2 - 50) + ' ' + (y2 - bend) + ', ' + x2 + ' ' + y2;
                        mid = {x: (x1 + x2) / 2, y: (y1 + y2) / 2 - bend * 0.75};
                    } else {
                        // Backwards (or within one column): loop below the boxes.
                        var sx = a.x + BOX_W / 2 + 12 * (nth - 1), sy = a.y + BOX_H;
                        var tx = b.x + BOX_W / 2 + 12 * (nth - 1), ty = b.y + BOX_H;
                        var depth = 48 + 14 * (nth - 1);
                        d = 'M' + sx + ' ' + sy + ' C ' + sx + ' ' + (Math.max(sy, ty) + depth) + ', ' + tx + ' ' + (Math.max(sy, ty) + depth) + ', ' + tx + ' ' + ty;
                        mid = {x: (sx + tx) / 2, y: Math.max(sy, ty) + depth * 0.75};
                    }
                    var selected = selection.kind === 'transition' && selection.index === index;
                    var g = svg('g', {
                        'class': 'aura-wf-transition aura-wf-transition-' + arrow.kind + (selected ? ' is-selected' : '')
                            + (ownerHasProblem('transition', index) ? ' has-problem' : ''),
                        tabindex: 0, role: 'button', 'aria-pressed': selected ? 'true' : 'false',
                        'aria-label': transitionLabel(t, arrow.to, arrow.kind),
                        'data-transition-index': index, 'data-transition-key': t.key, 'data-arrow': arrow.kind
                    });
                    // A protected step shows at a glance: a lock on its approve and reject arrows, and in their names.
                    var locked = t.type === 'APPROVAL' && t.requireTwoFactor;
                    var name = transitionLabel(t, arrow.to, arrow.kind) + (locked ? ' (' + text.i18nRequiresTwoFactor + ')' : '');
                    g.setAttribute('aria-label', name);
                    if (locked) {
                        g.setAttribute('data-requires-two-factor', 'true');
                    }
                    var title = svg('title');
                    title.textContent = name;
                    g.appendChild(title);
                    // A wide transparent path makes the thin arrow easy to click.
                    g.appendChild(svg('path', {d: d, 'class': 'aura-wf-hit'}));
                    g.appendChild(svg('path', {d: d, 'class': 'aura-wf-edge', 'marker-end': 'url(#aura-wf-arrow-' + arrow.kind + ')'}));
                    g.appendChild(icon(arrow.kind, mid.x, mid.y));
                    if (locked) {
                        g.appendChild(lock(mid.x + 12, mid.y - 12));
                    }
                    bindSelect(g, {kind: 'transition', index: index});
                    root.appendChild(g);
                });
            });

            positions.forEach(function (p) {
                var s = wf.states[p.index];
                var selected = selection.kind === 'state' && selection.index === p.index;
                var flags = [];
                if (s.key === wf.initialState) {
                    flags.push(text.i18nInitial);
                }
                if (!wf.transitions.some(function (t) { return t.from === s.key; })) {
                    flags.push(text.i18nTerminal);
                }
                var label = format(text.i18nState, [s.name || s.key]) + (flags.length ? ' (' + flags.join(', ') + ')' : '');
                var g = svg('g', {
                    'class': 'aura-wf-state' + (selected ? ' is-selected' : '') + (ownerHasProblem('state', p.index) ? ' has-problem' : '')
                        + (s.key === wf.initialState ? ' is-initial' : ''),
                    tabindex: 0, role: 'button', 'aria-pressed': selected ? 'true' : 'false', 'aria-label': label,
                    'data-state-index': p.index, 'data-state-key': s.key
                });
                var title = svg('title');
                title.textContent = label;
                g.appendChild(title);
                g.appendChild(svg('rect', {x: p.x, y: p.y, width: BOX_W, height: BOX_H, rx: 4, 'class': 'aura-wf-box'}));
                g.appendChild(svg('rect', {x: p.x, y: p.y, width: 6, height: BOX_H, rx: 2, fill: s.colour || DEFAULT_COLOUR, 'class': 'aura-wf-colour'}));
                var name = svg('text', {x: p.x + 16, y: p.y + 22, 'class': 'aura-wf-state-name'});
                name.textContent = truncate(s.name || s.key || text.i18nNone, 16);
                g.appendChild(name);
                var sub = svg('text', {x: p.x + 16, y: p.y + 40, 'class': 'aura-wf-state-sub'});
                sub.textContent = truncate(flags.join(' \u00b7 ') || s.key, 20);
                g.appendChild(sub);
                bindSelect(g, {kind: 'state', index: p.index});
                root.appendChild(g);
            });

            var keepFocus = document.activeElement && canvas.contains(document.activeElement)
                ? focusId(document.activeElement) : null;
            while (canvas.firstChild) {
                canvas.removeChild(canvas.firstChild);
            }
            canvas.appendChild(root);
            if (keepFocus) {
                var again = canvas.querySelector(keepFocus);
                if (again) {
                    again.focus();
                }
            }
        }

        function focusId(node) {
            if (node.hasAttribute('data-state-index')) {
                return '[data-state-index="' + node.getAttribute('data-state-index') + '"]';
            }
            if (node.hasAttribute('data-transition-index')) {
                return '[data-transition-index="' + node.getAttribute('data-transition-index') + '"][data-arrow="' + node.getAttribute('data-arrow') + '"]';
            }
            return null;
        }

        function truncate(value, max) {
            value = String(value);
            return value.length > max ? value.slice(0, max - 1) + '\u2026' : value;
        }

        function bindSelect(node, target) {
            node.addEventListener('click', function () {
                select(target);
            });
            node.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    select(target);
                }
            });
        }

        function select(target) {
            selection = target;
            drawDiagram();
            renderSidebar();
        }

        // ---------- sidebar ----------
        var fieldSeq = 0;
        var pickedNames = {}; // username -> full name: the saved reviewers (from the server) and those picked from the suggestions

        function clearForm() {
            while (form.firstChild) {
                form.removeChild(form.firstChild);
            }
        }

        /** A field group with a label, the control, optional help and the problems of {@code path}. */
        function group(labelText, control, path, help) {
            var id = control.id || ('aura-wf-field-' + (++fieldSeq));
            control.id = id;
            control.setAttribute('data-field', path);
            var errors = problemsFor(path);
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
                if (errors.some(function (p) { return p.severity !== 'WARNING'; })) {
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
                markDirty();
            });
            return input;
        }

        function stateSelect(value, onChange, allowNone) {
            var select = el('select', {'class': 'select'});
            if (allowNone || !stateByKey(value)) {
                select.appendChild(el('option', {value: '', text: text.i18nNone}));
            }
            wf.states.forEach(function (s) {
                var option = el('option', {value: s.key, text: (s.name || s.key) + ' (' + s.key + ')'});
                select.appendChild(option);
            });
            select.value = stateByKey(value) ? value : '';
            select.addEventListener('change', function () {
                onChange(select.value);
                markDirty();
                drawDiagram();
            });
            return select;
        }

        function heading2(label) {
            sidebarHeading.textContent = label;
        }

        function renderSidebar() {
            clearForm();
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
            form.appendChild(group(text.i18nName, textInput(wf.name, function (v) {
                wf.name = v;
                heading.textContent = v || text.i18nSettings;
            }, {maxlength: '255', id: 'aura-wf-name'}), 'name'));
            var description = el('textarea', {'class': 'textarea long-field', rows: '3', id: 'aura-wf-description', maxlength: '2000'});
            description.value = wf.description;
            description.addEventListener('input', function () {
                wf.description = description.value;
                markDirty();
            });
            form.appendChild(group(text.i18nDescription, description, 'description'));
            form.appendChild(group(text.i18nInitialState, stateSelect(wf.initialState, function (v) {
                wf.initialState = v;
            }, false), 'initialState'));
            ['states', 'transitions'].forEach(function (field) {
                var listProblems = problemsFor(field);
                if (listProblems.length) {
                    form.appendChild(problemBox(field, listProblems));
                }
            });
        }

        /** Renames a state's key and keeps every reference (the initial state, the transitions) pointing at it. */
        function rekeyState(s, key) {
            var old = s.key;
            s.key = key;
            if (wf.initialState === old) {
                wf.initialState = key;
            }
            wf.transitions.forEach(function (t) {
                ['from', 'to', 'approveTo', 'rejectTo'].forEach(function (f) {
                    if (t[f] === old) {
                        t[f] = key;
                    }
                });
            });
        }

        /** The key a name makes ("In Review" -> "in-review"), made unique among the other states. */
        function uniqueKeyFrom(name, self) {
            var base = window.AuraWorkflows.text.keyFrom(name, 'state');
            var taken = wf.states.filter(function (other) { return other !== self; }).map(function (other) {
                return other.key;
            });
            var key = base;
            for (var n = 2; taken.indexOf(key) >= 0; n++) {
                key = base.slice(0, 60) + '-' + n;
            }
            return key;
        }

        /**
         * The collapsed "Advanced" part of a sidebar: what most admins never need (keys, the approval options that are
         * off by default). Open from the start when {@code open} (something in it is on, or has a problem).
         */
        function advancedSection(panelId, children, open) {
            var toggle = el('button', {type: 'button', 'class': 'aui-button aui-button-subtle aura-wf-disclosure',
                'aria-expanded': open ? 'true' : 'false', 'aria-controls': panelId, text: text.i18nAdvanced});
            var panel = el('div', {id: panelId, 'class': 'aura-wf-advanced'}, children);
            panel.hidden = !open;
            toggle.addEventListener('click', function () {
                var opening = toggle.getAttribute('aria-expanded') !== 'true';
                toggle.setAttribute('aria-expanded', opening ? 'true' : 'false');
                panel.hidden = !opening;
            });
            return el('div', {'class': 'aura-wf-advanced-section'}, [toggle, panel]);
        }

        function renderState(index) {
            var s = wf.states[index];
            var path = 'states[' + index + ']';
            heading2(format(text.i18nState, [s.name || s.key]));
            var keyInput = textInput(s.key, function (v) {
                s.generatedKey = false; // typed by the admin: the name no longer changes it
                rekeyState(s, v);
            }, {maxlength: '64'});
            form.appendChild(group(text.i18nName, textInput(s.name, function (v) {
                s.name = v;
                if (s.generatedKey) {
                    // A state added in this session takes its key from its name until the key is typed.
                    rekeyState(s, uniqueKeyFrom(v, s));
                    keyInput.value = s.key;
                }
            }, {maxlength: '100'}), path + '.name'));
            var colour = el('input', {type: 'color', 'class': 'aura-wf-colour-input'});
            colour.value = s.colour || DEFAULT_COLOUR;
            colour.addEventListener('input', function () {
                s.colour = colour.value;
                markDirty();
                drawDiagram();
            });
            form.appendChild(group(text.i18nColour, colour, path + '.colour'));
            form.appendChild(advancedSection('aura-wf-state-advanced-' + index,
                [group(text.i18nKey, keyInput, path + '.key', text.i18nKeyHelp)], problemsFor(path + '.key').length > 0));
            var remove = el('button', {type: 'button', 'class': 'aui-button aura-wf-delete-state', text: text.i18nDeleteState});
            remove.addEventListener('click', function () {
                var key = s.key;
                wf.states.splice(index, 1);
                // Transitions out of a deleted state go with it; arrows into it are left without a target
                // so the validator asks the admin where they should lead now.
                wf.transitions = wf.transitions.filter(function (t) { return t.from !== key; });
                wf.transitions.forEach(function (t) {
                    ['to', 'approveTo', 'rejectTo'].forEach(function (f) {
                        if (t[f] === key) {
                            t[f] = '';
                        }
                    });
                });
                if (wf.initialState === key) {
                    wf.initialState = wf.states.length ? wf.states[0].key : '';
                }
                problems = [];
                markDirty();
                select({kind: 'settings'});
            });
            form.appendChild(el('div', {'class': 'buttons-container'}, [el('div', {'class': 'buttons'}, [remove])]));
        }

        /** "Alice Archer (alice)" for a user whose full name is known (saved or picked), else the name itself. */
        function chipLabel(name, kind) {
            return kind === 'users' && pickedNames[name] ? pickedNames[name] + ' (' + name + ')' : name;
        }

        /**
         * The type-ahead of a reviewer field (js/aura-picker.js): users by name, username, last name or e-mail (the
         * directory search of "Add 2FA users", at least 2 characters), groups by the start of their name.
         */
        function reviewerPicker(input, list, status, kind, pick, typed) {
            var users = kind === 'users';
            return window.AuraWorkflows.picker({
                input: input, list: list, status: status, idPrefix: list.id + '-option-', minQuery: users ? 2 : 1,
                delayMs: 250,
                text: {searching: text.i18nPickerSearching, noResults: users ? text.i18nPickerNoUsers
                    : text.i18nPickerNoGroups, moreResults: text.i18nPickerMore, minQuery: text.i18nPickerMinQuery,
                    failed: text.i18nPickerFailed},
                search: users
                    ? window.AuraWorkflows.picker.restSearch(callRest, '/2fa/user-search', 'users', 10, function (user) {
                        return {label: user.fullName || user.username, detail: user.username, value: user.username,
                            fullName: user.fullName, disabled: !user.active,
                            marker: user.active ? '' : text.i18nPickerInactive, attributes: {'data-value': user.username}};
                    })
                    : window.AuraWorkflows.picker.restSearch(callRest, '/group-search', 'groups', 10, function (group) {
                        return {label: group, value: group, attributes: {'data-value': group}};
                    }),
                choose: pick,
                enterTyped: typed
            });
        }

        function chipList(labelText, names, path, addLabel, kind) {
            var listId = 'aura-wf-field-' + (++fieldSeq);
            var wrapper = el('fieldset', {'class': 'group aura-wf-chips-group'});
            wrapper.appendChild(el('legend', {}, [el('span', {text: labelText})]));
            var ul = el('ul', {'class': 'aura-wf-chips', id: listId, 'aria-label': labelText});
            names.forEach(function (name, i) {
                var remove = el('button', {type: 'button', 'class': 'aura-wf-chip-remove',
                    'aria-label': format(text.i18nRemove, [chipLabel(name, kind)]), text: '\u00d7'});
                remove.addEventListener('click', function () {
                    names.splice(i, 1);
                    markDirty();
                    renderSidebar();
                    var next = form.querySelector('[data-field="' + path + '"]');
                    if (next) {
                        next.focus();
                    }
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
                    pickedNames[picked.value] = picked.fullName;
                }
                if (names.map(function (n) { return n.toLowerCase(); }).indexOf(value.toLowerCase()) < 0) {
                    names.push(value);
                    markDirty();
                }
                renderSidebar();
                var again = form.querySelector('[data-field="' + path + '"]');
                if (again) {
                    again.focus();
                }
            }
            add.addEventListener('click', function () {
                addName(null);
            });
            var fieldGroup = group(addLabel, input, path);
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
            var transitionKey = group(text.i18nKey, textInput(t.key, function (v) { t.key = v; }, {maxlength: '64'}),
                path + '.key', text.i18nKeyHelp);
            var keyProblem = problemsFor(path + '.key').length > 0;
            if (problemsFor(path + '.type').length) {
                form.appendChild(el('div', {'class': 'error aura-wf-field-error', 'data-error-for': path + '.type', text: problemsFor(path + '.type')[0].message}));
            }
            form.appendChild(group(text.i18nFrom, stateSelect(t.from, function (v) { t.from = v; }, true), path + '.from'));
            if (!isApproval) {
                form.appendChild(group(text.i18nTo, stateSelect(t.to, function (v) { t.to = v; }, true), path + '.to'));
                if (t.type === 'PAGE_EDIT') {
                    form.appendChild(el('p', {'class': 'description', text: text.i18nPageEditHelp}));
                }
                form.appendChild(advancedSection('aura-wf-advanced-' + index, [transitionKey], keyProblem));
            } else {
                var reviewerErrors = problemsFor(path + '.reviewers');
                if (reviewerErrors.length) {
                    form.appendChild(problemBox(path + '.reviewers', reviewerErrors));
                }
                form.appendChild(chipList(text.i18nUsers, t.reviewers.users, path + '.reviewers.users', text.i18nAddUser,
                    'users'));
                form.appendChild(chipList(text.i18nGroups, t.reviewers.groups, path + '.reviewers.groups',
                    text.i18nAddGroup, 'groups'));
                form.appendChild(group(text.i18nMinApprovals, numberInput(t.minApprovals, function (v) { t.minApprovals = v; }), path + '.minApprovals'));
                form.appendChild(group(text.i18nMinRejections, numberInput(t.minRejections, function (v) { t.minRejections = v; }), path + '.minRejections'));
                var all = el('input', {type: 'checkbox', 'class': 'checkbox'});
                all.checked = !!t.requireAll;
                all.addEventListener('change', function () {
                    t.requireAll = all.checked;
                    markDirty();
                });
                form.appendChild(group(text.i18nRequireAll, all, path + '.requireAll'));
                form.appendChild(group(text.i18nApproveTo, stateSelect(t.approveTo, function (v) { t.approveTo = v; }, true), path + '.approveTo'));
                form.appendChild(group(text.i18nRejectTo, stateSelect(t.rejectTo, function (v) { t.rejectTo = v; }, true), path + '.rejectTo'));
                form.appendChild(group(text.i18nApproveLabel, textInput(t.approveLabel, function (v) { t.approveLabel = v; }, {maxlength: '100'}), path + '.approveLabel', text.i18nLabelHelp));
                form.appendChild(group(text.i18nRejectLabel, textInput(t.rejectLabel, function (v) { t.rejectLabel = v; }, {maxlength: '100'}), path + '.rejectLabel', text.i18nLabelHelp));
                // "Advanced": collapsed unless "Require 2FA" or "exclude authors" is on (both off by default) or the key
                // has a problem; holds both toggles and the key.
                var twoFactor = el('input', {type: 'checkbox', 'class': 'checkbox aura-wf-require-two-factor'});
                twoFactor.checked = !!t.requireTwoFactor;
                twoFactor.addEventListener('change', function () {
                    t.requireTwoFactor = twoFactor.checked;
                    markDirty();
                });
                var excludeAuthors = el('input', {type: 'checkbox', 'class': 'checkbox aura-wf-exclude-authors'});
                excludeAuthors.checked = !!t.excludeAuthors;
                excludeAuthors.addEventListener('change', function () {
                    t.excludeAuthors = excludeAuthors.checked;
                    markDirty();
                });
                form.appendChild(advancedSection('aura-wf-advanced-' + index, [
                    group(text.i18nRequireTwoFactor, twoFactor, path + '.requireTwoFactor', text.i18nRequireTwoFactorHelp),
                    group(text.i18nExcludeAuthors, excludeAuthors, path + '.excludeAuthors', text.i18nExcludeAuthorsHelp),
                    transitionKey
                ], !!t.requireTwoFactor || !!t.excludeAuthors || keyProblem));
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
        function selectedStateKey() {
            if (selection.kind === 'state' && wf.states[selection.index]) {
                return wf.states[selection.index].key;
            }
            return wf.initialState || (wf.states[0] && wf.states[0].key) || '';
        }

        function nextStateKey(after) {
            for (var i = 0; i < wf.states.length; i++) {
                if (wf.states[i].key === after) {
                    return wf.states[i + 1] ? wf.states[i + 1].key : '';
                }
            }
            return '';
        }

        document.getElementById('aura-wf-add-state').addEventListener('click', function () {
            var key = uniqueKey('state', wf.states);
            wf.states.push({key: key, name: text.i18nNewState, colour: null, generatedKey: true});
            if (!wf.initialState) {
                wf.initialState = key;
            }
            markDirty();
            select({kind: 'state', index: wf.states.length - 1});
            focusFirstField();
        });
        document.getElementById('aura-wf-add-approval').addEventListener('click', function () {
            var from = selectedStateKey();
            wf.transitions.push({
                key: uniqueKey('approval', wf.transitions), type: 'APPROVAL', from: from,
                approveTo: nextStateKey(from), rejectTo: '', reviewers: {users: [], groups: []},
                minApprovals: 1, minRejections: 1, requireAll: false, approveLabel: '', rejectLabel: '',
                requireTwoFactor: false, excludeAuthors: false
            });
            markDirty();
            select({kind: 'transition', index: wf.transitions.length - 1});
            focusFirstField();
        });
        document.getElementById('aura-wf-add-selection').addEventListener('click', function () {
            var from = selectedStateKey();
            wf.transitions.push({key: uniqueKey('selection', wf.transitions), type: 'SELECTION', from: from, to: nextStateKey(from)});
            markDirty();
            select({kind: 'transition', index: wf.transitions.length - 1});
            focusFirstField();
        });
        document.getElementById('aura-wf-add-page-edit').addEventListener('click', function () {
            var from = selectedStateKey();
            wf.transitions.push({key: uniqueKey('page-edit', wf.transitions), type: 'PAGE_EDIT', from: from,
                to: wf.initialState || nextStateKey(from)});
            markDirty();
            select({kind: 'transition', index: wf.transitions.length - 1});
            focusFirstField();
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
            window.AuraWorkflows.setBusy(saveButton, true);
            status(text.i18nSaving);
            var request = workflowId
                ? callRest('PUT', '/workflows/' + encodeURIComponent(workflowId), payload())
                : callRest('POST', '/workflows', payload());
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
                    status(text.i18nSaved, 'success');
                    window.AuraWorkflows.flag('success', text.i18nSaved);
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
                window.AuraWorkflows.setBusy(saveButton, false);
            });
        });

        // ---------- load ----------
        function start(definition) {
            wf = normalise(definition);
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
                pickedNames[username] = definition.reviewerNames[username];
            });
            delete definition.reviewerNames;
            start(definition);
            if (!workflowId) {
                // A new workflow exists only in this page until it is saved.
                markDirty();
            }
        }, function () {
            while (canvas.firstChild) {
                canvas.removeChild(canvas.firstChild);
            }
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
