package app.auraworkflows.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The audit export's CSV: quoted fields, doubled quotes, CRLF rows, and no cell a spreadsheet would run. */
class AuditCsvTest {
    @Test
    void everyFieldIsQuotedQuotesAreDoubledAndRowsEndWithCrLf() throws Exception {
        StringWriter out = new StringWriter();
        AuditCsv csv = new AuditCsv(out);
        csv.row(List.of("a", "say \"hi\"", "x,y"));
        csv.row(Arrays.asList("", null, "line\nbreak"));
        assertEquals("\"a\",\"say \"\"hi\"\"\",\"x,y\"\r\n\"\",\"\",\"line\nbreak\"\r\n", out.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tcmd", "\rcmd"})
    void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAnApostrophe(String value) {
        assertEquals("\"'" + value + "\"", AuditCsv.quote(value));
    }

    @Test
    void ordinaryTextIsLeftAsItIs() {
        assertEquals("\"Alice Archer\"", AuditCsv.quote("Alice Archer"));
        assertEquals("\"2026-12-01T10:00:00Z\"", AuditCsv.quote("2026-12-01T10:00:00Z"));
        assertEquals("\"a=b\"", AuditCsv.quote("a=b"));
    }
}
