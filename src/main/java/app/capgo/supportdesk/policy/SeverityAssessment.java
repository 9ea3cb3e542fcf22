package app.capgo.supportdesk.policy;

/** A severity with the rule that gave it, so the customer can see why. */
public record SeverityAssessment(Severity severity, Rule rule) {

    /** The severity rules of section 5, in the words a customer would recognise. */
    public enum Rule {
        /** Production, a full or partial outage, or Capgo unusable for all users: Urgent. */
        PRODUCTION_ALL_DOWN(Severity.URGENT),
        /** Production, major functionality impacted and significant degradation for a significant share: High. */
        PRODUCTION_MAJOR(Severity.HIGH),
        /** Our reading: outside production a request is at most Normal. */
        NON_PRODUCTION_CAPPED(Severity.NORMAL),
        /** A component not performing as documented, or a general technical question: Normal. */
        COMPONENT_OR_QUESTION(Severity.NORMAL),
        /** An information or feature request: Low. */
        INFORMATION_OR_FEATURE(Severity.LOW);

        private final Severity severity;

        Rule(Severity severity) {
            this.severity = severity;
        }

        public Severity severity() {
            return severity;
        }
    }

    /** The severity for an impact and, where it matters, the environment. */
    public static SeverityAssessment of(Impact impact, Environment env) {
        Rule rule = switch (impact) {
            case ALL_DOWN -> env == Environment.PRODUCTION ? Rule.PRODUCTION_ALL_DOWN : Rule.NON_PRODUCTION_CAPPED;
            case MAJOR -> env == Environment.PRODUCTION ? Rule.PRODUCTION_MAJOR : Rule.NON_PRODUCTION_CAPPED;
            case COMPONENT -> Rule.COMPONENT_OR_QUESTION;
            case INFO -> Rule.INFORMATION_OR_FEATURE;
        };
        return new SeverityAssessment(rule.severity(), rule);
    }
}
