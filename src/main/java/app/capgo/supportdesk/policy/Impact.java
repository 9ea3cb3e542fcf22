package app.capgo.supportdesk.policy;

/** What the problem does, from which the severity follows. */
public enum Impact implements Code {
    /** Capgo fully or partly down for the production app, or unusable for all its users. */
    ALL_DOWN("all-down"),
    /** Major functionality impacted and significant performance degradation, for a significant share. */
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
