package app.capgo.supportdesk.policy;

/** Which column of the response-target table applies; {@code NONE} means best effort. */
public enum SlaColumn implements Code {
    TEAM("team"),
    ENTERPRISE("enterprise"),
    PRIORITY_PLUS("priority-plus"),
    NONE("none");

    private final String code;

    SlaColumn(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** The column for a plan and, for Team and Enterprise, its support tier. */
    public static SlaColumn of(Plan plan, SupportTier tier) {
        if (plan.isTeamOrEnterprise() && tier == SupportTier.PRIORITY_PLUS) {
            return PRIORITY_PLUS;
        }
        return switch (plan) {
            case TEAM -> TEAM;
            case ENTERPRISE -> ENTERPRISE;
            case NONE, TRIAL, SOLO, MAKER -> NONE;
        };
    }
}
