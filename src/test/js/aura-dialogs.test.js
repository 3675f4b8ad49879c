// Unit tests of AuraWorkflows.setBusy (js/aura-dialogs.js) with Node's own test runner: AUI's own busy spinner when
// the button has it, our own otherwise; always disabled while busy.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

/** A button as the DOM has it, as far as setBusy looks at it. */
function fakeButton() {
    const children = [];
    const attributes = {};
    return {
        disabled: false, children, attributes,
        querySelector(selector) {
            return children.find((c) => '.' + c.className === selector) || null;
        },
        appendChild(child) { children.push(child); },
        removeChild(child) { children.splice(children.indexOf(child), 1); },
        setAttribute(name, value) { attributes[name] = String(value); },
        removeAttribute(name) { delete attributes[name]; },
        focus() { document.activeElement = this; }
    };
}

/** The page's document as far as setBusy looks at it: where the focus is, and the body it falls to. */
const document = {
    body: {name: 'body'},
    activeElement: null,
    createElement: () => {
        const el = fakeButton();
        el.className = '';
        return el;
    }
};

function load() {
    const window = {};
    const source = fs.readFileSync(path.join(__dirname, '../../main/resources/js/aura-dialogs.js'), 'utf8');
    vm.runInNewContext(source, {window, document, Event: function () {}});
    return window.AuraWorkflows;
}

const aura = load();

test('without AUI the button gets our spinner, aria-busy and disabled, and loses all three when idle', () => {
    const button = fakeButton();
    aura.setBusy(button, true);
    assert.strictEqual(button.disabled, true);
    assert.strictEqual(button.attributes['aria-busy'], 'true');
    assert.strictEqual(button.children.length, 1);
    assert.strictEqual(button.children[0].className, 'aura-busy-spinner');
    assert.strictEqual(button.children[0].attributes['aria-hidden'], 'true', 'the spinner is not read out');
    aura.setBusy(button, true);
    assert.strictEqual(button.children.length, 1, 'busy twice: one spinner');
    aura.setBusy(button, false);
    assert.strictEqual(button.disabled, false);
    assert.strictEqual(button.attributes['aria-busy'], undefined);
    assert.strictEqual(button.children.length, 0);
});

test("with AUI's button the spinner is AUI's own busy() and idle(), each called once", () => {
    const calls = [];
    let busy = false;
    const button = Object.assign(fakeButton(), {
        busy() { calls.push('busy'); busy = true; },
        idle() { calls.push('idle'); busy = false; },
        isBusy() { return busy; }
    });
    aura.setBusy(button, true);
    aura.setBusy(button, true);
    assert.strictEqual(button.disabled, true);
    aura.setBusy(button, false);
    aura.setBusy(button, false);
    assert.deepStrictEqual(calls, ['busy', 'idle']);
    assert.strictEqual(button.disabled, false);
    assert.strictEqual(button.children.length, 0, 'none of our own');
});

test('no button, nothing happens', () => {
    assert.doesNotThrow(() => aura.setBusy(null, true));
});

test('a button that had the focus gets it back when idle, as a disabled button drops it to the body', () => {
    const button = fakeButton();
    button.focus();
    aura.setBusy(button, true);
    document.activeElement = document.body; // what a browser does with the focus of a button that is disabled
    aura.setBusy(button, false);
    assert.strictEqual(document.activeElement, button);
});

test('the focus is left where it went meanwhile, and a button that never had it does not take it', () => {
    const button = fakeButton();
    const elsewhere = fakeButton();
    button.focus();
    aura.setBusy(button, true);
    elsewhere.focus(); // the user moved on, or the screen moved the focus itself
    aura.setBusy(button, false);
    assert.strictEqual(document.activeElement, elsewhere);

    const other = fakeButton();
    document.activeElement = document.body;
    aura.setBusy(other, true);
    aura.setBusy(other, false);
    assert.strictEqual(document.activeElement, document.body);
});
