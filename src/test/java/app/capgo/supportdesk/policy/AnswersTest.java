package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswersTest {

    @Test
    void newer_answers_replace_older_ones_and_the_rest_are_kept() {
        Answers older = Answers.NONE.withTopic(Topic.SETUP).withPlan(Plan.TEAM).withImpact(Impact.INFO);
        Answers newer = Answers.NONE.withPlan(Plan.ENTERPRISE).withTier(SupportTier.PRIORITY_PLUS);

        Answers merged = older.updatedWith(newer);

        assertThat(merged.topic()).contains(Topic.SETUP);
        assertThat(merged.plan()).contains(Plan.ENTERPRISE);
        assertThat(merged.tier()).contains(SupportTier.PRIORITY_PLUS);
        assertThat(merged.impact()).contains(Impact.INFO);
        assertThat(merged.email()).isEmpty();
    }
}
