package app.capgo.supportdesk.sales;

/** The roles of the app. */
public final class SalesRoles {

    /** Sales staff: the inbox and the outbox. */
    public static final String SALES = "SALES";

    private SalesRoles() {
    }
}
