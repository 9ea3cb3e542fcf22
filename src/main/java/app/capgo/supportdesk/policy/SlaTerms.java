package app.capgo.supportdesk.policy;

import java.util.Arrays;
import java.util.List;

/**
 * The terms of the Enterprise uptime SLA (section 6) as data: what Unscheduled Downtime excludes,
 * the definitions, and the conditions attached to credits. The wording lives in the app's
 * translations, one entry per constant.
 */
public final class SlaTerms {

    /** Where an exclusion comes from: the SLA itself, its general list, or its live-update list. */
    public enum ExclusionList { BASE, GENERAL, LIVE_UPDATE }

    /** What does not count as Unscheduled Downtime. */
    public enum Exclusion {
        CUSTOMER_ACTS(ExclusionList.BASE),
        FORCE_MAJEURE(ExclusionList.BASE),
        ANNOUNCED_MAINTENANCE(ExclusionList.BASE),
        ATTACKS(ExclusionList.BASE),
        EMERGENCY_MAINTENANCE(ExclusionList.BASE),
        OUTSIDE_CONTROL(ExclusionList.GENERAL),
        CUSTOMER_ACTIONS(ExclusionList.GENERAL),
        INSTANCE_LIMITS(ExclusionList.GENERAL),
        GUIDELINES_NOT_FOLLOWED(ExclusionList.GENERAL),
        INSUFFICIENT_IO(ExclusionList.GENERAL),
        CUSTOMER_EQUIPMENT(ExclusionList.GENERAL),
        SUSPENSION(ExclusionList.GENERAL),
        INAPPROPRIATELY_PROVISIONED_COMPUTE(ExclusionList.LIVE_UPDATE),
        PERMISSIVE_RATE_LIMITING(ExclusionList.LIVE_UPDATE),
        RETRACTED_LIBRARIES(ExclusionList.LIVE_UPDATE),
        UNOFFICIAL_CLIENTS(ExclusionList.LIVE_UPDATE),
        FIXED_IN_NEWER_VERSION(ExclusionList.LIVE_UPDATE);

        private final ExclusionList list;

        Exclusion(ExclusionList list) {
            this.list = list;
        }

        public static List<Exclusion> of(ExclusionList list) {
            return Arrays.stream(values()).filter(e -> e.list == list).toList();
        }
    }

    /** The terms the SLA defines. */
    public enum Definition {
        SCHEDULED_AVAILABILITY, UNSCHEDULED_DOWNTIME, ACTUAL_AVAILABILITY, PRODUCTION, BUSINESS_HOURS
    }

    /** The conditions attached to service credits. */
    public enum CreditCondition {
        ISSUED_WITHIN_DAYS, NOT_A_REFUND, FUTURE_BILLS_ONLY, SOLE_REMEDY
    }

    /** Who gets what: response targets for Team and Enterprise, uptime SLA and credits for Enterprise. */
    public static boolean hasResponseTargets(Plan plan) {
        return plan.isTeamOrEnterprise();
    }

    public static boolean hasUptimeSla(Plan plan) {
        return plan == Plan.ENTERPRISE;
    }

    /** Whether the customer who gave these answers has the uptime SLA (an Enterprise plan). */
    public static boolean hasUptimeSla(Answers answers) {
        return answers.plan().filter(SlaTerms::hasUptimeSla).isPresent();
    }

    private SlaTerms() {
    }
}
