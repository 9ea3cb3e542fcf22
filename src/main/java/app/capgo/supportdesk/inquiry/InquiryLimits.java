package app.capgo.supportdesk.inquiry;

/** The limits of an inquiry's fields: shared by the entity, the form and (checked by a test) the database. */
public final class InquiryLimits {

    public static final int NAME = 100;
    public static final int EMAIL = 254;
    public static final int COMPANY = 150;
    public static final int ORGANISATION = 100;
    public static final int APP_SCALE = 100;
    public static final int CONTACT_TIME = 100;
    public static final int MESSAGE = 5000;
    /** A sales note on an inquiry. */
    public static final int NOTE = 2000;
    /**
     * One line: no control character at all (CR and LF could forge email headers; NUL, tabs and
     * the others have no place in a name or a company).
     */
    public static final String ONE_LINE = "[^\\p{Cntrl}]*";
    /** Several lines: line breaks and tabs, but no other control character (NUL, escape, ...). */
    public static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private InquiryLimits() {
    }
}
