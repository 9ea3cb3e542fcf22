package app.capgo.supportdesk.policy;

import java.util.Optional;

/**
 * What the customer answered so far (and, for an outage, what the status feed said). Every
 * answer is optional; {@link SupportPolicy#missing(Answers)} says which ones the verdict needs.
 */
public record Answers(
        Optional<Topic> topic,
        Optional<Plan> plan,
        Optional<Boolean> addons,
        Optional<SupportTier> tier,
        Optional<EmailKind> email,
        Optional<AccessLevel> access,
        Optional<Environment> env,
        Optional<Impact> impact,
        Optional<StatusReading> status) {

    public static final Answers NONE = new Answers(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public Answers withTopic(Topic value) {
        return new Answers(Optional.of(value), plan, addons, tier, email, access, env, impact, status);
    }

    public Answers withPlan(Plan value) {
        return new Answers(topic, Optional.of(value), addons, tier, email, access, env, impact, status);
    }

    public Answers withAddons(boolean value) {
        return new Answers(topic, plan, Optional.of(value), tier, email, access, env, impact, status);
    }

    public Answers withTier(SupportTier value) {
        return new Answers(topic, plan, addons, Optional.of(value), email, access, env, impact, status);
    }

    public Answers withEmail(EmailKind value) {
        return new Answers(topic, plan, addons, tier, Optional.of(value), access, env, impact, status);
    }

    public Answers withAccess(AccessLevel value) {
        return new Answers(topic, plan, addons, tier, email, Optional.of(value), env, impact, status);
    }

    public Answers withEnv(Environment value) {
        return new Answers(topic, plan, addons, tier, email, access, Optional.of(value), impact, status);
    }

    public Answers withImpact(Impact value) {
        return new Answers(topic, plan, addons, tier, email, access, env, Optional.of(value), status);
    }

    public Answers withStatus(StatusReading value) {
        return new Answers(topic, plan, addons, tier, email, access, env, impact, Optional.of(value));
    }

    /** These answers, with every answer that {@code newer} gives taking the place of this one's. */
    public Answers updatedWith(Answers newer) {
        return new Answers(newer.topic.or(() -> topic), newer.plan.or(() -> plan), newer.addons.or(() -> addons),
                newer.tier.or(() -> tier), newer.email.or(() -> email), newer.access.or(() -> access),
                newer.env.or(() -> env), newer.impact.or(() -> impact), newer.status.or(() -> status));
    }

    /** These answers without the given one (e.g. when the customer changes an earlier step). */
    public Answers without(Question question) {
        return switch (question) {
            case TOPIC -> new Answers(Optional.empty(), plan, addons, tier, email, access, env, impact, status);
            case PLAN -> new Answers(topic, Optional.empty(), addons, tier, email, access, env, impact, status);
            case ADDONS -> new Answers(topic, plan, Optional.empty(), tier, email, access, env, impact, status);
            case TIER -> new Answers(topic, plan, addons, Optional.empty(), email, access, env, impact, status);
            case EMAIL -> new Answers(topic, plan, addons, tier, Optional.empty(), access, env, impact, status);
            case ACCESS -> new Answers(topic, plan, addons, tier, email, Optional.empty(), env, impact, status);
            case ENV -> new Answers(topic, plan, addons, tier, email, access, Optional.empty(), impact, status);
            case IMPACT -> new Answers(topic, plan, addons, tier, email, access, env, Optional.empty(), status);
            case STATUS -> new Answers(topic, plan, addons, tier, email, access, env, impact, Optional.empty());
        };
    }
}
