package app.capgo.supportdesk.policy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/** Capgo's business hours: 06:00 to 18:00 in the customer's zone, Monday to Friday. */
public final class BusinessHours {

    public static final LocalTime OPENS = LocalTime.of(6, 0);
    public static final LocalTime CLOSES = LocalTime.of(18, 0);
    /** One business day counts as the business hours of one day (twelve, from opening to closing). */
    public static final int HOURS_PER_DAY = (int) Duration.between(OPENS, CLOSES).toHours();

    private BusinessHours() {
    }

    static boolean isBusinessDay(DayOfWeek day) {
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Whether {@code t} lies within business hours (opening included, closing excluded). */
    static boolean isOpen(ZonedDateTime t) {
        LocalTime time = t.toLocalTime();
        return isBusinessDay(t.getDayOfWeek()) && !time.isBefore(OPENS) && time.isBefore(CLOSES);
    }

    /** {@code t} itself when open, else the next opening in the same zone. */
    static ZonedDateTime nextOpening(ZonedDateTime t) {
        if (isOpen(t)) {
            return t;
        }
        ZonedDateTime day = t.toLocalTime().isBefore(OPENS) ? t : t.plusDays(1);
        while (!isBusinessDay(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.toLocalDate().atTime(OPENS).atZone(t.getZone());
    }

    /** The closing time of the business day that {@code open} (an open instant) belongs to. */
    static ZonedDateTime closing(ZonedDateTime open) {
        return open.toLocalDate().atTime(CLOSES).atZone(open.getZone());
    }

    /** The business time of a day from {@code from} to its closing. */
    static Duration leftToday(ZonedDateTime from) {
        return Duration.between(from, closing(from));
    }
}
