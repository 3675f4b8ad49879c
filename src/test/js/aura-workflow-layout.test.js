// Unit tests of the Builder diagram's geometry (js/aura-workflow-layout.js).
'use strict';
const test = require('node:test');
const {same} = require('./load-scripts');
const assert = require('node:assert');
const aura = require('./load-scripts')(['aura-text.js', 'aura-workflow-model.js', 'aura-workflow-layout.js']);
const layout = aura.workflowLayout;

function wf(states, transitions, initialState) {
    return aura.workflowModel.normalise({initialState: initialState, states: states.map((key) => ({key: key})),
        transitions: transitions});
}

const columnsOf = (positions) => positions.map((p) => p.key + ':' + p.column + '/' + p.row).join(' ');

test('states sit in columns by their distance from the initial state, in list order within a column', () => {
    const positions = layout.layout(wf(['draft', 'review', 'legal', 'published'], [
        {type: 'SELECTION', from: 'draft', to: 'review'},
        {type: 'SELECTION', from: 'draft', to: 'legal'},
        {type: 'APPROVAL', from: 'review', approveTo: 'published', rejectTo: 'draft'}
    ], 'draft'));
    assert.strictEqual(columnsOf(positions), 'draft:0/0 review:1/0 legal:1/1 published:2/0');
    same([positions[2].x, positions[2].y], [20 + 220, 20 + 108], 'column 1, row 1');
});

test('a state nothing reaches, and a repeated key, get a last column of their own', () => {
    const positions = layout.layout(wf(['a', 'b', 'orphan', 'a'], [{type: 'SELECTION', from: 'a', to: 'b'}], 'a'));
    assert.strictEqual(columnsOf(positions), 'a:0/0 b:1/0 orphan:2/0 a:2/1');
});

test('without a valid initial state the first state is the start', () => {
    assert.strictEqual(columnsOf(layout.layout(wf(['x', 'y'], [{type: 'SELECTION', from: 'x', to: 'y'}], 'gone'))),
        'x:0/0 y:1/0');
    same(layout.layout(wf([], [], '')), []);
});

test('the canvas holds every box with room below for arrows that loop back', () => {
    const positions = layout.layout(wf(['a', 'b'], [{type: 'SELECTION', from: 'a', to: 'b'}], 'a'));
    same(layout.size(positions), {width: 20 + 220 + 136 + 20, height: 20 + 52 + 20 + 60});
    same(layout.size([]), {width: 176, height: 152}, 'an empty workflow still has a canvas');
});

test('forward arrows curve right and parallel ones bend apart; backward ones loop below; a self arrow loops above', () => {
    const a = {column: 0, x: 20, y: 20};
    const b = {column: 1, x: 240, y: 20};
    const first = layout.edge(a, b, 1);
    const second = layout.edge(a, b, 2);
    assert.match(first.d, /^M156 41 C 206 41, 190 41, 240 41$/);
    assert.ok(second.mid.y < first.mid.y, 'the second arrow between the same boxes bends further up');
    const back = layout.edge(b, a, 1);
    assert.ok(back.mid.y > 20 + 52, 'below the boxes: ' + back.mid.y);
    const self = layout.edge(a, a, 1);
    assert.ok(self.mid.y < a.y, 'above the box: ' + self.mid.y);
});
