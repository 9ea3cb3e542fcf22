package app.capgo.supportdesk.policy;

/** The customer's Capgo plan; {@code NONE} means no account at all. */
public enum Plan implements Code {
    NONE("none"),
    TRIAL("trial"),
    SOLO("solo"),
    MAKER("maker"),
    TEAM("team"),
    ENTERPRISE("enterprise");

    private final String code;

    Plan(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the plan itself is paid (a trial is paid only with bought credits or add-ons). */
    public boolean isPaid() {
        return this == SOLO || this == MAKER || this == TEAM || this == ENTERPRISE;
    }

    /** Team and Enterprise get response targets and may add the Priority Plus tier. */
    public boolean isTeamOrEnterprise() {
        return this == TEAM || this == ENTERPRISE;
    }
}
