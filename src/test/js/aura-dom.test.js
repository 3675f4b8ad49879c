// Unit tests of the shared element builders (js/aura-dom.js), against a document that records what is done to it.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const loadScripts = require('./load-scripts');

function fakeNode(tag, namespace) {
    return {
        tag, namespace, attributes: {}, children: [], textContent: '',
        setAttribute(name, value) { this.attributes[name] = String(value); },
        appendChild(child) { this.children.push(child); return child; },
        removeChild(child) { this.children.splice(this.children.indexOf(child), 1); return child; },
        get firstChild() { return this.children[0] || null; }
    };
}

const byIdNode = fakeNode('main', null);
const document = {
    getElementById: (id) => (id === 'aura-wf-content' ? byIdNode : null),
    createElement: (tag) => fakeNode(tag, null),
    createElementNS: (namespace, tag) => fakeNode(tag, namespace)
};
const dom = loadScripts(['aura-dom.js'], {document}).dom;

test('el sets text as text, true as an empty attribute, and leaves out null, undefined and false', () => {
    const node = dom.el('a', {href: '#', text: '<img src=x onerror=alert(1)>', hidden: true, title: null,
        'aria-label': undefined, disabled: false});
    assert.strictEqual(node.tag, 'a');
    assert.strictEqual(node.textContent, '<img src=x onerror=alert(1)>', 'markup in user data stays text');
    assert.deepStrictEqual(Object.assign({}, node.attributes), {href: '#', hidden: ''});
});

test('el keeps a zero as text and appends the children given, skipping empty ones', () => {
    const child = dom.el('span', {text: 0});
    assert.strictEqual(child.textContent, '0');
    const parent = dom.el('li', {}, [child, null, undefined]);
    assert.strictEqual(parent.children.length, 1);
    assert.strictEqual(dom.el('p', {text: null}).textContent, '', 'no "null" on the screen');
});

test('svg makes elements in the SVG namespace and clear removes every child', () => {
    const rect = dom.svg('rect', {x: 1, width: 10});
    assert.strictEqual(rect.namespace, 'http://www.w3.org/2000/svg');
    assert.deepStrictEqual(Object.assign({}, rect.attributes), {x: '1', width: '10'});
    const box = dom.el('div', {}, [dom.el('p'), dom.el('p')]);
    dom.clear(box);
    assert.strictEqual(box.children.length, 0);
});

test('byId finds an element of the page by its id, null when there is none', () => {
    assert.strictEqual(dom.byId('aura-wf-content'), byIdNode);
    assert.strictEqual(dom.byId('missing'), null);
});
