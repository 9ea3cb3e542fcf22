package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.policy.Plan;

/** The plan an inquirer is on; Premium Support is open to anyone, Capgo customer ({@code NONE}) or not. */
public enum InquiryPlan {
    TEAM("team"), ENTERPRISE("enterprise"), OTHER("other"), NONE("none");

    private final String code;

    InquiryPlan(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The inquiry plan for a Capgo plan: Team and Enterprise as they are, no account as NONE, any other as OTHER. */
    public static InquiryPlan of(Plan plan) {
        return switch (plan) {
            case TEAM -> TEAM;
            case ENTERPRISE -> ENTERPRISE;
            case NONE -> NONE;
            case TRIAL, SOLO, MAKER -> OTHER;
        };
    }
}
