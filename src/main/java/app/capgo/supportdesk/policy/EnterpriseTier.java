package app.capgo.supportdesk.policy;

/** The Enterprise support tier: the standard ("Pay as you go") column or Priority Plus. */
public enum EnterpriseTier implements Code {
    STANDARD("standard"),
    PRIORITY_PLUS("priority-plus");

    private final String code;

    EnterpriseTier(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
