/*
 * Aura Workflows - the Builder diagram's geometry: where each state's box goes and the path of each arrow, as
 * numbers. No DOM, so the build unit-tests it (src/test/js); js/aura-workflow-diagram.js draws what this computes.
 *
 * States sit in columns by their distance from the initial state (breadth-first along the transitions), in list
 * order within a column; states no transition reaches (and repeated keys) get a last column of their own, so a
 * mistake stays visible instead of being drawn over another box.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var BOX = {width: 136, height: 52};
    var COL_GAP = 84;
    var ROW_GAP = 56;
    var MARGIN = 20;
    // Arrows that loop back are drawn below the boxes: the canvas keeps room for them.
    var LOOP_ROOM = 60;

    /** The column of each reachable state key: its distance from the initial state (or the first state). */
    function columns(wf) {
        var model = aura.workflowModel;
        var layer = {};
        var order = [];
        var start = model.stateByKey(wf, wf.initialState) ? wf.initialState : (wf.states[0] && wf.states[0].key);
        if (start !== undefined && start !== null && start !== '') {
            layer[start] = 0;
            order.push(start);
        }
        for (var i = 0; i < order.length; i++) {
            var from = order[i];
            wf.transitions.forEach(function (t) {
                if (t.from !== from) {
                    return;
                }
                model.arrowsOf(t).forEach(function (arrow) {
                    if (arrow.to && model.stateByKey(wf, arrow.to) && layer[arrow.to] === undefined) {
                        layer[arrow.to] = layer[from] + 1;
                        order.push(arrow.to);
                    }
                });
            });
        }
        return layer;
    }

    /** One position per state, in list order: {key, index, column, row, x, y} (x and y: the box's top left). */
    function layout(wf) {
        var layer = columns(wf);
        var maxLayer = 0;
        Object.keys(layer).forEach(function (k) { maxLayer = Math.max(maxLayer, layer[k]); });
        var rows = {};
        var positions = [];
        wf.states.forEach(function (s, index) {
            var repeated = positions.some(function (p) { return p.key === s.key; });
            var column = layer[s.key] !== undefined && !repeated ? layer[s.key] : maxLayer + 1;
            var row = rows[column] = (rows[column] || 0) + 1;
            positions.push({
                key: s.key, index: index, column: column, row: row - 1,
                x: MARGIN + column * (BOX.width + COL_GAP), y: MARGIN + (row - 1) * (BOX.height + ROW_GAP)
            });
        });
        return positions;
    }

    /** The canvas size that holds every box, with room below for the arrows that loop back. */
    function size(positions) {
        var width = MARGIN * 2 + BOX.width;
        var height = MARGIN * 2 + BOX.height;
        positions.forEach(function (p) {
            width = Math.max(width, p.x + BOX.width + MARGIN);
            height = Math.max(height, p.y + BOX.height + MARGIN);
        });
        return {width: width, height: height + LOOP_ROOM};
    }

    /**
     * The SVG path of the {@code nth} (1-based) arrow between the boxes at {@code a} and {@code b}, and the point
     * where its icon goes: a small loop above the box to itself, a curve right to a later column (the nth one bent
     * further, so parallel arrows stay apart), and a loop below the boxes back to an earlier or the same column.
     */
    function edge(a, b, nth) {
        var spread = nth - 1;
        if (a === b) {
            var lx = a.x + BOX.width - 20;
            return {d: 'M' + lx + ' ' + a.y + ' c 0 -40, 40 -40, 20 0', mid: {x: lx + 15, y: a.y - 30}};
        }
        if (b.column > a.column) {
            var x1 = a.x + BOX.width, y1 = a.y + BOX.height / 2 + spread * 10 - 5;
            var x2 = b.x, y2 = b.y + BOX.height / 2 + spread * 10 - 5;
            var bend = spread * 24;
            return {
                d: 'M' + x1 + ' ' + y1 + ' C ' + (x1 + 50) + ' ' + (y1 - bend) + ', ' + (x2 - 50) + ' ' + (y2 - bend)
                    + ', ' + x2 + ' ' + y2,
                mid: {x: (x1 + x2) / 2, y: (y1 + y2) / 2 - bend * 0.75}
            };
        }
        var sx = a.x + BOX.width / 2 + 12 * spread, sy = a.y + BOX.height;
        var tx = b.x + BOX.width / 2 + 12 * spread, ty = b.y + BOX.height;
        var depth = 48 + 14 * spread;
        var low = Math.max(sy, ty) + depth;
        return {
            d: 'M' + sx + ' ' + sy + ' C ' + sx + ' ' + low + ', ' + tx + ' ' + low + ', ' + tx + ' ' + ty,
            mid: {x: (sx + tx) / 2, y: Math.max(sy, ty) + depth * 0.75}
        };
    }

    aura.workflowLayout = {BOX: BOX, layout: layout, size: size, edge: edge};
}(window));
