/*
 * Aura Workflows - the workflow panel's history list (#aura-wf-history-list): pages of
 *   GET {restBase}/pages/{pageId}/history?start&limit   newest first
 * with "Load more" (#aura-wf-history-more) appending the next page while the server says there are more.
 *
 *   var history = AuraWorkflows.panelHistory(panel);  history.load(true);  // from the first entry again
 *
 * The sentences come from AuraWorkflows.panelHistoryText; user data goes in as text only.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var PAGE_SIZE = 10;

    function el(tag, attrs, children) {
        return aura.dom.el(tag, attrs, children);
    }

    function signatureLine(signature, text) {
        var hash = aura.panelHistoryText.signatureHash(signature);
        return el('span', {'class': 'aura-wf-signature', title: hash || null,
            text: aura.panelHistoryText.signatureFacts(signature, text)});
    }

    function entryItem(entry, text, timeZone) {
        var verified = entry.twoFactorVerified;
        return el('li', {'class': aura.panelHistoryText.entryClass(entry), 'data-type': entry.type}, [
            el('span', {'class': 'aura-wf-history-text', text: aura.panelHistoryText.sentence(entry, text)}),
            entry.round ? el('span', {'class': 'aura-wf-history-round',
                text: aura.panelHistoryText.roundText(entry.round, text)}) : null,
            verified ? root.document.createTextNode(' ') : null,
            verified ? el('span', {'class': 'aui-lozenge aui-lozenge-success aura-wf-history-verified',
                text: text.i18nVerified}) : null,
            entry.comment ? el('q', {'class': 'aura-wf-history-comment', text: entry.comment}) : null,
            entry.signature ? signatureLine(entry.signature, text) : null,
            // In the viewer's Confluence profile zone, as every screen prints times (not the browser's zone or locale);
            // the attribute keeps the instant as the server sent it, so every entry's <time> has one.
            el('time', {'class': 'aura-wf-history-time', datetime: String(entry.at),
                text: aura.text.dateTime(entry.at, timeZone)})
        ]);
    }

    aura.panelHistory = function (panel) {
        var list = root.document.getElementById('aura-wf-history-list');
        var more = root.document.getElementById('aura-wf-history-more');
        var loaded = 0;

        function show(entries) {
            var timeZone = panel.root.getAttribute('data-time-zone');
            entries.forEach(function (entry) {
                list.appendChild(entryItem(entry, panel.text, timeZone));
            });
            loaded += entries.length;
            if (loaded === 0) {
                list.appendChild(el('li', {'class': 'aura-wf-history-empty', text: panel.text.i18nHistoryEmpty}));
            }
        }

        function load(reset) {
            if (reset) {
                aura.dom.clear(list);
                loaded = 0;
            }
            more.disabled = true;
            return panel.callRest('GET', panel.pagePath + '/history?start=' + loaded + '&limit=' + PAGE_SIZE)
                .then(function (result) {
                    more.disabled = false;
                    if (!result.ok) {
                        panel.fail(aura.panelText.errorMessage(result, panel.text));
                        return;
                    }
                    show(result.data.entries);
                    more.hidden = !result.data.hasMore;
                });
        }

        more.addEventListener('click', function () { load(false); });
        return {load: load};
    };
}(window));
