package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.AccessLevel;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.EmailKind;
import app.capgo.supportdesk.policy.SupportTier;
import app.capgo.supportdesk.policy.Environment;
import app.capgo.supportdesk.policy.Impact;
import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.Topic;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The answer parameters of the flow's public contract: each is a query parameter of
 * {@code /support} and the id of its input, with the codes it accepts.
 */
public enum Param {
    TOPIC("topic", Question.TOPIC, Topic.class),
    PLAN("plan", Question.PLAN, Plan.class),
    ADDONS("addons", Question.ADDONS, null),
    TIER("tier", Question.TIER, SupportTier.class),
    EMAIL("email", Question.EMAIL, EmailKind.class),
    ACCESS("access", Question.ACCESS, AccessLevel.class),
    ENV("env", Question.ENV, Environment.class),
    IMPACT("impact", Question.IMPACT, Impact.class);

    private final String id;
    private final Question question;
    private final List<String> codes;

    Param(String id, Question question, Class<? extends Code> type) {
        this.id = id;
        this.question = question;
        this.codes = type == null ? List.of("yes", "no") : Arrays.stream(type.getEnumConstants()).map(Code::code).toList();
    }

    /** The query parameter name, also the id of the input that asks it. */
    public String id() {
        return id;
    }

    public Question question() {
        return question;
    }

    /** The accepted codes, in the order they are offered. */
    public List<String> codes() {
        return codes;
    }

    public static Optional<Param> of(Question question) {
        return Arrays.stream(values()).filter(p -> p.question == question).findFirst();
    }

    /** {@code answers} with this parameter set to {@code code}; empty when the code is not valid. */
    public Optional<Answers> apply(Answers answers, String code) {
        return switch (this) {
            case TOPIC -> Code.parse(Topic.class, code).map(answers::withTopic);
            case PLAN -> Code.parse(Plan.class, code).map(answers::withPlan);
            case ADDONS -> codes.contains(code) ? Optional.of(answers.withAddons(code.equals("yes"))) : Optional.empty();
            case TIER -> Code.parse(SupportTier.class, code).map(answers::withTier);
            case EMAIL -> Code.parse(EmailKind.class, code).map(answers::withEmail);
            case ACCESS -> Code.parse(AccessLevel.class, code).map(answers::withAccess);
            case ENV -> Code.parse(Environment.class, code).map(answers::withEnv);
            case IMPACT -> Code.parse(Impact.class, code).map(answers::withImpact);
        };
    }

    /** This parameter's code in {@code answers}, if answered. */
    public Optional<String> read(Answers answers) {
        return switch (this) {
            case TOPIC -> answers.topic().map(Code::code);
            case PLAN -> answers.plan().map(Code::code);
            case ADDONS -> answers.addons().map(b -> b ? "yes" : "no");
            case TIER -> answers.tier().map(Code::code);
            case EMAIL -> answers.email().map(Code::code);
            case ACCESS -> answers.access().map(Code::code);
            case ENV -> answers.env().map(Code::code);
            case IMPACT -> answers.impact().map(Code::code);
        };
    }
}
