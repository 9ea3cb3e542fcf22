package app.capgo.supportdesk.base;

import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.Topic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The link to the inquiry form, {@code /premium?plan=team&topic=app-debugging&lang=fr}, built by the
 * verdicts and read by the form from this one record: what the customer already told (plan, topic,
 * language) and so which inquiry it is.
 */
public record PremiumLink(Optional<Plan> plan, Optional<Topic> topic, Optional<Locale> language) {

    static final String PLAN = "plan";
    static final String TOPIC = "topic";

    /** What the form asks about: Premium Support (with its offer), or the Enterprise plan (for SLA credits). */
    public enum Kind {
        PREMIUM, ENTERPRISE;

        /** The suffix of this kind's texts ({@code inquiry.title.enterprise}); empty for Premium Support. */
        public String textSuffix() {
            return this == PREMIUM ? "" : "." + name().toLowerCase(Locale.ROOT);
        }
    }

    public Kind kind() {
        return topic.filter(t -> t == Topic.SLA_CREDIT).isPresent() ? Kind.ENTERPRISE : Kind.PREMIUM;
    }

    /** The form's address with these answers, in this order: plan, topic, lang. */
    public String href() {
        List<String> parameters = new ArrayList<>();
        plan.ifPresent(p -> parameters.add(PLAN + "=" + p.code()));
        topic.ifPresent(t -> parameters.add(TOPIC + "=" + t.code()));
        language.ifPresent(l -> parameters.add(Messages.LANG_PARAMETER + "=" + Messages.supported(l).getLanguage()));
        return parameters.isEmpty() ? Routes.PREMIUM : Routes.PREMIUM + "?" + String.join("&", parameters);
    }

    /** The link's answers from a request's parameters; an unknown value is left out. */
    public static PremiumLink parse(Map<String, List<String>> parameters) {
        return new PremiumLink(first(parameters, PLAN).flatMap(code -> Code.parse(Plan.class, code)),
                first(parameters, TOPIC).flatMap(code -> Code.parse(Topic.class, code)),
                first(parameters, Messages.LANG_PARAMETER).flatMap(Messages::language));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream().findFirst();
    }
}
