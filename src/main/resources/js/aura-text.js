/*
 * Aura Workflows - the text helpers every screen's script shares: pure functions, no DOM, so the build unit-tests
 * them with Node's own test runner (src/test/js, in mvn verify).
 *
 *   AuraWorkflows.text.format("{0} of {1} needed", [1, 2])  -> "1 of 2 needed"
 *   AuraWorkflows.text.dateTime("2026-12-03T16:19:00Z", "Europe/Berlin") -> "2026-12-03 17:19 Europe/Berlin"
 *
 * Times read as the server's screens print them (date, 24-hour time, the zone named), in the viewer's Confluence
 * profile zone that the server puts into the page, never the browser's own zone or locale format.
 */
(function (root) {
    'use strict';
    var aura = root.AuraWorkflows = root.AuraWorkflows || {};
    var UTC_NAMES = ['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/Universal', 'Universal', 'Zulu', 'Etc/Zulu'];

    /** Fills {0}, {1}, ... with the arguments in order; a missing or null argument leaves nothing, never "undefined". */
    function format(pattern, args) {
        var values = args || [];
        return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
            var value = values[Number(index)];
            return value === undefined || value === null ? '' : String(value);
        });
    }

    /** "UTC" for the zones that are UTC, else the zone id: the label the server's screens use. */
    function zoneLabel(zone) {
        return !zone || UTC_NAMES.indexOf(zone) >= 0 ? 'UTC' : zone;
    }

    /**
     * An ISO-8601 instant as "yyyy-MM-dd HH:mm <zone>" in the IANA zone given (UTC when none, or when the browser does
     * not know the zone); the text itself when it is not a time.
     */
    function dateTime(iso, zone) {
        var date = new Date(iso);
        if (isNaN(date.getTime())) {
            return String(iso);
        }
        var parts;
        var label = zoneLabel(zone);
        try {
            parts = new Intl.DateTimeFormat('en-GB', {timeZone: label === 'UTC' ? 'UTC' : zone, year: 'numeric',
                month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
                .formatToParts(date);
        } catch (unknownZone) {
            return dateTime(iso, 'UTC');
        }
        var field = {};
        parts.forEach(function (part) {
            field[part.type] = part.value;
        });
        return field.year + '-' + field.month + '-' + field.day + ' ' + field.hour + ':' + field.minute + ' ' + label;
    }

    /**
     * A key made from a name, as the Builder generates state keys ("In Review" -> "in-review"): lower case ASCII
     * letters, digits and single hyphens, accents dropped, at most 64 characters; {@code fallback} when nothing is left.
     */
    function keyFrom(name, fallback) {
        var key = String(name || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
            .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64).replace(/-+$/g, '');
        return key || fallback;
    }

    aura.text = {format: format, dateTime: dateTime, zoneLabel: zoneLabel, keyFrom: keyFrom};
}(window));
