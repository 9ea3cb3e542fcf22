package app.capgo.supportdesk.security;

/** The roles of the app. */
public final class SalesRoles {

    /** Sales staff: the inbox and the outbox. */
    public static final String SALES = "SALES";

    private SalesRoles() {
    }
}
