/*
 * Loaded before AUI, as Confluence's web-resource manager does: AUI re-exports AJS.contextPath from
 * the AJS object it finds on the page.
 */
(function () {
    'use strict';
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    var contextPath = meta ? meta.getAttribute('content') : '';
    window.AJS = window.AJS || {};
    window.AJS.contextPath = function () { return contextPath; };
}());
