package app.capgo.supportdesk.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of sections 1 to 5, 7 and 8 of Capgo's support policy: the verdict for a set of
 * answers, or the answers it still needs. Answers the verdict does not depend on are ignored.
 */
public final class SupportPolicy {

    private SupportPolicy() {
    }

    /** The verdict for these answers, or the questions still needed (the first is asked next). */
    public static Decision decide(Answers answers) {
        if (answers.topic().isEmpty()) {
            return needs(Question.TOPIC);
        }
        Topic topic = answers.topic().get();
        return switch (topic.kind()) {
            case NOT_COVERED -> Verdict.simple(Channel.COMMUNITY, Reason.NOT_COVERED, Optional.empty())
                    .withPremiumAlternative();
            case BILLING -> Verdict.simple(Channel.OFFICIAL, Reason.BILLING_OPEN_TO_ALL, Optional.empty());
            case PREMIUM -> Verdict.simple(Channel.SALES, Reason.PREMIUM_ELIGIBLE, Optional.empty());
            case SLA_CREDIT -> answers.plan().<Decision>map(plan -> plan == Plan.ENTERPRISE
                            ? Verdict.simple(Channel.SLA_CLAIM, Reason.SLA_CLAIM_ELIGIBLE, Optional.empty())
                            : Verdict.simple(Channel.SALES, Reason.SLA_ENTERPRISE_ONLY, Optional.empty()))
                    .orElseGet(() -> needs(Question.PLAN));
            case IN_SCOPE -> topic == Topic.OUTAGE ? outage(answers) : technical(topic, answers);
        };
    }

    /** The questions still needed for a verdict, first the one to ask next; empty when decided. */
    public static List<Question> missing(Answers answers) {
        return decide(answers) instanceof Decision.NeedsAnswers needs ? needs.questions() : List.of();
    }

    /**
     * "Updates stopped" has three causes (section 7): whatever the status page says, an outage
     * verdict names the two the customer can check in their dashboard, billing and plan usage.
     */
    private static Decision outage(Answers answers) {
        Decision decision = technical(Topic.OUTAGE, answers);
        return decision instanceof Verdict verdict ? verdict.withSelfChecks(List.of(SelfCheck.values())) : decision;
    }

    private static Decision technical(Topic topic, Answers answers) {
        Optional<StatusReading> status = Optional.empty();
        if (topic == Topic.OUTAGE) {
            if (answers.status().isEmpty()) {
                return needs(Question.STATUS);
            }
            status = answers.status();
            StatusReading reading = status.get();
            if (reading.meaning().endsOnStatusPage()) {
                Reason reason = reading.meaning() == StatusReading.OutageMeaning.MAINTENANCE
                        ? Reason.PLATFORM_MAINTENANCE : Reason.PLATFORM_INCIDENT;
                return Verdict.simple(Channel.STATUS, reason, status);
            }
        }
        if (answers.plan().isEmpty()) {
            return needs(Question.PLAN);
        }
        Plan plan = answers.plan().get();
        if (plan == Plan.TRIAL && answers.addons().isEmpty()) {
            return needs(Question.ADDONS);
        }
        boolean paid = plan.isPaid() || (plan == Plan.TRIAL && answers.addons().orElse(false));
        if (!paid) {
            return Verdict.simple(Channel.COMMUNITY, Reason.NO_PAID_PLAN, status);
        }
        List<Question> needed = new ArrayList<>();
        answers.email().ifPresentOrElse(e -> { }, () -> needed.add(Question.EMAIL));
        answers.access().ifPresentOrElse(a -> { }, () -> needed.add(Question.ACCESS));
        if (!needed.isEmpty()) {
            return new Decision.NeedsAnswers(needed);
        }
        List<Fix> fixes = new ArrayList<>();
        if (answers.email().get() == EmailKind.OTHER) {
            fixes.add(Fix.WRITE_FROM_ACCOUNT_EMAIL);
        }
        if (answers.access().get() == AccessLevel.LOWER) {
            fixes.add(Fix.ASK_ADMIN_FOR_DEVELOPER_ACCESS);
        }
        if (!fixes.isEmpty()) {
            Reason reason = fixes.getFirst() == Fix.WRITE_FROM_ACCOUNT_EMAIL
                    ? Reason.UNREGISTERED_EMAIL : Reason.INSUFFICIENT_ACCESS;
            return new Verdict(Channel.COMMUNITY, reason, Optional.empty(), SlaColumn.NONE, Optional.empty(),
                    fixes, status, List.of(), false);
        }
        if (answers.impact().isEmpty()) {
            return needs(Question.IMPACT);
        }
        Impact impact = answers.impact().get();
        if (impact.needsEnvironment() && answers.env().isEmpty()) {
            return needs(Question.ENV);
        }
        Environment env = impact.needsEnvironment() ? answers.env().get() : Environment.NON_PRODUCTION;
        SeverityAssessment severity = SeverityAssessment.of(impact, env);
        // The tier is asked only when it changes the target (not for an Enterprise Urgent request).
        boolean tierMatters = tierChangesTarget(plan, severity.severity());
        if (tierMatters && answers.tier().isEmpty()) {
            return needs(Question.TIER);
        }
        SlaColumn sla = SlaColumn.of(plan, tierMatters ? answers.tier().get() : SupportTier.STANDARD);
        return new Verdict(Channel.OFFICIAL, Reason.IN_SCOPE, Optional.of(severity), sla,
                ResponseTargets.of(sla, severity.severity()), List.of(), status, List.of(), false);
    }

    /** Whether Priority Plus gives this plan another target for this severity than its own column. */
    private static boolean tierChangesTarget(Plan plan, Severity severity) {
        return plan.isTeamOrEnterprise()
                && !ResponseTargets.of(SlaColumn.of(plan, SupportTier.STANDARD), severity)
                .equals(ResponseTargets.of(SlaColumn.of(plan, SupportTier.PRIORITY_PLUS), severity));
    }

    private static Decision needs(Question question) {
        return new Decision.NeedsAnswers(List.of(question));
    }
}
