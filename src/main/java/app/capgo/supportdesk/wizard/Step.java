package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Decision;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.SupportPolicy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The screens of the flow, each asking one or a few related questions. */
public enum Step {
    TOPIC(List.of(Param.TOPIC)),
    PLAN(List.of(Param.PLAN, Param.ADDONS)),
    CONTACT(List.of(Param.EMAIL, Param.ACCESS)),
    TIER(List.of(Param.TIER)),
    IMPACT(List.of(Param.IMPACT, Param.ENV));

    private final List<Param> params;

    Step(List<Param> params) {
        this.params = params;
    }

    /** The parameters this step may ask (some only after an answer, e.g. add-ons for a trial). */
    public List<Param> params() {
        return params;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The step that asks {@code question}; the status is read, never asked. */
    public static Step of(Question question) {
        return Arrays.stream(values()).filter(s -> s.params.stream().anyMatch(p -> p.question() == question))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("not asked: " + question));
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
            if (next == Question.STATUS) {
                if (answers.status().isEmpty()) {
                    break;
                }
                replay = replay.withStatus(answers.status().get());
                continue;
            }
            Param param = Param.of(next).orElseThrow();
            var code = param.read(answers);
            if (code.isEmpty()) {
                break;
            }
            replay = param.apply(replay, code.get()).orElseThrow();
            Step step = of(next);
            if (path.isEmpty() || path.getLast() != step) {
                path.add(step);
            }
        }
        return path;
    }
}
