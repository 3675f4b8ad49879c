/*
 * Aura Workflows: the one pair of dialog helpers of the plugin's screens (native <dialog>, with a fallback
 * for browsers without showModal). hideDialog fires "close" in the fallback too, as a native dialog does,
 * so screens can reset their dialogs in one listener.
 *
 * Every dialog closes with Escape and gives the focus back to the control that opened it. Escape is handled
 * on the window in the capture phase while a dialog is open: Confluence's (AUI's) global key handlers would
 * otherwise see the key first and swallow it, and a native dialog would then ignore it.
 *
 * setBusy(button, busy) marks the primary button of a running request: disabled (no second submit), with AUI's own
 * busy spinner (the aui-button element's busy()/idle()) or, without it, the same small spinner of our own and
 * aria-busy. Cancel stays usable: closing a dialog while its request runs only hides the answer. A button that had the
 * focus when it went busy gets it back when it is idle again, unless the focus has moved on meanwhile: a disabled
 * button loses the focus to the page's body, where a keyboard user would have to start over.
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

    aura.setBusy = function (button, busy) {
        if (!button) {
            return;
        }
        if (busy && document.activeElement === button) {
            button.auraHadFocus = true;
        }
        button.disabled = busy;
        if (!busy && button.auraHadFocus) {
            button.auraHadFocus = false;
            var focused = document.activeElement;
            if (!focused || focused === document.body) {
                button.focus();
            }
        }
        var aui = typeof button.busy === 'function' && typeof button.idle === 'function'
            && typeof button.isBusy === 'function';
        if (aui) {
            if (busy !== button.isBusy()) {
                if (busy) {
                    button.busy();
                } else {
                    button.idle();
                }
            }
            return;
        }
        var spinner = button.querySelector('.aura-busy-spinner');
        if (busy && !spinner) {
            spinner = document.createElement('span');
            spinner.className = 'aura-busy-spinner';
            spinner.setAttribute('aria-hidden', 'true');
            button.appendChild(spinner);
            button.setAttribute('aria-busy', 'true');
        } else if (!busy && spinner) {
            button.removeChild(spinner);
            button.removeAttribute('aria-busy');
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
