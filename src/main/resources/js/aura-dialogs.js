/*
 * Aura Workflows: the one pair of dialog helpers of the plugin's screens (native <dialog>, with a fallback
 * for browsers without showModal). hideDialog fires "close" in the fallback too, as a native dialog does,
 * so screens can restore focus and reset their dialogs in one listener.
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};

    aura.showDialog = function (dialog) {
        if (typeof dialog.showModal === 'function') {
            dialog.showModal();
        } else {
            dialog.setAttribute('open', '');
        }
    };

    aura.hideDialog = function (dialog) {
        if (typeof dialog.close === 'function' && dialog.open) {
            dialog.close();
        } else {
            dialog.removeAttribute('open');
            dialog.dispatchEvent(new Event('close'));
        }
    };
}());
