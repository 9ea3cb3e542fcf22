package app.capgo.supportdesk.base;

import app.capgo.supportdesk.base.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateFormatsTest {

    @Test
    void french_writes_the_first_of_a_month_as_an_ordinal() {
        assertThat(Messages.format(LocalDate.of(2026, 12, 1), "EEEE d MMMM yyyy", Locale.FRENCH))
                .isEqualTo("mardi 1er décembre 2026");
        assertThat(Messages.format(LocalDate.of(2026, 12, 11), "EEEE d MMMM yyyy", Locale.FRENCH))
                .isEqualTo("vendredi 11 décembre 2026");
        assertThat(Messages.format(LocalDate.of(2026, 12, 21), "d MMMM", Locale.FRENCH)).isEqualTo("21 décembre");
    }

    @Test
    void english_keeps_the_cardinal() {
        assertThat(Messages.format(LocalDate.of(2026, 12, 1), "EEEE d MMMM yyyy", Locale.ENGLISH))
                .isEqualTo("Tuesday 1 December 2026");
    }
}
