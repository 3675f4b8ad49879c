/*
 * Aura Workflows: the one pair of dialog helpers of the plugin's screens (native <dialog>, with a fallback
 * for browsers without showModal). hideDialog fires "close" in the fallback too, as a native dialog does,
 * so screens can reset their dialogs in one listener.
 *
 * Every dialog closes with Escape and gives the focus back to the control that opened it. Escape is handled
 * on the window in the capture phase while a dialog is open: Confluence's (AUI's) global key handlers would
 * otherwise see the key first and swallow it, and a native dialog would then ignore it.
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};

    aura.hideDialog = function (dialog) {
        if (typeof dialog.close === 'function' && dialog.open) {
            dialog.close();
        } else if (dialog.hasAttribute('open')) {
            dialog.removeAttribute('open');
            dialog.dispatchEvent(new Event('close'));
        }
    };

    aura.showDialog = function (dialog) {
        var opener = document.activeElement;
        function onKey(event) {
            if (event.key === 'Escape' && !event.defaultPrevented) {
                event.preventDefault();
                event.stopPropagation();
                aura.hideDialog(dialog);
            }
        }
        function onClose() {
            window.removeEventListener('keydown', onKey, true);
            dialog.removeEventListener('close', onClose);
            // Screens may move the focus themselves in their own close listener; only a focus left on the page's
            // body (or inside the closed dialog) goes back to the opener.
            window.setTimeout(function () {
                var focused = document.activeElement;
                if (opener && document.body.contains(opener)
                        && (!focused || focused === document.body || dialog.contains(focused))) {
                    opener.focus();
                }
            }, 0);
        }
        window.addEventListener('keydown', onKey, true);
        dialog.addEventListener('close', onClose);
        if (typeof dialog.showModal === 'function') {
            dialog.showModal();
        } else {
            dialog.setAttribute('open', '');
        }
    };
}());
