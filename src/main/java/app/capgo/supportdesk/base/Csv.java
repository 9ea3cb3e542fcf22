package app.capgo.supportdesk.base;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV files (RFC 4180) as the app's exports write them: a cell starting with {@code = + - @}, a tab
 * or a carriage return is prefixed with a single quote, so that a spreadsheet never runs it as a
 * formula; a cell with a separator ({@code ,} or the {@code ;} French spreadsheets split on), a quote
 * or a line break is quoted.
 */
public final class Csv {

    private Csv() {
    }

    /** One line of cells, ended by CR LF. */
    public static String line(List<String> cells) {
        return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    /** One cell, neutralised against formulas and quoted when needed. */
    public static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.contains(",") || safe.contains(";") || safe.contains("\"") || safe.contains("\n")
                || safe.contains("\r");
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    /**
     * The file to download: UTF-8 behind a byte-order mark, which spreadsheet programs need to read
     * accented text as written (without it, Excel takes the file for the system's code page).
     */
    public static byte[] file(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }
}
