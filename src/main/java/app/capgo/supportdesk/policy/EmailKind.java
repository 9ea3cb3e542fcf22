package app.capgo.supportdesk.policy;

/** Whether the request comes from the email address of a registered Capgo account. */
public enum EmailKind implements Code {
    REGISTERED("registered"),
    OTHER("other");

    private final String code;

    EmailKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
