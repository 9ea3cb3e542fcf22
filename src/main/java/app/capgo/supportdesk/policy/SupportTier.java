package app.capgo.supportdesk.policy;

/**
 * The support tier of a Team or Enterprise plan: the plan's own response targets, or Priority Plus.
 * Our reading: Priority Plus is the premium tier bought on top of a Team or Enterprise plan (the
 * published table names it as a column, nothing more).
 */
public enum SupportTier implements Code {
    STANDARD("standard"),
    PRIORITY_PLUS("priority-plus");

    private final String code;

    SupportTier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
