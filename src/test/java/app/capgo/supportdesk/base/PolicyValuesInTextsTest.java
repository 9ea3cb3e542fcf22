package app.capgo.supportdesk.base;

import app.capgo.supportdesk.policy.BusinessHours;
import app.capgo.supportdesk.policy.ServiceCredits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The texts receive what configuration or the policy core owns (addresses, business hours, the
 * commitment, the claim window, hours per day) as message arguments: none is written into a
 * bundle, so a change of the setting or the policy can never leave a text behind.
 */
class PolicyValuesInTextsTest {

    /** The one text that quotes the published wording itself ("ninety-nine percent (99.9%)"). */
    private static final String QUOTES_THE_PUBLISHED_COMMITMENT = "reading.commitment_is_99_9";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages.properties", "messages_fr.properties"})
    void no_text_writes_an_address_an_opening_hour_or_a_policy_figure_itself(String bundle) throws IOException {
        Properties texts = new Properties();
        try (var in = new InputStreamReader(Objects.requireNonNull(getClass().getResourceAsStream("/" + bundle)),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        String commitment = ServiceCredits.COMMITMENT.toPlainString();
        List<Pattern> owned = List.of(
                Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}"),
                Pattern.compile("\\b0?" + BusinessHours.OPENS.getHour() + "[:h]00\\b"),
                Pattern.compile("\\b" + BusinessHours.CLOSES.getHour() + "[:h]00\\b"),
                Pattern.compile(Pattern.quote(commitment) + "|" + Pattern.quote(commitment.replace('.', ','))),
                Pattern.compile("\\b" + ServiceCredits.CLAIM_DAYS + "\\s*(days|jours|th|e)\\b"),
                Pattern.compile("\\b" + BusinessHours.HOURS_PER_DAY + "\\s*(business hours|heures d’ouverture)"));
        List<String> found = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            if (key.equals(QUOTES_THE_PUBLISHED_COMMITMENT)) {
                continue;
            }
            String text = texts.getProperty(key);
            for (Pattern pattern : owned) {
                if (pattern.matcher(text).find()) {
                    found.add(key + " = " + text);
                }
            }
        }
        assertThat(found).as("texts that write a configured or policy value instead of receiving it").isEmpty();
    }
}
