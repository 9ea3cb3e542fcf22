package app.capgo.supportdesk.policy;

import java.util.List;
import java.util.Optional;

/**
 * Where the customer should go and why. Eligible technical requests carry a severity, the
 * response-target column and (for Team and Enterprise) the target itself.
 */
public record Verdict(
        Channel channel,
        Reason reason,
        Optional<SeverityAssessment> severity,
        SlaColumn sla,
        Optional<ResponseTarget> target,
        List<Fix> fixes,
        Optional<StatusReading> status) implements Decision {

    public Verdict {
        fixes = List.copyOf(fixes);
    }

    static Verdict simple(Channel channel, Reason reason, Optional<StatusReading> status) {
        return new Verdict(channel, reason, Optional.empty(), SlaColumn.NONE, Optional.empty(), List.of(), status);
    }
}
