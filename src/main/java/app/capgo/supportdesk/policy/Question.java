package app.capgo.supportdesk.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One answer a verdict may depend on, with the enum of its codes. Its id is the query parameter of
 * the flow's deep links and the id of the input that asks it. {@link #STATUS} is not asked of the
 * customer: the app reads it from the status feed. {@link SupportPolicy#decide} says which are
 * needed and in which order.
 */
public enum Question {
    TOPIC(Topic.class),
    STATUS(StatusReading.class),
    PLAN(Plan.class),
    ADDONS(YesNo.class),
    TIER(SupportTier.class),
    EMAIL(EmailKind.class),
    ACCESS(AccessLevel.class),
    IMPACT(Impact.class),
    ENV(Environment.class);

    private final Class<? extends Code> type;

    Question(Class<? extends Code> type) {
        this.type = type;
    }

    /** The query parameter and input id, e.g. {@code topic}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the customer answers it (every question but the status, which is read). */
    public boolean isAsked() {
        return this != STATUS;
    }

    /** The answers it accepts, in the order they are offered. */
    public List<Code> codes() {
        return List.of(type.getEnumConstants());
    }

    /** The answer whose code is {@code code}; empty for anything else. */
    public Optional<Code> parse(String code) {
        return codes().stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The question an answer belongs to. */
    public static Question of(Code answer) {
        return Arrays.stream(values()).filter(q -> q.type.isInstance(answer)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an answer of any question: " + answer));
    }

    /** The asked question whose id is {@code id}. */
    public static Optional<Question> byId(String id) {
        return Arrays.stream(values()).filter(q -> q.isAsked() && q.id().equals(id)).findFirst();
    }
}
