package app.capgo.supportdesk.insights;

/** How the page where something was counted was opened. */
public enum Entry {
    /** From a link inside the desk (the home page's cards, the menu, a verdict's button). */
    IN_APP("in-app"),
    /** Opened from outside with a deep link's answers or text (a bookmark, an email, a docs page). */
    LINK("link"),
    /** Opened from outside with no parameter (typed, or the site's own link). */
    DIRECT("direct");

    private final String code;

    Entry(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** From the navigation: a router link is in the app; a page load is a link when it carries parameters. */
    public static Entry of(boolean routerLink, boolean withParameters) {
        return routerLink ? IN_APP : withParameters ? LINK : DIRECT;
    }
}
