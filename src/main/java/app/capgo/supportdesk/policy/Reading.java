package app.capgo.supportdesk.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the published policy is silent or ambiguous and the app took a side. Wherever one is
 * applied, the app says so in a short "how we count" note, so that nobody mistakes the app's
 * arithmetic for Capgo's promise.
 */
public enum Reading {
    /** Outside production a request is at most Normal (Urgent requires production; High speaks of the user base). */
    NON_PRODUCTION_AT_MOST_NORMAL,
    /** "Local time" in the business hours is the customer's time zone. */
    LOCAL_TIME_IS_CUSTOMER_ZONE,
    /** One business day is twelve business hours: one full business day later, at the same clock time. */
    BUSINESS_DAY_IS_TWELVE_HOURS,
    /** Priority Plus is the premium tier bought on top of a Team or Enterprise plan. */
    PRIORITY_PLUS_ON_TOP_OF_PLAN;

    /** The readings a verdict applies, in this enum's order; empty when it applies none. */
    public static List<Reading> appliedBy(Verdict verdict) {
        List<Reading> readings = new ArrayList<>();
        verdict.severity().filter(s -> s.rule() == SeverityAssessment.Rule.NON_PRODUCTION_CAPPED)
                .ifPresent(s -> readings.add(NON_PRODUCTION_AT_MOST_NORMAL));
        verdict.target().ifPresent(target -> readings.addAll(appliedBy(target)));
        if (verdict.sla() == SlaColumn.PRIORITY_PLUS) {
            readings.add(PRIORITY_PLUS_ON_TOP_OF_PLAN);
        }
        return readings;
    }

    /** The readings a deadline for {@code target} applies. */
    public static List<Reading> appliedBy(ResponseTarget target) {
        return switch (target.unit()) {
            case HOURS -> List.of();
            case BUSINESS_HOURS -> List.of(LOCAL_TIME_IS_CUSTOMER_ZONE);
            case BUSINESS_DAYS -> List.of(LOCAL_TIME_IS_CUSTOMER_ZONE, BUSINESS_DAY_IS_TWELVE_HOURS);
        };
    }
}
