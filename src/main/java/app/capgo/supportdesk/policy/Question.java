package app.capgo.supportdesk.policy;

/**
 * One answer the verdict may need, in the order the flow asks them. {@link #STATUS} is not asked
 * of the customer: the app reads it from the status feed.
 */
public enum Question {
    TOPIC, STATUS, PLAN, ADDONS, TIER, EMAIL, ACCESS, IMPACT, ENV
}
