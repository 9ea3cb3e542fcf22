package app.capgo.supportdesk.insights;

/** What is counted; the detail of each count is a code, never a customer's text. */
public enum Measure {
    /** A flow opened: from the home page or a link, or started over. No detail. */
    FLOW_STARTED("flow-started"),
    /** The topic of a flow, once it is known (chosen, or given by a link); detail: the topic's code. */
    TOPIC_CHOSEN("topic-chosen"),
    /** A step shown; detail: the step's key ({@code topic}, {@code plan}, ...). */
    STEP_REACHED("step-reached"),
    /** A verdict shown; detail: {@code channel/reason}. */
    VERDICT_SHOWN("verdict-shown"),
    /** A flow left on a step, without a verdict; detail: the step's key. */
    FLOW_LEFT("flow-left"),
    /** A docs search made; detail: {@code found}, {@code none} or {@code unavailable}. */
    DOCS_SEARCHED("docs-searched"),
    /** A docs suggestion opened. No detail. */
    SUGGESTION_OPENED("suggestion-opened"),
    /** "Did this answer your question?"; detail: {@code yes} or {@code no}. */
    DOCS_ANSWERED("docs-answered"),
    /** A request draft used; detail: {@code email-copied}, {@code email-opened}, {@code github}, {@code discord-copied}. */
    DRAFT_USED("draft-used"),
    /** A premium-support inquiry stored. No detail. */
    PREMIUM_SUBMITTED("premium-submitted");

    private final String code;

    Measure(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
