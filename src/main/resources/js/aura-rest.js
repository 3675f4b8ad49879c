/*
 * Aura Workflows: the one REST helper of the plugin's screens.
 *
 * AuraWorkflows.rest(restBase) returns callRest(method, path, body), which sends JSON with the
 * X-Atlassian-Token: no-check header on every call and always
 * resolves to {ok, status, data, sessionExpired}: data is the parsed JSON body, or null for 204, a
 * non-JSON body or a network failure (status 0). Callers show data.message or their own translated
 * fallback.
 *
 * The header is required, not decoration: the app's REST resources refuse every POST, PUT and DELETE that is
 * neither JSON nor carries it (403 XSRF_CHECK_FAILED), because a page on another site can send a bodyless,
 * form or text/plain request with the user's cookies but cannot add a custom header without a CORS preflight.
 * Bodyless calls (revoke, unlock, delete) rely on the header alone.
 *
 * A 401 means the login session or the secure administrator session (WebSudo) has expired: Confluence
 * answers a WebSudo-protected resource with 401 "This resource requires WebSudo." and an expired login
 * with 401 too. The user can only fix either by reloading and signing in again, so every screen gets
 * sessionExpired: true and data.message replaced by one translated explanation, without each screen
 * having to know about it.
 */
(function () {
    'use strict';
    var aura = window.AuraWorkflows = window.AuraWorkflows || {};

    aura.rest = function (restBase) {
        return function callRest(method, path, body) {
            var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
            var options = {method: method, headers: headers, credentials: 'same-origin'};
            if (body !== undefined) {
                headers['Content-Type'] = 'application/json';
                options.body = JSON.stringify(body);
            }
            return fetch(restBase + path, options).then(function (response) {
                if (response.status === 401) {
                    return {ok: false, status: 401, sessionExpired: true,
                        data: {message: AJS.I18n.getText('aura.rest.error.session.expired')}};
                }
                if (response.status === 204) {
                    return {ok: true, status: 204, data: null};
                }
                return response.json().then(function (data) {
                    return {ok: response.ok, status: response.status, data: data};
                }, function () {
                    return {ok: response.ok, status: response.status, data: null};
                });
            }, function () {
                return {ok: false, status: 0, data: null};
            });
        };
    };
}());
