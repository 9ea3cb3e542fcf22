package app.capgo.supportdesk.insights;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The days (UTC, both ends included) and the language (a code such as {@code en}; empty for all)
 * that the insights are read for.
 */
public record InsightPeriod(LocalDate from, LocalDate to, Optional<String> language) {

    /** The longest period read at once: a year of days. */
    public static final int MAX_DAYS = 366;

    public InsightPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("The period is longer than " + MAX_DAYS + " days: " + from + " to " + to);
        }
    }

    /** The last {@code days} days up to {@code today}, today included. */
    public static InsightPeriod last(int days, LocalDate today, Optional<String> language) {
        return new InsightPeriod(today.minusDays(days - 1L), today, language);
    }

    /** Every day of the period, in order. */
    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }
}
