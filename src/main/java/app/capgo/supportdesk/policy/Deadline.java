package app.capgo.supportdesk.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A first-response deadline with how it was counted: one segment per stretch of time counted
 * (one for a 24/7 target, one per business day used for a business-hours target).
 */
public record Deadline(ZonedDateTime start, ResponseTarget target, ZonedDateTime due, List<Segment> segments) {

    /** A stretch of counted time. */
    public record Segment(ZonedDateTime from, ZonedDateTime to) {
        public Duration length() {
            return Duration.between(from, to);
        }
    }

    public Deadline {
        segments = List.copyOf(segments);
    }

    /**
     * The deadline for a request submitted at {@code submitted} by a customer in {@code zone}:
     * wall-clock time for 24/7 targets; business time (06:00-18:00, Monday-Friday, local time,
     * so daylight-saving changes move nothing) for business targets.
     */
    public static Deadline compute(Instant submitted, ZoneId zone, ResponseTarget target) {
        ZonedDateTime start = submitted.atZone(zone);
        if (!target.businessHoursOnly()) {
            ZonedDateTime due = submitted.plus(target.duration()).atZone(zone);
            return new Deadline(start, target, due, List.of(new Segment(start, due)));
        }
        List<Segment> segments = new ArrayList<>();
        Duration remaining = target.duration();
        ZonedDateTime t = BusinessHours.nextOpening(start);
        while (true) {
            Duration today = BusinessHours.leftToday(t);
            if (remaining.compareTo(today) <= 0) {
                ZonedDateTime due = t.plus(remaining);
                segments.add(new Segment(t, due));
                return new Deadline(start, target, due, segments);
            }
            segments.add(new Segment(t, BusinessHours.closing(t)));
            remaining = remaining.minus(today);
            t = BusinessHours.nextOpening(BusinessHours.closing(t));
        }
    }
}
