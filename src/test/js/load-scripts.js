// Loads screen scripts for Node's test runner as a browser loads them: in order, into one context whose only
// global is window (and a document when the test gives one), and returns window.AuraWorkflows.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const assert = require('node:assert');

function loadScripts(names, globals) {
    const window = Object.assign({}, globals || {});
    const context = vm.createContext({window: window, Intl: Intl, Date: Date});
    names.forEach((name) => {
        const file = path.join(__dirname, '../../main/resources/js', name);
        vm.runInContext(fs.readFileSync(file, 'utf8'), context, {filename: file});
    });
    return window.AuraWorkflows;
}

/** Plain data out of the scripts' context, so deepStrictEqual compares values, not the other realm's prototypes. */
function plain(value) {
    return JSON.parse(JSON.stringify(value));
}

/**
 * deepStrictEqual for values made inside the scripts' context: their objects and arrays have that context's
 * prototypes, so they are compared as the JSON they stand for.
 */
function same(actual, expected, message) {
    assert.deepStrictEqual(plain(actual), expected, message);
}

module.exports = loadScripts;
module.exports.same = same;
module.exports.plain = plain;
