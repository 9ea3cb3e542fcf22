package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeadlineTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ResponseTarget TWO_BUSINESS_HOURS = new ResponseTarget(2, ResponseTarget.Unit.BUSINESS_HOURS);
    private static final ResponseTarget ONE_BUSINESS_DAY = new ResponseTarget(1, ResponseTarget.Unit.BUSINESS_DAYS);

    private static Deadline deadline(String local, ZoneId zone, ResponseTarget target) {
        return Deadline.compute(LocalDateTime.parse(local).atZone(zone).toInstant(), zone, target);
    }

    @Test
    void friday_1730_in_paris_plus_two_business_hours_is_monday_0730() {
        Deadline d = deadline("2026-11-27T17:30", PARIS, TWO_BUSINESS_HOURS);

        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-30T07:30"));
        assertThat(d.segments()).extracting(Deadline.Segment::length)
                .containsExactly(Duration.ofMinutes(30), Duration.ofMinutes(90));
    }

    @Test
    void a_business_target_starting_on_saturday_counts_from_monday_0600() {
        Deadline d = deadline("2026-11-28T10:15", PARIS, TWO_BUSINESS_HOURS);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-30T08:00"));
    }

    @Test
    void a_request_in_the_evening_counts_from_the_next_morning() {
        Deadline d = deadline("2026-11-25T21:00", PARIS, TWO_BUSINESS_HOURS);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-26T08:00"));
    }

    @Test
    void a_request_before_opening_counts_from_0600_the_same_day() {
        Deadline d = deadline("2026-11-25T04:59", PARIS, ONE_BUSINESS_DAY);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-25T18:00"));
    }

    @Test
    void one_business_day_is_twelve_business_hours_and_may_span_two_days() {
        Deadline d = deadline("2026-11-25T15:00", PARIS, ONE_BUSINESS_DAY);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-26T15:00"));
    }

    @Test
    void two_business_days_from_thursday_noon_end_on_monday_noon() {
        Deadline d = deadline("2026-11-26T12:00", PARIS, new ResponseTarget(2, ResponseTarget.Unit.BUSINESS_DAYS));
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-30T12:00"));
    }

    @Test
    void a_request_at_closing_time_counts_from_the_next_business_day() {
        Deadline d = deadline("2026-11-27T18:00", PARIS, TWO_BUSINESS_HOURS);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-30T08:00"));
    }

    @Test
    void business_hours_stay_local_across_the_spring_dst_change_in_new_york() {
        // Clocks go forward on Sunday 2026-03-08; Friday 17:00 EST + 2 business hours = Monday 07:00 EDT.
        Deadline d = deadline("2026-03-06T17:00", NEW_YORK, TWO_BUSINESS_HOURS);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-09T07:00"));
        assertThat(d.due().getOffset().getTotalSeconds()).isEqualTo(-4 * 3600);
    }

    @Test
    void business_hours_stay_local_across_the_autumn_dst_change_in_new_york() {
        // Clocks go back on Sunday 2026-11-01; Friday 17:30 EDT + 1 business day = Monday 17:30 EST.
        Deadline d = deadline("2026-10-30T17:30", NEW_YORK, ONE_BUSINESS_DAY);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-02T17:30"));
        assertThat(d.due().getOffset().getTotalSeconds()).isEqualTo(-5 * 3600);
    }

    @Test
    void a_24_7_target_adds_wall_clock_time_across_midnight() {
        Deadline d = deadline("2026-11-27T23:30", PARIS, new ResponseTarget(1, ResponseTarget.Unit.HOURS));
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-28T00:30"));
    }

    @Test
    void a_24_7_target_counts_real_elapsed_hours_across_a_dst_change() {
        // 2026-03-08 01:30 EST + 1 hour is 03:30 EDT (02:xx does not exist that night).
        Deadline d = deadline("2026-03-08T01:30", NEW_YORK, new ResponseTarget(1, ResponseTarget.Unit.HOURS));
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
        assertThat(Duration.between(d.start(), d.due())).isEqualTo(Duration.ofHours(1));
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
            "2026-11-23T06:00, 2, BUSINESS_HOURS, 2026-11-23T08:00",
            "2026-11-23T17:59, 2, BUSINESS_HOURS, 2026-11-24T07:59",
            "2026-11-27T06:00, 1, BUSINESS_DAYS, 2026-11-27T18:00",
            "2026-11-27T06:01, 1, BUSINESS_DAYS, 2026-11-30T06:01",
            "2026-11-29T23:59, 2, BUSINESS_DAYS, 2026-12-01T18:00",
            "2026-11-27T20:00, 24, HOURS, 2026-11-28T20:00",
    })
    void deadlines_at_the_edges_of_business_hours(String start, int amount, ResponseTarget.Unit unit, String due) {
        Deadline d = deadline(start, PARIS, new ResponseTarget(amount, unit));
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse(due));
    }

    @Test
    void the_segments_add_up_to_the_target() {
        Deadline d = deadline("2026-11-27T17:30", PARIS, new ResponseTarget(2, ResponseTarget.Unit.BUSINESS_DAYS));
        Duration counted = d.segments().stream().map(Deadline.Segment::length).reduce(Duration.ZERO, Duration::plus);
        assertThat(counted).isEqualTo(Duration.ofHours(24));
        assertThat(d.segments()).allSatisfy(s -> assertThat(s.from().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
    }

    @Test
    void a_target_is_positive() {
        assertThatThrownBy(() -> new ResponseTarget(0, ResponseTarget.Unit.HOURS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_deadline_is_in_the_customers_zone() {
        ZonedDateTime start = ZonedDateTime.of(2026, 11, 27, 16, 30, 0, 0, ZoneId.of("UTC"));
        Deadline d = Deadline.compute(start.toInstant(), PARIS, TWO_BUSINESS_HOURS);
        assertThat(d.due().getZone()).isEqualTo(PARIS);
        assertThat(d.due().toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-11-30T07:30"));
    }
}
