package app.capgo.supportdesk.policy;

/** The requester's role on the Capgo project concerned. */
public enum AccessLevel implements Code {
    DEVELOPER("developer"),
    LOWER("lower");

    private final String code;

    AccessLevel(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
