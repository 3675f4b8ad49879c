/*
 * Aura Workflows - user 2FA setup screen (Settings > Aura Workflows 2FA).
 *
 * The screen works without JavaScript (steps are links, "Confirm setup" is a form POST with the
 * atl_token XSRF field). This script only adds conveniences:
 *   - the "Copy key" button (hidden until the script shows it, because copying needs script);
 *   - pasting a code with spaces ("123 456") into the code field;
 *   - no double submission of the confirm form;
 *   - on a phone, "Open in authenticator app" (the otpauth URI of the setup, shown only while it is pending).
 * Texts come from data-i18n-* attributes rendered by the Soy template. The setup key is never logged.
 */
(function () {
    'use strict';

    function initCopy() {
        var button = document.getElementById('aura-2fa-copy');
        var status = document.getElementById('aura-2fa-copy-status');
        var key = document.getElementById('aura-2fa-manual-key');
        if (!button || !status || !key) {
            return;
        }
        button.hidden = false;

        function selectKey() {
            var range = document.createRange();
            range.selectNodeContents(key);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }

        function fallbackCopy() {
            selectKey();
            var copied = false;
            try {
                copied = document.execCommand('copy');
            } catch (e) {
                copied = false;
            }
            status.textContent = copied ? button.getAttribute('data-i18n-copied')
                : button.getAttribute('data-i18n-copy-failed');
        }

        button.addEventListener('click', function () {
            var value = button.getAttribute('data-copy-text');
            if (navigator.clipboard && window.isSecureContext) {
                navigator.clipboard.writeText(value).then(function () {
                    status.textContent = button.getAttribute('data-i18n-copied');
                }, fallbackCopy);
            } else {
                fallbackCopy();
            }
        });
    }

    function initCodeForm() {
        var form = document.getElementById('aura-2fa-confirm-form');
        var input = document.getElementById('aura-2fa-code');
        if (!form || !input) {
            return;
        }
        input.addEventListener('paste', function (event) {
            var pasted = (event.clipboardData || window.clipboardData).getData('text') || '';
            var compact = pasted.replace(/\s+/g, '');
            if (compact !== pasted && /^[0-9]{6}$/.test(compact)) {
                event.preventDefault();
                input.value = compact;
            }
        });
        var submitted = false;
        form.addEventListener('submit', function (event) {
            if (submitted) {
                event.preventDefault();
                return;
            }
            submitted = true;
            var button = document.getElementById('aura-2fa-confirm');
            if (button) {
                button.setAttribute('aria-disabled', 'true');
            }
        });
    }

    /**
     * "Open in authenticator app", on a phone only: the QR code cannot be scanned by the phone that shows it, and a
     * tap on the otpauth URI hands the setup to the authenticator app installed there. The href is set here (the
     * template carries the URI as a data attribute: Soy refuses non-web URI schemes in links).
     */
    function initOpenApp() {
        var link = document.getElementById('aura-2fa-open-app');
        var uri = link && link.getAttribute('data-otpauth');
        if (!uri || uri.indexOf('otpauth://') !== 0) {
            return;
        }
        var phone = window.matchMedia && window.matchMedia('(max-width: 600px), (pointer: coarse)').matches;
        if (phone) {
            link.setAttribute('href', uri);
            link.hidden = false;
        }
    }

    function init() {
        initCopy();
        initCodeForm();
        initOpenApp();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
}());
