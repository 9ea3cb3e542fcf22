package app.capgo.supportdesk.policy;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the customer answered so far (and, for an outage, what the status feed said): at most one
 * answer per {@link Question}. Every answer is optional; {@link SupportPolicy#missing(Answers)}
 * says which ones the verdict needs.
 */
public final class Answers implements Serializable {

    public static final Answers NONE = new Answers(new EnumMap<>(Question.class));

    private final Map<Question, Code> values;

    private Answers(EnumMap<Question, Code> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** These answers with {@code answer} given (to the question it belongs to), replacing an earlier one. */
    public Answers with(Code answer) {
        EnumMap<Question, Code> copy = copy();
        copy.put(Question.of(answer), answer);
        return new Answers(copy);
    }

    /** These answers without the answer to {@code question} (e.g. when the customer changes an earlier step). */
    public Answers without(Question question) {
        EnumMap<Question, Code> copy = copy();
        copy.remove(question);
        return new Answers(copy);
    }

    /** These answers, with every answer that {@code newer} gives taking the place of this one's. */
    public Answers updatedWith(Answers newer) {
        EnumMap<Question, Code> copy = copy();
        copy.putAll(newer.values);
        return new Answers(copy);
    }

    /** The answer to {@code question}, if given. */
    public Optional<Code> get(Question question) {
        return Optional.ofNullable(values.get(question));
    }

    /** The code of the answer to {@code question}, as in deep links, if given. */
    public Optional<String> code(Question question) {
        return get(question).map(Code::code);
    }

    public Optional<Topic> topic() {
        return typed(Question.TOPIC, Topic.class);
    }

    public Optional<StatusReading> status() {
        return typed(Question.STATUS, StatusReading.class);
    }

    public Optional<Plan> plan() {
        return typed(Question.PLAN, Plan.class);
    }

    /** For a trial: whether credits or add-ons were bought. */
    public Optional<Boolean> addons() {
        return typed(Question.ADDONS, YesNo.class).map(YesNo::isYes);
    }

    public Optional<SupportTier> tier() {
        return typed(Question.TIER, SupportTier.class);
    }

    public Optional<EmailKind> email() {
        return typed(Question.EMAIL, EmailKind.class);
    }

    public Optional<AccessLevel> access() {
        return typed(Question.ACCESS, AccessLevel.class);
    }

    public Optional<Impact> impact() {
        return typed(Question.IMPACT, Impact.class);
    }

    public Optional<Environment> env() {
        return typed(Question.ENV, Environment.class);
    }

    private <T extends Code> Optional<T> typed(Question question, Class<T> type) {
        return get(question).map(type::cast);
    }

    private EnumMap<Question, Code> copy() {
        return values.isEmpty() ? new EnumMap<>(Question.class) : new EnumMap<>(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Answers answers && values.equals(answers.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Answers" + values;
    }
}
