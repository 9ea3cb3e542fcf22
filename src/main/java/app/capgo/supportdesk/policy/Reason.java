package app.capgo.supportdesk.policy;

/**
 * Why a verdict sends the customer where it does. The codes are a public contract (the
 * {@code data-reason} attribute of the verdict); this enum is their one, documented list.
 */
public enum Reason implements Code {
    /** An in-scope technical request from an eligible requester: official channel. */
    IN_SCOPE("in-scope"),
    /** Billing and account questions are open to every customer, trial included. */
    BILLING_OPEN_TO_ALL("billing-open-to-all"),
    /** Debugging the customer's own app, rewriting code, patching third-party software. */
    NOT_COVERED("not-covered"),
    /** No account, or a trial without bought credits or add-ons: community channels. */
    NO_PAID_PLAN("no-paid-plan"),
    /** The request would not come from a registered account's address (fixable). */
    UNREGISTERED_EMAIL("unregistered-email"),
    /** The requester has less than Developer access to the project (fixable). */
    INSUFFICIENT_ACCESS("insufficient-access"),
    /** The status page reports an ongoing incident: no ticket needed. */
    PLATFORM_INCIDENT("platform-incident"),
    /** The status page reports maintenance in progress: see it first, then go on if it does not explain the problem. */
    PLATFORM_MAINTENANCE("platform-maintenance"),
    /** Premium Support is open to any company with a Capacitor app, Capgo customer or not: sales. */
    PREMIUM_ELIGIBLE("premium-eligible"),
    /** An Enterprise customer may claim a service credit (if the outage was reported). */
    SLA_CLAIM_ELIGIBLE("sla-claim-eligible"),
    /** The uptime SLA and credits are Enterprise-only; sales can talk about an upgrade. */
    SLA_ENTERPRISE_ONLY("sla-enterprise-only");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
