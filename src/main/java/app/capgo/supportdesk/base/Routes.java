package app.capgo.supportdesk.base;

/**
 * Every route of the app, written once: the views declare them ({@code @Route(Routes.SLA)}) and
 * other features link to them by path, so that no feature imports another's views.
 */
public final class Routes {

    public static final String HOME = "";
    public static final String SUPPORT = "support";
    public static final String SLA = "sla";
    public static final String PREMIUM = "premium";
    public static final String LOGIN = "login";
    public static final String SALES = "sales";
    public static final String OUTBOX = "outbox";

    private Routes() {
    }
}
