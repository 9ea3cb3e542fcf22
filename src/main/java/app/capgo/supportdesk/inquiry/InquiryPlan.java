package app.capgo.supportdesk.inquiry;

import java.util.Arrays;
import java.util.Optional;

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

    public static Optional<InquiryPlan> of(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }
}
