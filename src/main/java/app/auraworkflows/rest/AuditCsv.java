package app.auraworkflows.rest;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Role: writes the 2FA audit export as RFC 4180 CSV. Every field is quoted; a field that a spreadsheet would
 * run as a formula (starting with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe, so a
 * crafted full name or page title cannot execute anything when an auditor opens the file (CSV injection).
 */
final class AuditCsv {
    private final Writer out;

    AuditCsv(Writer out) {
        this.out = out;
    }

    void row(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write("\r\n");
    }

    static String quote(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
