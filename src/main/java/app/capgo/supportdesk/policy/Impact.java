package app.capgo.supportdesk.policy;

/** What the problem does, from which the severity follows. */
public enum Impact implements Code {
    /** Full or partial outage, Capgo unusable for all users. */
    ALL_DOWN("all-down"),
    /** Major functionality impacted or significant degradation for a significant share of users. */
    MAJOR("major"),
    /** A component not performing as documented, or a general technical question. */
    COMPONENT("component"),
    /** An information request or a feature request. */
    INFO("info");

    private final String code;

    Impact(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the severity depends on the environment (only Urgent and High need production). */
    public boolean needsEnvironment() {
        return this == ALL_DOWN || this == MAJOR;
    }
}
