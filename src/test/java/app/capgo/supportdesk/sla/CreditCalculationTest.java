package app.capgo.supportdesk.sla;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CreditCalculationTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @ParameterizedTest(name = "{0} reads as {1} in {2}")
    @CsvSource(delimiter = '|', value = {
            "98.5|98.5|en", "98,5|98.5|fr", "98,5|98.5|en", "98,5 %|98.5|fr", " 99 |99|en",
            "1 500,50|1500.50|fr", "1.500,50|1500.50|fr", "1,500.50|1500.50|en", "1,000|1000|en", "1,000|1.000|fr",
            "1\u202F500,50|1500.50|fr", "-3|-3|en"})
    void decimals_are_read_as_people_type_them(String text, String expected, String language) {
        assertThat(DecimalInput.parse(text, Locale.of(language))).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @ParameterizedTest
    @CsvSource({"abc", "98..5", "1e3", "''", "'=1+1'", "'12,3,4.5.6'"})
    void anything_else_is_not_a_number(String text) {
        assertThat(DecimalInput.parse(text, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void a_credit_gives_percent_amount_and_claim_date() {
        var r = (CreditCalculation.Credit) CreditCalculation.calculate(NOVEMBER, CreditCalculation.Mode.AVAILABILITY,
                "98,99", "", "2 000", Locale.FRENCH);
        assertThat(r.percent()).isEqualTo(10);
        assertThat(r.amount()).isEqualByComparingTo("200.00");
        assertThat(r.claimBy()).isEqualTo(LocalDate.of(2026, 12, 30));
    }

    @Test
    void downtime_is_turned_into_availability_over_the_real_month() {
        var r = (CreditCalculation.Credit) CreditCalculation.calculate(YearMonth.of(2026, 2),
                CreditCalculation.Mode.DOWNTIME, "", "2016", "1000", Locale.ENGLISH);
        assertThat(r.availability()).isEqualByComparingTo(new BigDecimal("95.0000"));
        assertThat(r.percent()).isEqualTo(20);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "AVAILABILITY|100.5||100|AVAILABILITY|sla.credit.error.availability-range",
            "AVAILABILITY|ninety||100|AVAILABILITY|sla.credit.error.availability-format",
            "AVAILABILITY|-1||100|AVAILABILITY|sla.credit.error.availability-range",
            "DOWNTIME||43201|100|DOWNTIME|sla.credit.error.downtime-range",
            "DOWNTIME||-5|100|DOWNTIME|sla.credit.error.downtime-range",
            "DOWNTIME||12.5|100|DOWNTIME|sla.credit.error.downtime-format",
            "AVAILABILITY|98||-10|FEE|sla.credit.error.fee-negative",
            "AVAILABILITY|98||10.005|FEE|sla.credit.error.fee-format",
            "AVAILABILITY|98||<script>|FEE|sla.credit.error.fee-format",
    })
    void impossible_input_names_the_field_and_the_message(CreditCalculation.Mode mode, String availability,
            String downtime, String fee, CreditCalculation.Field field, String key) {
        var r = CreditCalculation.calculate(NOVEMBER, mode, availability == null ? "" : availability,
                downtime == null ? "" : downtime, fee, Locale.ENGLISH);
        assertThat(r).isInstanceOfSatisfying(CreditCalculation.Invalid.class, invalid -> {
            assertThat(invalid.field()).isEqualTo(field);
            assertThat(invalid.messageKey()).isEqualTo(key);
        });
    }
}
