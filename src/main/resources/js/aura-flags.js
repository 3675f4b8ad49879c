/*
 * Aura Workflows: success and error flags, as Confluence shows them (AUI flag: top right, closes by itself).
 *
 * AUI's flag is used when the page has it: the AMD module "aui/flag" (how Confluence 10 plugins ask for it, with the
 * web-resource dependency com.atlassian.auiplugin:aui-flag) or the older global AJS.flag. Without AUI (a stripped
 * page) the same markup is shown in a live region, so the message is never lost.
 *
 * A flag for after a reload (the panel reloads the page so the server-rendered lozenge shows the new state) is kept
 * in the tab's sessionStorage and shown once the page is back.
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};
    var PENDING = 'aura-workflows-flag';

    function auiFlag() {
        if (typeof window.require === 'function') {
            try {
                var amd = window.require('aui/flag');
                if (typeof amd === 'function') {
                    return amd;
                }
            } catch (notDefined) {
                // no AMD module of that name on this page: try the global
            }
        }
        return window.AJS && typeof window.AJS.flag === 'function' ? window.AJS.flag : null;
    }

    function fallback(type, text) {
        var container = document.getElementById('aura-flag-container');
        if (!container) {
            container = document.createElement('div');
            container.id = 'aura-flag-container';
            container.className = 'aura-flag-container';
            // where AUI puts its flags: top right, above the page
            container.style.cssText = 'position:fixed;top:72px;right:24px;z-index:4000;max-width:400px';
            container.setAttribute('role', 'status');
            container.setAttribute('aria-live', 'polite');
            document.body.appendChild(container);
        }
        var flag = document.createElement('div');
        flag.className = 'aui-flag aura-flag';
        var message = document.createElement('div');
        message.className = 'aui-message aui-message-' + type;
        message.textContent = text;
        flag.appendChild(message);
        container.appendChild(flag);
        window.setTimeout(function () { flag.remove(); }, 8000);
    }

    /** Shows a flag now: type is "success" or "error"; text is plain text. */
    aura.flag = function (type, text) {
        var show = auiFlag();
        if (show) {
            var body = document.createElement('p');
            body.textContent = text; // never HTML: the text may hold a user's or a page's name
            show({ type: type, body: body.outerHTML, close: 'auto' });
        } else {
            fallback(type, text);
        }
    };

    /** Keeps a success flag for the page the browser is about to load (a reload of this one). */
    aura.flagAfterReload = function (text) {
        try {
            window.sessionStorage.setItem(PENDING, text);
        } catch (storageOff) {
            aura.flag('success', text);
        }
    };

    function showPending() {
        var text = null;
        try {
            text = window.sessionStorage.getItem(PENDING);
            window.sessionStorage.removeItem(PENDING);
        } catch (storageOff) {
            return;
        }
        if (text) {
            aura.flag('success', text);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', showPending);
    } else {
        showPending();
    }
}());
