package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.AccessLevel;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Decision;
import app.capgo.supportdesk.policy.EmailKind;
import app.capgo.supportdesk.policy.Environment;
import app.capgo.supportdesk.policy.Impact;
import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.SupportPolicy;
import app.capgo.supportdesk.policy.SupportTier;
import app.capgo.supportdesk.policy.Verdict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The screens of the flow, each asking one or a few related questions (the follow-ups only when
 * the policy needs them, e.g. add-ons after a trial).
 */
public enum Step {
    TOPIC(Question.TOPIC),
    /** The plan and, in the same tap, whether Team or Enterprise comes with Priority Plus. */
    PLAN(List.of(Question.PLAN, Question.ADDONS), List.of(
            Choice.of(Plan.NONE), Choice.of(Plan.TRIAL), Choice.of(Plan.SOLO), Choice.of(Plan.MAKER),
            new Choice("team", List.of(Plan.TEAM, SupportTier.STANDARD)),
            new Choice("team-priority-plus", List.of(Plan.TEAM, SupportTier.PRIORITY_PLUS)),
            new Choice("enterprise", List.of(Plan.ENTERPRISE, SupportTier.STANDARD)),
            new Choice("enterprise-priority-plus", List.of(Plan.ENTERPRISE, SupportTier.PRIORITY_PLUS)))),
    /** Offers "yes, both" first: the registered email and Developer access, the common case, in one tap. */
    CONTACT(List.of(Question.EMAIL, Question.ACCESS), List.of(
            new Choice("yes", List.of(EmailKind.REGISTERED, AccessLevel.DEVELOPER)),
            new Choice("no", List.of()))),
    /** What the problem does and, where the severity depends on it, whether production is concerned. */
    IMPACT(List.of(Question.IMPACT, Question.ENV), List.of(
            new Choice("production-down", List.of(Impact.ALL_DOWN, Environment.PRODUCTION)),
            new Choice("production-major", List.of(Impact.MAJOR, Environment.PRODUCTION)),
            new Choice("outside-production", List.of(Impact.ALL_DOWN, Environment.NON_PRODUCTION)),
            Choice.of(Impact.COMPONENT), Choice.of(Impact.INFO))),
    /** Asked on its own only when a link named the plan without it and it changes the target. */
    TIER(Question.TIER);

    /** Remaining-step counts already worked out, by the answers they were worked out for. */
    private static final Map<Answers, Range> REMAINING = new ConcurrentHashMap<>();
    private static final int REMAINING_CACHE_LIMIT = 10_000;

    private final List<Question> questions;
    private final List<Choice> choices;

    Step(Question... questions) {
        this(List.of(questions), List.of());
    }

    Step(List<Question> questions, List<Choice> choices) {
        this.questions = questions;
        this.choices = choices;
    }

    /**
     * One card of a step that answers several questions at once, or none ("no, or not sure": the
     * questions are then asked one by one); {@code value} names it in the input and the texts.
     */
    public record Choice(String value, List<Code> answers) {

        static Choice of(Code answer) {
            return new Choice(answer.code(), List.of(answer));
        }

        /** Whether every answer of this card is among {@code answers} (and it has at least one). */
        public boolean isIn(Answers answers) {
            return !this.answers.isEmpty() && this.answers.stream().allMatch(a -> answers.get(Question.of(a)).equals(Optional.of(a)));
        }
    }

    /**
     * The cards this step offers first, each answering one or more of its questions in one tap
     * (the follow-ups the policy still needs after it then show); empty when it asks its questions
     * one by one. They are offered only while none of {@link #answers()} is given.
     */
    public List<Choice> choices() {
        return choices;
    }

    /**
     * The cards as offered after {@code given}: a card whose first answer alone reaches the verdict
     * (an SLA credit question needs the plan, not the tier) is offered as that answer only.
     */
    public List<Choice> choices(Answers given) {
        List<Choice> offered = new ArrayList<>();
        for (Choice choice : choices) {
            boolean decidedByFirst = choice.answers().size() > 1
                    && SupportPolicy.decide(given.with(choice.answers().getFirst())) instanceof Verdict;
            Choice card = decidedByFirst ? Choice.of(choice.answers().getFirst()) : choice;
            if (offered.stream().noneMatch(c -> c.answers().equals(card.answers()))) {
                offered.add(card);
            }
        }
        return offered;
    }

    /** The id of the input of {@link #choices()}: the first question's, or the step's own when a card asks them one by one. */
    public String choicesId() {
        return choices.stream().anyMatch(c -> c.answers().isEmpty()) ? key() : questions.getFirst().id();
    }

    /** Whether this step offers its cards for these answers: it has some and none of what they answer is given. */
    public boolean offersChoices(Answers given) {
        return !choices.isEmpty() && answers().stream().noneMatch(q -> given.get(q).isPresent());
    }

    /** The questions this step may ask, the first always, the others when the policy needs them. */
    public List<Question> questions() {
        return questions;
    }

    /** Every question this step may answer: its own and those its cards answer too (the tier for a plan). */
    public Set<Question> answers() {
        Set<Question> result = EnumSet.noneOf(Question.class);
        result.addAll(questions);
        choices.forEach(c -> c.answers().forEach(a -> result.add(Question.of(a))));
        return result;
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
            boolean answeredEarlier = path.stream().anyMatch(s -> s.answers().contains(next));
            if (step.isPresent() && !answeredEarlier) {
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
        // A step's cards may answer more than the next question (the tier with the plan): try those.
        List<Answers> tries = here == 1 && step.get().offersChoices(answers)
                ? step.get().choices(answers).stream().map(c -> c.answers().stream().reduce(answers, Answers::with, (a, b) -> b)).toList()
                : next.codes().stream().map(answers::with).toList();
        for (Answers tried : tries) {
            Range after = remaining(tried, continuing);
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
