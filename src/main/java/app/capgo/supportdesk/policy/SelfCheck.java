package app.capgo.supportdesk.policy;

/**
 * A cause of "updates stopped arriving" that the customer can check in their own dashboard before
 * filing (section 7); the third cause, an incident, is what the status page tells.
 */
public enum SelfCheck {
    /** Payment stopped or billing cancelled: the last installed update stays, no new downloads. */
    BILLING_STOPPED,
    /** Traffic beyond the plan: no device receives updates until the plan is back in scope. */
    PLAN_LIMIT_EXCEEDED
}
