package app.capgo.supportdesk.policy;

/** The severities of the SLA, most severe first. */
public enum Severity implements Code {
    URGENT("urgent"),
    HIGH("high"),
    NORMAL("normal"),
    LOW("low");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
