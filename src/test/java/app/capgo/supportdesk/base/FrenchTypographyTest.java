package app.capgo.supportdesk.base;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French texts follow French typography: a non-breaking space before ":", ";", "?", "!" and "»",
 * after "«", and between a number and its unit ("24 h/24"), so a line never starts with a colon.
 */
class FrenchTypographyTest {

    private static final Pattern BREAKABLE = Pattern.compile(" [:;?!»]|« |\\d [hj](/|\\b)");

    @Test
    void no_french_text_breaks_a_line_before_its_punctuation_or_inside_a_quantity() throws IOException {
        Properties french = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages_fr.properties")) {
            french.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> breakable = french.stringPropertyNames().stream().sorted()
                .filter(key -> BREAKABLE.matcher(french.getProperty(key)).find())
                .map(key -> key + ": " + french.getProperty(key))
                .toList();
        assertThat(breakable).isEmpty();
        assertThat(french.getProperty("target.hours")).contains("24\u00a0h/24");
    }
}
