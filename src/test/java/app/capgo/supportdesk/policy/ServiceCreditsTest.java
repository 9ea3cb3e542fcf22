package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCreditsTest {

    @ParameterizedTest(name = "{0}% availability gives {1}% credit")
    @CsvSource({
            "100, 0", "99.95, 0", "99.9, 0", "99.90, 0",
            "99.899999, 10", "99.89, 10", "99.5, 10", "99.0, 10", "98.99, 10", "98.5, 10", "98.0, 10",
            "97.99, 15", "97.999999, 15", "97.0, 15",
            "96.99, 20", "95.0, 20", "95.000001, 20",
            "94.99, 30", "94.999999, 30", "50, 30", "0, 30",
    })
    void the_credit_percentage_is_exact_at_every_band_edge(String availability, int percent) {
        assertThat(ServiceCredits.percent(new BigDecimal(availability))).isEqualTo(percent);
    }

    @ParameterizedTest
    @CsvSource({"100.01", "-0.01", "150"})
    void an_availability_outside_0_to_100_is_refused(String availability) {
        assertThatThrownBy(() -> ServiceCredits.percent(new BigDecimal(availability)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_credit_amount_is_the_fee_times_the_percentage_in_cents() {
        assertThat(ServiceCredits.amount(new BigDecimal("1999.99"), 15)).isEqualByComparingTo("300.00");
        assertThat(ServiceCredits.amount(new BigDecimal("1000"), 10)).isEqualByComparingTo("100.00");
        assertThat(ServiceCredits.amount(new BigDecimal("0.05"), 30)).isEqualByComparingTo("0.02");
        assertThat(ServiceCredits.amount(new BigDecimal("5000"), 0)).isEqualByComparingTo("0");
    }

    @Test
    void a_negative_fee_is_refused() {
        assertThatThrownBy(() -> ServiceCredits.amount(new BigDecimal("-1"), 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_claim_is_due_30_days_after_the_end_of_the_affected_month() {
        assertThat(ServiceCredits.claimBy(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 12, 30));
        assertThat(ServiceCredits.claimBy(YearMonth.of(2026, 1))).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(ServiceCredits.claimBy(YearMonth.of(2028, 2))).isEqualTo(LocalDate.of(2028, 3, 30));
    }

    @Test
    void the_commitment_is_99_9_percent() {
        assertThat(ServiceCredits.COMMITMENT).isEqualByComparingTo("99.9");
    }

    @ParameterizedTest(name = "{0}: {1} min gives {2}% ({3}% credit)")
    @CsvSource({
            // February 2026: 28 days, 40,320 minutes; 0.1% of it is 40.32 minutes.
            "2026-02, 40, 99.90, 0", "2026-02, 41, 99.89, 10",
            // November 2026: 30 days, 43,200 minutes; 0.1% is 43.2 minutes.
            "2026-11, 43, 99.90, 0", "2026-11, 44, 99.89, 10",
            // January 2026: 31 days, 44,640 minutes; 0.1% is 44.64 minutes.
            "2026-01, 44, 99.90, 0", "2026-01, 45, 99.89, 10",
    })
    void a_downtime_just_below_and_just_above_the_commitment_is_exact_for_28_30_and_31_day_months(
            String month, long minutes, String availability, int percent) {
        BigDecimal actual = ServiceCredits.availability(YearMonth.parse(month), minutes);
        assertThat(actual).isEqualByComparingTo(availability);
        assertThat(actual.scale()).as("rounded down to 0.01 %%, as the reading says").isEqualTo(2);
        assertThat(ServiceCredits.percent(actual)).isEqualTo(percent);
    }

    @Test
    void availability_follows_from_downtime_and_the_real_length_of_the_month() {
        // November 2026 has 43,200 minutes: 432 minutes of downtime leave exactly 99.0%, still 10%.
        assertThat(ServiceCredits.availability(YearMonth.of(2026, 11), 432)).isEqualByComparingTo("99.0");
        assertThat(ServiceCredits.percent(ServiceCredits.availability(YearMonth.of(2026, 11), 432))).isEqualTo(10);
        assertThat(ServiceCredits.availability(YearMonth.of(2026, 11), 0)).isEqualByComparingTo("100");
    }

    @Test
    void downtime_longer_than_the_month_or_negative_is_refused() {
        assertThatThrownBy(() -> ServiceCredits.availability(YearMonth.of(2026, 2), 40_321))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceCredits.availability(YearMonth.of(2026, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_bands_cover_0_to_the_commitment_without_gaps() {
        BigDecimal upper = ServiceCredits.COMMITMENT;
        for (ServiceCredits.Band band : ServiceCredits.BANDS) {
            assertThat(band.below()).isEqualByComparingTo(upper);
            upper = band.from();
        }
        assertThat(upper).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @org.junit.jupiter.api.Test
    void a_months_claim_window_opens_when_it_ends_and_closes_after_its_30th_day() {
        java.time.YearMonth november = java.time.YearMonth.of(2026, 11);
        assertThat(ServiceCredits.claimWindow(november, java.time.LocalDate.of(2026, 11, 30)))
                .isEqualTo(ServiceCredits.ClaimWindow.MONTH_NOT_OVER);
        assertThat(ServiceCredits.claimWindow(november, java.time.LocalDate.of(2026, 12, 1)))
                .isEqualTo(ServiceCredits.ClaimWindow.OPEN);
        assertThat(ServiceCredits.claimWindow(november, java.time.LocalDate.of(2026, 12, 30)))
                .isEqualTo(ServiceCredits.ClaimWindow.OPEN);
        assertThat(ServiceCredits.claimWindow(november, java.time.LocalDate.of(2026, 12, 31)))
                .isEqualTo(ServiceCredits.ClaimWindow.CLOSED);
    }

    @org.junit.jupiter.api.Test
    void an_availability_is_counted_rounded_down_to_a_hundredth_of_a_percent() {
        assertThat(ServiceCredits.counted(new BigDecimal("99.8999"))).isEqualByComparingTo("99.89");
        assertThat(ServiceCredits.counted(new BigDecimal("97.999999"))).isEqualByComparingTo("97.99");
        assertThat(ServiceCredits.percent(ServiceCredits.counted(new BigDecimal("99.8999")))).isEqualTo(10);
    }
}
