package app.capgo.supportdesk.inquiry;

import app.capgo.supportdesk.policy.Plan;

/** The plan an inquirer is on: Premium Support is for Team and Enterprise. */
public enum InquiryPlan {
    TEAM("team"), ENTERPRISE("enterprise"), OTHER("other");

    private final String code;

    InquiryPlan(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The inquiry plan for a Capgo plan: Team and Enterprise as they are, any other plan as OTHER. */
    public static InquiryPlan of(Plan plan) {
        return switch (plan) {
            case TEAM -> TEAM;
            case ENTERPRISE -> ENTERPRISE;
            case NONE, TRIAL, SOLO, MAKER -> OTHER;
        };
    }
}
