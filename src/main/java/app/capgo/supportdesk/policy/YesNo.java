package app.capgo.supportdesk.policy;

/** A yes-or-no answer (for a trial: were credits or add-ons bought?). */
public enum YesNo implements Code {
    YES("yes"),
    NO("no");

    private final String code;

    YesNo(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public boolean isYes() {
        return this == YES;
    }
}
