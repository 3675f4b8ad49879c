/*
 * Aura Workflows - mounts the workflow panel in the page byline (web-resource context "page").
 *
 * Confluence's page-banner plugin shows the plugin's web-item (section page.metadata.banner, link id
 * aura-workflow-byline-link) in the page byline. On page view this script reads the page id Confluence gives
 * page scripts (AJS.Meta.get('page-id'), i.e. <meta name="ajs-page-id">), loads the panel's server-rendered
 * fragment from
 *   GET {AJS.contextPath()}/plugins/servlet/aura-workflows/page-panel?pageId={id}
 * and puts it into the byline item in place of the item's link, then starts the panel
 * (AuraWorkflows.initPanel). The fragment's own controls are what people use: the state lozenge is a
 * <button aria-expanded aria-controls> that opens the panel, "Add workflow" a <button> that opens its dialog;
 * the link (hidden by the stylesheet from the start, so nothing flickers) stays hidden and out of the tab order.
 * Nothing to show (204), a page the viewer cannot see (404) or a failed request: the whole item is hidden.
 * On other page screens (the editor) there is no byline item, so nothing happens.
 *
 * The fragment is HTML rendered and escaped by the server's Soy template; it is parsed with DOMParser (its
 * scripts never run) and no user data is put into HTML here.
 */
(function () {
    'use strict';

    var LINK_ID = 'aura-workflow-byline-link';
    var PANEL_PATH = '/plugins/servlet/aura-workflows/page-panel';

    function meta(key) {
        if (window.AJS && window.AJS.Meta && typeof window.AJS.Meta.get === 'function') {
            return window.AJS.Meta.get(key);
        }
        var tag = document.querySelector('meta[name="ajs-' + key + '"]');
        return tag ? tag.getAttribute('content') : undefined;
    }

    function contextPath() {
        if (window.AJS && typeof window.AJS.contextPath === 'function') {
            return window.AJS.contextPath();
        }
        return meta('context-path') || '';
    }

    function mount() {
        var link = document.getElementById(LINK_ID);
        var pageId = meta('page-id');
        if (!link || !pageId || !/^[0-9]+$/.test(pageId) || document.getElementById('aura-workflow-panel')) {
            return;
        }
        var item = link.closest('li') || link.parentNode;
        link.hidden = true;
        link.setAttribute('aria-hidden', 'true');
        link.tabIndex = -1;
        window.fetch(contextPath() + PANEL_PATH + '?pageId=' + encodeURIComponent(pageId), {
            credentials: 'same-origin',
            headers: {Accept: 'text/html'}
        }).then(function (response) {
            return response.status === 200 ? response.text() : '';
        }).then(function (html) {
            var fragment = new DOMParser().parseFromString(html, 'text/html');
            if (!fragment.getElementById('aura-workflow-panel')) {
                item.hidden = true;
                return;
            }
            item.classList.add('aura-wf-byline-item');
            while (fragment.body.firstChild) {
                item.appendChild(document.adoptNode(fragment.body.firstChild));
            }
            window.AuraWorkflows.initPanel();
        }).catch(function () {
            item.hidden = true;
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', mount);
    } else {
        mount();
    }
}());
