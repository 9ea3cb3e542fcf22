package app.capgo.supportdesk.sales;

import app.capgo.supportdesk.sales.InquiryCsv;

import org.junit.jupiter.params.ParameterizedTest;
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
    })
    void cells_starting_like_a_formula_are_neutralised(String value, String expected) {
        assertThat(InquiryCsv.cell(value)).isEqualTo(expected);
    }
}
