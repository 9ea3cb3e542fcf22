package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.AccessLevel;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Decision;
import app.capgo.supportdesk.policy.EmailKind;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.SupportPolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens of the flow, each asking one or a few related questions (the follow-ups only when
 * the policy needs them, e.g. add-ons after a trial).
 */
public enum Step {
    TOPIC(Question.TOPIC),
    PLAN(Question.PLAN, Question.ADDONS),
    /** Offers "yes, both" first: the registered email and Developer access, the common case, in one tap. */
    CONTACT(List.of(Question.EMAIL, Question.ACCESS), List.of(EmailKind.REGISTERED, AccessLevel.DEVELOPER)),
    TIER(Question.TIER),
    IMPACT(Question.IMPACT, Question.ENV);

    /** Remaining-step counts already worked out, by the answers they were worked out for. */
    private static final Map<Answers, Range> REMAINING = new ConcurrentHashMap<>();
    private static final int REMAINING_CACHE_LIMIT = 10_000;

    private final List<Question> questions;
    private final List<Code> together;

    Step(Question... questions) {
        this(List.of(questions), List.of());
    }

    Step(List<Question> questions, List<Code> together) {
        this.questions = questions;
        this.together = together;
    }

    /**
     * The answers, one per question of this step, that the step offers as a single choice before
     * the separate questions; empty when it asks its questions one by one.
     */
    public List<Code> together() {
        return together;
    }

    /** The questions this step may ask, the first always, the others when the policy needs them. */
    public List<Question> questions() {
        return questions;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The step that asks {@code question}; empty for the status, which is read, never asked. */
    public static Optional<Step> of(Question question) {
        return Arrays.stream(values()).filter(s -> s.questions.contains(question)).findFirst();
    }

    /**
     * The steps the customer went through to reach these answers, in order: the policy is replayed
     * from the topic, taking each needed answer from {@code answers} while it has one.
     */
    public static List<Step> path(Answers answers) {
        List<Step> path = new ArrayList<>();
        Answers replay = Answers.NONE;
        while (SupportPolicy.decide(replay) instanceof Decision.NeedsAnswers needs) {
            Question next = needs.next();
            Optional<Code> answer = answers.get(next);
            if (answer.isEmpty()) {
                break;
            }
            replay = replay.with(answer.get());
            Optional<Step> step = of(next);
            if (step.isPresent() && (path.isEmpty() || path.getLast() != step.get())) {
                path.add(step.get());
            }
        }
        return path;
    }

    /** The fewest and the most steps that can still come before the verdict (0 when it is reached). */
    public record Range(int fewest, int most) {
    }

    /**
     * How many steps may still come after these answers, worked out from the policy by trying
     * every answer the next questions accept: progress is never a fixed count.
     */
    public static Range remaining(Answers answers) {
        return remaining(answers, Optional.empty());
    }

    private static Range remaining(Answers answers, Optional<Step> current) {
        if (!(SupportPolicy.decide(answers) instanceof Decision.NeedsAnswers needs)) {
            return new Range(0, 0);
        }
        Question next = needs.next();
        Optional<Step> step = of(next);
        int here = step.isPresent() && !step.equals(current) ? 1 : 0;
        Optional<Step> continuing = step.isPresent() ? step : current;
        Range cached = current.isEmpty() ? REMAINING.get(answers) : null;
        if (cached != null) {
            return cached;
        }
        int fewest = Integer.MAX_VALUE;
        int most = 0;
        for (Code answer : next.codes()) {
            Range after = remaining(answers.with(answer), continuing);
            fewest = Math.min(fewest, after.fewest());
            most = Math.max(most, after.most());
        }
        Range range = new Range(here + fewest, here + most);
        if (current.isEmpty() && REMAINING.size() < REMAINING_CACHE_LIMIT) {
            REMAINING.put(answers, range);
        }
        return range;
    }
}
