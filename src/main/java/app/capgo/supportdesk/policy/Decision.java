package app.capgo.supportdesk.policy;

import java.util.List;

/** What the policy says about a set of answers: a verdict, or which answers it still needs. */
public sealed interface Decision permits Decision.NeedsAnswers, Verdict {

    /** The answers still needed, in the order the flow asks them; never empty. */
    record NeedsAnswers(List<Question> questions) implements Decision {
        public NeedsAnswers {
            questions = List.copyOf(questions);
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("a decision that needs answers names at least one");
            }
        }

        public Question next() {
            return questions.getFirst();
        }
    }
}
