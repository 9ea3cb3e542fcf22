package app.capgo.supportdesk.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the published policy is silent or ambiguous and the app took a side (POLICY.md, "our
 * reading"). Wherever one is applied, the app says so in a short "how we count" note, so that
 * nobody mistakes the app's arithmetic for Capgo's promise. A reading's text receives the numbers
 * the policy core owns as {@link #arguments()}.
 */
public enum Reading {
    /** Outside production a request is at most Normal (Urgent requires production; High speaks of the user base). */
    NON_PRODUCTION_AT_MOST_NORMAL,
    /** "Updates reach only some production users because Capgo is partly failing" is a partial outage: Urgent. */
    PARTIAL_OUTAGE_EXAMPLE,
    /** Credits bought in the console count as a paid add-on ("paid Capgo resources"). */
    CONSOLE_CREDITS_ARE_PAID,
    /** Developer or higher: Super Admin, Admin, App Admin or Developer; Billing Manager, Member, Uploader, Reader are below. */
    DEVELOPER_OR_HIGHER_ROLES,
    /** "Local time" in the business hours is the customer's time zone. */
    LOCAL_TIME_IS_CUSTOMER_ZONE,
    /** One business day is twelve business hours: one full business day later, at the same clock time. */
    BUSINESS_DAY_IS_TWELVE_HOURS,
    /** The first-response deadline runs from the moment the request is submitted. */
    DEADLINE_FROM_SUBMISSION,
    /** Public holidays are not known to the app and count as business days. */
    HOLIDAYS_ARE_BUSINESS_DAYS,
    /** Priority Plus is the premium tier bought on top of a Team or Enterprise plan. */
    PRIORITY_PLUS_ON_TOP_OF_PLAN,
    /** Maintenance: the pages say nothing of it; the status page first, then the flow may go on. */
    MAINTENANCE_MAY_GO_ON,
    /** The commitment is written "ninety-nine percent (99.9%)": the app uses 99.9, as the digits and the credit table say. */
    COMMITMENT_IS_99_9,
    /** Scheduled Availability is every minute of the calendar month. */
    WHOLE_MONTH_IS_SCHEDULED,
    /** Availability is rounded down to 0.01 %, the credit amount half-up to the cent. */
    CREDIT_ROUNDING,
    /** The last day to claim is the 30th day after the month ends, in UTC. */
    CLAIM_WINDOW_IN_UTC;

    /** The figure of a verdict a reading is about, where its one line is shown. */
    public enum Place {
        /** The severity and why. */
        SEVERITY,
        /** The response target and the deadline computed from it. */
        TARGET,
        /** The uptime commitment and its credits. */
        UPTIME,
        /** Who may ask: the plan and the role. */
        ELIGIBILITY,
        /** What the status page says. */
        STATUS,
        /** A service credit's amount and its claim window. */
        CREDIT
    }

    /** The figure this reading changes, next to which it is shown. */
    public Place place() {
        return switch (this) {
            case NON_PRODUCTION_AT_MOST_NORMAL, PARTIAL_OUTAGE_EXAMPLE -> Place.SEVERITY;
            case LOCAL_TIME_IS_CUSTOMER_ZONE, BUSINESS_DAY_IS_TWELVE_HOURS, DEADLINE_FROM_SUBMISSION,
                 HOLIDAYS_ARE_BUSINESS_DAYS, PRIORITY_PLUS_ON_TOP_OF_PLAN -> Place.TARGET;
            case COMMITMENT_IS_99_9 -> Place.UPTIME;
            case CONSOLE_CREDITS_ARE_PAID, DEVELOPER_OR_HIGHER_ROLES -> Place.ELIGIBILITY;
            case MAINTENANCE_MAY_GO_ON -> Place.STATUS;
            case WHOLE_MONTH_IS_SCHEDULED, CREDIT_ROUNDING, CLAIM_WINDOW_IN_UTC -> Place.CREDIT;
        };
    }

    /** The numbers this reading's text names, from the policy core (hours, percentages, days). */
    public Object[] arguments() {
        return switch (this) {
            case LOCAL_TIME_IS_CUSTOMER_ZONE -> new Object[] {BusinessHours.OPENS, BusinessHours.CLOSES};
            case BUSINESS_DAY_IS_TWELVE_HOURS -> new Object[] {BusinessHours.HOURS_PER_DAY};
            case COMMITMENT_IS_99_9 -> new Object[] {ServiceCredits.COMMITMENT};
            case CLAIM_WINDOW_IN_UTC -> new Object[] {ServiceCredits.CLAIM_DAYS};
            default -> new Object[0];
        };
    }

    /** The readings a verdict for these answers applies, in this enum's order; empty when it applies none. */
    public static List<Reading> appliedBy(Verdict verdict, Answers answers) {
        List<Reading> readings = new ArrayList<>();
        verdict.severity().ifPresent(s -> {
            if (s.rule() == SeverityAssessment.Rule.NON_PRODUCTION_CAPPED) {
                readings.add(NON_PRODUCTION_AT_MOST_NORMAL);
            } else if (s.rule() == SeverityAssessment.Rule.PRODUCTION_ALL_DOWN) {
                readings.add(PARTIAL_OUTAGE_EXAMPLE);
            }
        });
        boolean technical = verdict.channel() == Channel.OFFICIAL && verdict.reason() == Reason.IN_SCOPE
                || verdict.reason() == Reason.UNREGISTERED_EMAIL || verdict.reason() == Reason.INSUFFICIENT_ACCESS;
        if (technical && answers.plan().filter(p -> p == Plan.TRIAL).isPresent() && answers.addons().orElse(false)) {
            readings.add(CONSOLE_CREDITS_ARE_PAID);
        }
        if (technical) {
            readings.add(DEVELOPER_OR_HIGHER_ROLES);
        }
        verdict.target().ifPresent(target -> readings.addAll(appliedBy(verdict.sla(), target)));
        if (verdict.reason() == Reason.PLATFORM_MAINTENANCE) {
            readings.add(MAINTENANCE_MAY_GO_ON);
        }
        boolean uptimeNamed = verdict.reason() == Reason.SLA_CLAIM_ELIGIBLE || verdict.reason() == Reason.SLA_ENTERPRISE_ONLY
                || verdict.target().isPresent() && SlaTerms.hasUptimeSla(answers);
        if (uptimeNamed) {
            readings.add(COMMITMENT_IS_99_9);
        }
        if (verdict.reason() == Reason.SLA_CLAIM_ELIGIBLE) {
            readings.addAll(List.of(WHOLE_MONTH_IS_SCHEDULED, CREDIT_ROUNDING, CLAIM_WINDOW_IN_UTC));
        }
        return readings.stream().distinct().sorted().toList();
    }

    /**
     * The readings a deadline in {@code column} for {@code target} applies: the counting of the
     * target, and what Priority Plus is when it is the column's.
     */
    public static List<Reading> appliedBy(SlaColumn column, ResponseTarget target) {
        List<Reading> readings = new ArrayList<>(appliedBy(target));
        if (column == SlaColumn.PRIORITY_PLUS) {
            readings.add(PRIORITY_PLUS_ON_TOP_OF_PLAN);
        }
        return List.copyOf(readings);
    }

    /** The readings a deadline for {@code target} applies. */
    public static List<Reading> appliedBy(ResponseTarget target) {
        return switch (target.unit()) {
            case HOURS -> List.of(DEADLINE_FROM_SUBMISSION);
            case BUSINESS_HOURS -> List.of(LOCAL_TIME_IS_CUSTOMER_ZONE, DEADLINE_FROM_SUBMISSION,
                    HOLIDAYS_ARE_BUSINESS_DAYS);
            case BUSINESS_DAYS -> List.of(LOCAL_TIME_IS_CUSTOMER_ZONE, BUSINESS_DAY_IS_TWELVE_HOURS,
                    DEADLINE_FROM_SUBMISSION, HOLIDAYS_ARE_BUSINESS_DAYS);
        };
    }
}
