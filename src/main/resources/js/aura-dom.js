/*
 * Aura Workflows - the element builders every screen's script shares, so no screen writes its own.
 *
 *   AuraWorkflows.dom.el('a', {href: '#', 'class': 'aui-button', text: name}, [child])
 *   AuraWorkflows.dom.svg('rect', {x: 0, y: 0, width: 10, height: 10})
 *   AuraWorkflows.dom.byId('aura-wf-content')
 *   AuraWorkflows.dom.clear(container)
 *
 * User data only ever goes in as text ({text: ...} sets textContent) or as an attribute value: never as markup, so
 * a name like "<img onerror=...>" reads as itself.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var SVG = 'http://www.w3.org/2000/svg';

    /**
     * An HTML element with the attributes given ({text} is its text; true is an empty attribute; null, undefined and
     * false leave the attribute out) and the children given (null ones skipped).
     */
    function el(tag, attrs, children) {
        var node = root.document.createElement(tag);
        Object.keys(attrs || {}).forEach(function (name) {
            var value = attrs[name];
            if (name === 'text') {
                if (value !== null && value !== undefined) {
                    node.textContent = String(value);
                }
            } else if (value !== null && value !== undefined && value !== false) {
                node.setAttribute(name, value === true ? '' : value);
            }
        });
        (children || []).forEach(function (child) {
            if (child) {
                node.appendChild(child);
            }
        });
        return node;
    }

    /** An SVG element with the attributes given. */
    function svg(tag, attrs) {
        var node = root.document.createElementNS(SVG, tag);
        Object.keys(attrs || {}).forEach(function (name) {
            node.setAttribute(name, attrs[name]);
        });
        return node;
    }

    /** The element with this id, or null. */
    function byId(id) {
        return root.document.getElementById(id);
    }

    /** Removes every child of the node. */
    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    aura.dom = {el: el, svg: svg, byId: byId, clear: clear};
}(window));
