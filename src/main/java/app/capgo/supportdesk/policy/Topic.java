package app.capgo.supportdesk.policy;

/** What the customer needs help with: the nine topics of the guided flow. */
public enum Topic implements Code {
    SETUP("setup", Kind.IN_SCOPE),
    TROUBLESHOOTING("troubleshooting", Kind.IN_SCOPE),
    OUTAGE("outage", Kind.IN_SCOPE),
    APP_DEBUGGING("app-debugging", Kind.NOT_COVERED),
    CODE_REWRITE("code-rewrite", Kind.NOT_COVERED),
    THIRD_PARTY("third-party", Kind.NOT_COVERED),
    BILLING("billing", Kind.BILLING),
    SLA_CREDIT("sla-credit", Kind.SLA_CREDIT),
    PREMIUM("premium", Kind.PREMIUM);

    /** The policy's families of needs (section 1). */
    public enum Kind { IN_SCOPE, NOT_COVERED, BILLING, SLA_CREDIT, PREMIUM }

    private final String code;
    private final Kind kind;

    Topic(String code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    @Override
    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }
}
