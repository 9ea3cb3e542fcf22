package app.capgo.supportdesk.policy;

/**
 * What a customer's users see while Capgo's update service is down or slow (section 7 of the
 * support policy): the update system fails safe, so the outage path can tell the customer how
 * much of it their users actually notice.
 */
public enum DowntimeEffect {
    /** Background update mode: usually invisible to users. */
    BACKGROUND_MODE,
    /** Direct update mode: the service may answer with a 5xx error when it is reachable. */
    DIRECT_MODE,
    /** Only slow: the plugin waits up to the timeout, cancels, and starts the app normally. */
    ONLY_SLOW;

    /** Seconds the plugin waits for the update service before it cancels and opens the app as installed. */
    public static final int PLUGIN_TIMEOUT_SECONDS = 3;
}
