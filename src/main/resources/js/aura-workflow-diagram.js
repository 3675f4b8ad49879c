/*
 * Aura Workflows - the Builder's diagram view: draws the definition as SVG (a box per state, an arrow per approve,
 * reject, selection or page-edit outcome, with an icon per kind and a lock on a protected step's arrows) where
 * js/aura-workflow-layout.js puts them. Every box and arrow is a keyboard-reachable button named in words ("Approval:
 * Draft to Published (Requires 2FA)"), so the diagram reads the same to a screen reader as it looks.
 *
 *   AuraWorkflows.workflowDiagram.draw(canvas, wf, {selection, problems, text, onSelect})
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var KINDS = ['approve', 'reject', 'select', 'edit'];

    /** The name of a state for a label: its name, else its key, else "None". */
    function stateName(wf, key, text) {
        var state = aura.workflowModel.stateByKey(wf, key);
        return state ? (state.name || state.key) : (key || text.i18nNone);
    }

    /** "Approval: Draft to In review" and the like: what one arrow of a transition does, in words. */
    function transitionLabel(wf, t, to, kind, text) {
        var pattern = kind === 'approve' ? text.i18nApproval : kind === 'reject' ? text.i18nRejection
            : kind === 'edit' ? text.i18nPageEdit : text.i18nSelection;
        return aura.text.format(pattern, [stateName(wf, t.from, text), stateName(wf, to, text)]);
    }

    function truncate(value, max) {
        value = String(value);
        return value.length > max ? value.slice(0, max - 1) + '\u2026' : value;
    }

    function icon(kind, cx, cy) {
        var svg = aura.dom.svg;
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
        var svg = aura.dom.svg;
        var g = svg('g', {'class': 'aura-wf-lock', 'aria-hidden': 'true'});
        g.appendChild(svg('path', {d: 'M' + (x - 3) + ' ' + (y - 1) + ' v-2.5 a3 3 0 0 1 6 0 v2.5'}));
        g.appendChild(svg('rect', {x: x - 5, y: y - 1, width: 10, height: 7, rx: 1.5}));
        return g;
    }

    function markers() {
        var svg = aura.dom.svg;
        var defs = svg('defs');
        KINDS.forEach(function (kind) {
            var marker = svg('marker', {
                id: 'aura-wf-arrow-' + kind, viewBox: '0 0 10 10', refX: 9, refY: 5,
                // User-space units: the arrow head keeps its size when a selected edge is drawn thicker.
                markerUnits: 'userSpaceOnUse', markerWidth: 12, markerHeight: 12, orient: 'auto-start-reverse'
            });
            marker.appendChild(svg('path', {d: 'M0 0 L10 5 L0 10 z', 'class': 'aura-wf-marker-' + kind}));
            defs.appendChild(marker);
        });
        return defs;
    }

    /** Makes a box or an arrow a button: click, Enter and Space select it. */
    function selectable(node, target, onSelect) {
        node.addEventListener('click', function () {
            onSelect(target);
        });
        node.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                onSelect(target);
            }
        });
    }

    function titled(node, name) {
        var title = aura.dom.svg('title');
        title.textContent = name;
        node.appendChild(title);
        return node;
    }

    function arrows(wf, byKey, view) {
        var svg = aura.dom.svg;
        var drawn = [];
        var pairCount = {};
        wf.transitions.forEach(function (t, index) {
            aura.workflowModel.arrowsOf(t).forEach(function (arrow) {
                var a = byKey[t.from];
                var b = byKey[arrow.to];
                if (!a || !b) {
                    return; // a dangling transition is reported by the validator and listed in the sidebar
                }
                var pair = t.from + '\u0000' + arrow.to;
                var path = aura.workflowLayout.edge(a, b, pairCount[pair] = (pairCount[pair] || 0) + 1);
                var selected = view.selection.kind === 'transition' && view.selection.index === index;
                // A protected step shows at a glance: a lock on its approve and reject arrows, and in their names.
                var locked = t.type === 'APPROVAL' && t.requireTwoFactor;
                var name = transitionLabel(wf, t, arrow.to, arrow.kind, view.text)
                    + (locked ? ' (' + view.text.i18nRequiresTwoFactor + ')' : '');
                var g = titled(svg('g', {
                    'class': 'aura-wf-transition aura-wf-transition-' + arrow.kind + (selected ? ' is-selected' : '')
                        + (aura.workflowProblems.ownerHasProblem(view.problems, 'transition', index) ? ' has-problem' : ''),
                    tabindex: 0, role: 'button', 'aria-pressed': selected ? 'true' : 'false', 'aria-label': name,
                    'data-transition-index': index, 'data-transition-key': t.key, 'data-arrow': arrow.kind
                }), name);
                if (locked) {
                    g.setAttribute('data-requires-two-factor', 'true');
                }
                // A wide transparent path makes the thin arrow easy to click.
                g.appendChild(svg('path', {d: path.d, 'class': 'aura-wf-hit'}));
                g.appendChild(svg('path', {d: path.d, 'class': 'aura-wf-edge', 'marker-end': 'url(#aura-wf-arrow-' + arrow.kind + ')'}));
                g.appendChild(icon(arrow.kind, path.mid.x, path.mid.y));
                if (locked) {
                    g.appendChild(lock(path.mid.x + 12, path.mid.y - 12));
                }
                selectable(g, {kind: 'transition', index: index}, view.onSelect);
                drawn.push(g);
            });
        });
        return drawn;
    }

    function box(wf, p, view) {
        var svg = aura.dom.svg;
        var text = view.text;
        var BOX = aura.workflowLayout.BOX;
        var s = wf.states[p.index];
        var selected = view.selection.kind === 'state' && view.selection.index === p.index;
        var flags = [];
        if (s.key === wf.initialState) {
            flags.push(text.i18nInitial);
        }
        if (aura.workflowModel.isTerminal(wf, s)) {
            flags.push(text.i18nTerminal);
        }
        var label = aura.text.format(text.i18nState, [s.name || s.key]) + (flags.length ? ' (' + flags.join(', ') + ')' : '');
        var g = titled(svg('g', {
            'class': 'aura-wf-state' + (selected ? ' is-selected' : '')
                + (aura.workflowProblems.ownerHasProblem(view.problems, 'state', p.index) ? ' has-problem' : '')
                + (s.key === wf.initialState ? ' is-initial' : ''),
            tabindex: 0, role: 'button', 'aria-pressed': selected ? 'true' : 'false', 'aria-label': label,
            'data-state-index': p.index, 'data-state-key': s.key
        }), label);
        g.appendChild(svg('rect', {x: p.x, y: p.y, width: BOX.width, height: BOX.height, rx: 4, 'class': 'aura-wf-box'}));
        g.appendChild(svg('rect', {x: p.x, y: p.y, width: 6, height: BOX.height, rx: 2,
            fill: s.colour || aura.workflowModel.DEFAULT_COLOUR, 'class': 'aura-wf-colour'}));
        var name = svg('text', {x: p.x + 16, y: p.y + 22, 'class': 'aura-wf-state-name'});
        name.textContent = truncate(s.name || s.key || text.i18nNone, 16);
        g.appendChild(name);
        var sub = svg('text', {x: p.x + 16, y: p.y + 40, 'class': 'aura-wf-state-sub'});
        sub.textContent = truncate(flags.join(' \u00b7 ') || s.key, 20);
        g.appendChild(sub);
        selectable(g, {kind: 'state', index: p.index}, view.onSelect);
        return g;
    }

    /** A selector that finds the same box or arrow again after a redraw, so keyboard focus stays where it was. */
    function focusKey(node) {
        if (node.hasAttribute('data-state-index')) {
            return '[data-state-index="' + node.getAttribute('data-state-index') + '"]';
        }
        if (node.hasAttribute('data-transition-index')) {
            return '[data-transition-index="' + node.getAttribute('data-transition-index') + '"][data-arrow="'
                + node.getAttribute('data-arrow') + '"]';
        }
        return null;
    }

    /** Draws the definition into the canvas, replacing what was there, with keyboard focus kept on the same element. */
    function draw(canvas, wf, view) {
        var positions = aura.workflowLayout.layout(wf);
        var byKey = {};
        positions.forEach(function (p) {
            if (byKey[p.key] === undefined) {
                byKey[p.key] = p;
            }
        });
        var size = aura.workflowLayout.size(positions);
        var diagram = aura.dom.svg('svg', {
            'class': 'aura-wf-diagram', width: size.width, height: size.height,
            viewBox: '0 0 ' + size.width + ' ' + size.height, role: 'group', 'aria-label': view.text.i18nDiagram
        });
        diagram.appendChild(markers());
        // Arrows first, so the boxes are drawn over their ends.
        arrows(wf, byKey, view).forEach(function (g) { diagram.appendChild(g); });
        positions.forEach(function (p) { diagram.appendChild(box(wf, p, view)); });

        var active = root.document.activeElement;
        var keepFocus = active && canvas.contains(active) ? focusKey(active) : null;
        aura.dom.clear(canvas);
        canvas.appendChild(diagram);
        var again = keepFocus && canvas.querySelector(keepFocus);
        if (again) {
            again.focus();
        }
    }

    aura.workflowDiagram = {draw: draw, transitionLabel: transitionLabel, stateName: stateName};
}(window));
