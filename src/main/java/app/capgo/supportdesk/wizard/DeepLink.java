package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.base.CustomerZones;
import app.capgo.supportdesk.base.Routes;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Question;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of {@code /support}: the answers, the time zone, the language, and the
 * customer's own text ({@code q}: a question or a pasted log, for the docs suggestions and the
 * draft). Unknown parameters and malformed values are ignored (the step is then asked), never an error;
 * a question's value that is not one of its answers is kept in {@link #unrecognised()}, for the
 * flow to say once that it did not recognise it.
 */
public record DeepLink(Answers answers, Optional<ZoneId> zone, Optional<Locale> language, Optional<String> text,
                       Map<Question, String> unrecognised) {

    public static final String TZ = "tz";
    public static final String LANG = Messages.LANG_PARAMETER;
    public static final String Q = Routes.TEXT_PARAMETER;
    private static final int MAX_VALUE_LENGTH = 64;

    /** Reads the parameters of a request; only the first value of each counts. */
    public static DeepLink parse(Map<String, List<String>> parameters) {
        Answers answers = Answers.NONE;
        Map<Question, String> unrecognised = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            if (question.isAsked()) {
                Optional<String> value = first(parameters, question.id());
                Optional<Code> answer = value.flatMap(question::parse);
                if (answer.isPresent()) {
                    answers = answers.with(answer.get());
                } else {
                    value.ifPresent(v -> unrecognised.put(question, v));
                }
            }
        }
        return new DeepLink(answers, first(parameters, TZ).flatMap(CustomerZones::parse),
                first(parameters, LANG).flatMap(Messages::language), text(parameters), java.util.Collections.unmodifiableMap(unrecognised));
    }

    /** The parameters that state this link, in the contract's order; absent answers are left out. */
    public Map<String, List<String>> toParameters() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Question question : Question.values()) {
            if (question.isAsked()) {
                answers.code(question).ifPresent(v -> result.put(question.id(), List.of(v)));
            }
        }
        zone.ifPresent(z -> result.put(TZ, List.of(z.getId())));
        language.ifPresent(l -> result.put(LANG, List.of(l.getLanguage())));
        text.ifPresent(t -> result.put(Q, List.of(t)));
        return result;
    }

    public DeepLink withAnswers(Answers value) {
        return new DeepLink(value, zone, language, text, Map.of());
    }

    public DeepLink withLanguage(Locale value) {
        return new DeepLink(answers, zone, Optional.of(value), text, unrecognised);
    }

    public DeepLink withZone(ZoneId value) {
        return new DeepLink(answers, Optional.of(value), language, text, unrecognised);
    }

    /** The customer's text, control characters but line breaks and tabs removed, cut to {@link Routes#MAX_LINK_TEXT}. */
    public static Optional<String> text(String value) {
        String clean = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        return clean.isEmpty() ? Optional.empty() : Optional.of(clean.length() > Routes.MAX_LINK_TEXT ? clean.substring(0, Routes.MAX_LINK_TEXT) : clean);
    }

    private static Optional<String> text(Map<String, List<String>> parameters) {
        List<String> values = parameters.getOrDefault(Q, List.of());
        return values.isEmpty() ? Optional.empty() : text(values.getFirst());
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst().trim())
                .filter(v -> !v.isEmpty() && v.length() <= MAX_VALUE_LENGTH);
    }
}
