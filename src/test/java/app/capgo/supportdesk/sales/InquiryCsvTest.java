package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.base.Csv;

import org.junit.jupiter.params.ParameterizedTest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InquiryCsvTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|`\"'=HYPERLINK(\"\"http://x\"\")\"`",
            "+33 1 23|'+33 1 23",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "plain|plain",
            "a,b|`\"a,b\"`",
            "Café|Café",
            "a;b|`\"a;b\"`",
            "=1;2|`\"'=1;2\"`",
    })
    void cells_starting_like_a_formula_are_neutralised(String value, String expected) {
        assertThat(Csv.cell(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "read with ''{0}''")
    @CsvSource({"','", "';'"})
    void a_line_reads_back_as_its_cells_whichever_separator_the_spreadsheet_splits_on(char separator) {
        List<String> cells = List.of("=cmd|' /C calc'!A0", "Dupont; Durand", "a,b", "multi\nline", "-1");
        String line = Csv.line(cells);
        List<String> read = split(line.strip(), separator);
        if (separator == ',') {
            assertThat(read).containsExactly("'=cmd|' /C calc'!A0", "Dupont; Durand", "a,b", "multi\nline", "'-1");
        } else {
            // Split on ';', no quoted cell is cut and no cell starts like a formula.
            assertThat(read).allSatisfy(cell -> assertThat(cell).doesNotStartWith("=").doesNotStartWith("-")
                    .doesNotStartWith("+").doesNotStartWith("@").doesNotStartWith(" Durand"));
            assertThat(read).hasSize(1);
        }
    }

    /** A minimal RFC 4180 reader with a chosen separator, as spreadsheets read CSV. */
    private static List<String> split(String line, char separator) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    @org.junit.jupiter.api.Test
    void the_downloaded_file_starts_with_a_byte_order_mark_for_spreadsheets() {
        byte[] file = InquiryCsv.file(java.util.stream.Stream.empty(), id -> List.of(), key -> "[" + key + "]");
        assertThat(java.util.Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8).substring(1))
                .startsWith("[record.reference],[sales.column.created],[record.name]").contains("[sales.csv.notes]");
    }
}
