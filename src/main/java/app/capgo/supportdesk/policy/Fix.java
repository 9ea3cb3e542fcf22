package app.capgo.supportdesk.policy;

/** Something the customer can do to become eligible for the official channel. */
public enum Fix {
    /** Write from the email address of the registered Capgo account. */
    WRITE_FROM_ACCOUNT_EMAIL,
    /** Ask the organisation's admin for Developer (or higher) access to the project. */
    ASK_ADMIN_FOR_DEVELOPER_ACCESS
}
