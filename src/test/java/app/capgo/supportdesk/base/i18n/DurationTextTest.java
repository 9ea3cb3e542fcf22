package app.capgo.supportdesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Lengths and waits as the verdict and the deadline calculator write them, in both languages. */
class DurationTextTest {

    private static final Messages MESSAGES = new Messages();

    private static Translator in(Locale locale) {
        return (key, params) -> MESSAGES.getTranslation(key, locale, params);
    }

    @Test
    void a_length_is_minutes_hours_or_hours_and_two_digit_minutes() {
        Translator english = in(Locale.ENGLISH);
        assertThat(DurationText.length(Duration.ofMinutes(45), english)).isEqualTo("45 min");
        assertThat(DurationText.length(Duration.ofHours(3), english)).isEqualTo("3 h");
        assertThat(DurationText.length(Duration.ofMinutes(90), english)).isEqualTo("1 h 30");
        assertThat(DurationText.length(Duration.ofMinutes(65), english)).isEqualTo("1 h 05");
        assertThat(DurationText.length(Duration.ofHours(30), english)).isEqualTo("30 h");
        assertThat(DurationText.length(Duration.ofSeconds(59), english)).isEqualTo("0 min");
    }

    @Test
    void a_wait_says_in_and_beyond_two_days_rounds_to_days() {
        assertThat(DurationText.wait(Duration.ofMinutes(45), in(Locale.ENGLISH))).isEqualTo("in 45 min");
        assertThat(DurationText.wait(Duration.ofHours(24), in(Locale.ENGLISH))).isEqualTo("in 24 h");
        assertThat(DurationText.wait(Duration.ofMinutes(24 * 60 + 7), in(Locale.FRENCH))).isEqualTo("dans 24\u00a0h 07");
        assertThat(DurationText.wait(Duration.ofHours(47).plusMinutes(59), in(Locale.ENGLISH))).isEqualTo("in 47 h 59");
        assertThat(DurationText.wait(Duration.ofHours(48), in(Locale.ENGLISH))).isEqualTo("in about 2 days");
        assertThat(DurationText.wait(Duration.ofHours(84), in(Locale.FRENCH))).isEqualTo("dans 4 jours environ");
        assertThat(DurationText.wait(Duration.ofHours(24), in(Locale.FRENCH))).isEqualTo("dans 24\u00a0h");
        assertThat(DurationText.wait(Duration.ofMinutes(-5), in(Locale.ENGLISH))).isEqualTo("in 0 min");
    }
}
