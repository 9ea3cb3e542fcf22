package app.capgo.supportdesk.policy;

/** What the customer of a verdict prepares: a private email to support, or a post that everyone can read. */
public enum ReportKind {
    /** To Capgo's support (the dashboard's help form or the support address): secrets may stay in it. */
    EMAIL,
    /** A GitHub issue or a Discord post: public, so secrets are masked before it leaves. */
    PUBLIC_POST
}
