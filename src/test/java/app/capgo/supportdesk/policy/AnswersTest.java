package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersTest {

    @Test
    void newer_answers_replace_older_ones_and_the_rest_are_kept() {
        Answers older = Answers.NONE.with(Topic.SETUP).with(Plan.TEAM).with(Impact.INFO);
        Answers newer = Answers.NONE.with(Plan.ENTERPRISE).with(SupportTier.PRIORITY_PLUS);

        Answers merged = older.updatedWith(newer);

        assertThat(merged.topic()).contains(Topic.SETUP);
        assertThat(merged.plan()).contains(Plan.ENTERPRISE);
        assertThat(merged.tier()).contains(SupportTier.PRIORITY_PLUS);
        assertThat(merged.impact()).contains(Impact.INFO);
        assertThat(merged.email()).isEmpty();
    }

    @Test
    void an_answer_goes_to_its_own_question_and_can_be_taken_back() {
        Answers answers = Answers.NONE.with(YesNo.YES).with(StatusReading.MAJOR);
        assertThat(answers.addons()).contains(true);
        assertThat(answers.status()).contains(StatusReading.MAJOR);
        assertThat(answers.code(Question.ADDONS)).contains("yes");
        assertThat(answers.without(Question.ADDONS).addons()).isEmpty();
        assertThat(answers.without(Question.ADDONS).without(Question.STATUS)).isEqualTo(Answers.NONE);
    }

    @Test
    void every_question_parses_exactly_the_codes_it_offers() {
        for (Question question : Question.values()) {
            for (Code code : question.codes()) {
                assertThat(question.parse(code.code())).contains(code);
                assertThat(Question.of(code)).isEqualTo(question);
            }
            assertThat(question.parse("nonsense")).isEmpty();
        }
    }
}
