package app.capgo.supportdesk.policy;

/** Where a verdict sends the customer. */
public enum Channel implements Code {
    /** The dashboard help feature, or support@capgo.app from a registered address. */
    OFFICIAL("official"),
    /** GitHub Issues and Discord: volunteers, no guaranteed answer. */
    COMMUNITY("community"),
    /** The status page: an ongoing platform incident needs no ticket. */
    STATUS("status"),
    /** Sales (Premium Support, upgrades). */
    SALES("sales"),
    /** An Enterprise service-credit claim to support@capgo.app. */
    SLA_CLAIM("sla-claim");

    private final String code;

    Channel(String code) {
        this.code = code;
    }

    /** The report a customer sent here prepares, if the channel takes one (a new channel must say). */
    public java.util.Optional<ReportKind> report() {
        return switch (this) {
            case OFFICIAL -> java.util.Optional.of(ReportKind.EMAIL);
            case COMMUNITY -> java.util.Optional.of(ReportKind.PUBLIC_POST);
            case STATUS, SALES, SLA_CLAIM -> java.util.Optional.empty();
        };
    }

    @Override
    public String code() {
        return code;
    }
}
