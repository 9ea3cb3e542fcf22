package app.capgo.supportdesk.policy;

import java.time.Duration;

/** A target initial response time as published: an amount and how it is counted. */
public record ResponseTarget(int amount, Unit unit) {

    /** Hours counted around the clock, or business hours/days counted Monday to Friday. */
    public enum Unit implements Code {
        /** Wall-clock hours, 24/7/365. */
        HOURS("hours"),
        /** Hours within business hours (06:00-18:00, Monday-Friday, the customer's zone). */
        BUSINESS_HOURS("business-hours"),
        /** Business days of {@link BusinessHours#HOURS_PER_DAY} business hours each. */
        BUSINESS_DAYS("business-days");

        private final String code;

        Unit(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public ResponseTarget {
        if (amount <= 0) {
            throw new IllegalArgumentException("a response target is positive: " + amount);
        }
    }

    /** Whether the target counts only business hours. */
    public boolean businessHoursOnly() {
        return unit != Unit.HOURS;
    }

    /** The time to count: wall-clock time, or business time for business units. */
    public Duration duration() {
        return switch (unit) {
            case HOURS, BUSINESS_HOURS -> Duration.ofHours(amount);
            case BUSINESS_DAYS -> Duration.ofHours((long) amount * BusinessHours.HOURS_PER_DAY);
        };
    }
}
