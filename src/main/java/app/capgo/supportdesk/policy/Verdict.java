package app.capgo.supportdesk.policy;

import java.util.List;
import java.util.Optional;

/**
 * Where the customer should go and why. Eligible technical requests carry a severity, the
 * response-target column and (for Team and Enterprise) the target itself. An outage verdict names
 * the causes the customer can check themselves; a not-covered verdict names Premium Support as the
 * paid route for exactly those problems.
 */
public record Verdict(
        Channel channel,
        Reason reason,
        Optional<SeverityAssessment> severity,
        SlaColumn sla,
        Optional<ResponseTarget> target,
        List<Fix> fixes,
        Optional<StatusReading> status,
        List<SelfCheck> selfChecks,
        boolean premiumAlternative) implements Decision {

    public Verdict {
        fixes = List.copyOf(fixes);
        selfChecks = List.copyOf(selfChecks);
    }

    static Verdict simple(Channel channel, Reason reason, Optional<StatusReading> status) {
        return new Verdict(channel, reason, Optional.empty(), SlaColumn.NONE, Optional.empty(), List.of(), status,
                List.of(), false);
    }

    /** This verdict naming the causes of stopped updates the customer can check. */
    Verdict withSelfChecks(List<SelfCheck> checks) {
        return new Verdict(channel, reason, severity, sla, target, fixes, status, checks, premiumAlternative);
    }

    /** This verdict naming Premium Support as the paid alternative. */
    Verdict withPremiumAlternative() {
        return new Verdict(channel, reason, severity, sla, target, fixes, status, selfChecks, true);
    }

    /**
     * The report the customer should prepare for the channel (a technical request, covered or not):
     * an email for the official channel, a public post for the community; none for the other reasons.
     */
    public Optional<ReportKind> report() {
        return switch (reason) {
            case IN_SCOPE, NOT_COVERED, NO_PAID_PLAN, UNREGISTERED_EMAIL, INSUFFICIENT_ACCESS -> channel.report();
            case BILLING_OPEN_TO_ALL, PLATFORM_INCIDENT, PLATFORM_MAINTENANCE, PREMIUM_ELIGIBLE, SLA_CLAIM_ELIGIBLE,
                 SLA_ENTERPRISE_ONLY -> Optional.empty();
        };
    }

    /** Whether the SLA terms concern this customer: a response-target column, or a service-credit question. */
    public boolean concernsSlaTerms() {
        return sla != SlaColumn.NONE || reason == Reason.SLA_CLAIM_ELIGIBLE || reason == Reason.SLA_ENTERPRISE_ONLY;
    }

    /** The readings ("how we count") this verdict applies to these answers. */
    public List<Reading> readings(Answers answers) {
        return Reading.appliedBy(this, answers);
    }

    /**
     * Where the flow may go on from this verdict: maintenance shows the status page first, and a
     * problem the maintenance does not explain goes on as troubleshooting (POLICY.md section 4).
     */
    public Optional<Topic> continuation() {
        return reason == Reason.PLATFORM_MAINTENANCE ? Optional.of(Topic.TROUBLESHOOTING) : Optional.empty();
    }
}
