/*
 * Confluence page globals that plugin JavaScript commonly uses and AUI alone does not define:
 * AJS.Meta.get('atl-token') etc. (reads <meta name="ajs-...">), and, without AUI, AJS.format.
 */
(function () {
    'use strict';
    var AJS = window.AJS = window.AJS || {};
    if (!AJS.Meta) {
        AJS.Meta = {
            get: function (key) {
                var el = document.querySelector('meta[name="ajs-' + key + '"]');
                return el ? el.getAttribute('content') : undefined;
            }
        };
    }
    if (!AJS.format) {
        // MessageFormat subset: {0}, {1} ... and '' for a literal apostrophe
        AJS.format = function (pattern) {
            var args = Array.prototype.slice.call(arguments, 1);
            return String(pattern).replace(/\{(\d+)\}/g, function (m, i) {
                return args[i] === undefined ? m : String(args[i]);
            }).replace(/''/g, "'");
        };
    }
}());
