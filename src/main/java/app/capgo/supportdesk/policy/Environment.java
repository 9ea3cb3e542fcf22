package app.capgo.supportdesk.policy;

/**
 * Where the problem happens. Production means live customer-facing systems with existing
 * deployed features; development, staging, UAT, pre-production and new-feature work are not.
 */
public enum Environment implements Code {
    PRODUCTION("production"),
    NON_PRODUCTION("non-production");

    private final String code;

    Environment(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
