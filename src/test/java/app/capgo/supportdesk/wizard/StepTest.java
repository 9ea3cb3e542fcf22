package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.AccessLevel;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.EmailKind;
import app.capgo.supportdesk.policy.Impact;
import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.SupportTier;
import app.capgo.supportdesk.policy.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StepTest {

    /** Adding a question: it must be put on a screen, or the flow could never ask it. */
    @Test
    void every_question_the_customer_answers_is_asked_on_exactly_one_step() {
        for (app.capgo.supportdesk.policy.Question question : app.capgo.supportdesk.policy.Question.values()) {
            long steps = java.util.Arrays.stream(Step.values()).filter(s -> s.questions().contains(question)).count();
            assertThat(steps).as(question.id()).isEqualTo(question.isAsked() ? 1 : 0);
        }
    }

    @Test
    void before_the_topic_one_to_four_steps_may_come() {
        // Topic, plan (with the tier), contact, impact (with production): the tier alone only from a link.
        assertThat(Step.remaining(Answers.NONE)).isEqualTo(new Step.Range(1, 4));
    }

    @Test
    void a_topic_decided_at_once_leaves_no_step() {
        assertThat(Step.remaining(Answers.NONE.with(Topic.BILLING))).isEqualTo(new Step.Range(0, 0));
        assertThat(Step.remaining(Answers.NONE.with(Topic.PREMIUM))).isEqualTo(new Step.Range(0, 0));
    }

    @Test
    void a_team_plan_named_by_a_link_without_its_tier_has_the_tier_step_and_a_solo_plan_does_not() {
        Answers contact = Answers.NONE.with(Topic.SETUP).with(EmailKind.REGISTERED).with(AccessLevel.DEVELOPER);
        assertThat(Step.remaining(contact.with(Plan.TEAM))).isEqualTo(new Step.Range(2, 2));
        assertThat(Step.remaining(contact.with(Plan.TEAM).with(SupportTier.STANDARD))).isEqualTo(new Step.Range(1, 1));
        assertThat(Step.remaining(contact.with(Plan.SOLO))).isEqualTo(new Step.Range(1, 1));
        // Enterprise: Urgent needs no tier, High does.
        assertThat(Step.remaining(contact.with(Plan.ENTERPRISE))).isEqualTo(new Step.Range(1, 2));
    }

    @Test
    void the_path_lists_each_screen_once_in_the_order_asked_and_the_plan_step_answers_the_tier() {
        Answers answers = Answers.NONE.with(Topic.SETUP).with(Plan.TEAM).with(EmailKind.REGISTERED)
                .with(AccessLevel.DEVELOPER).with(SupportTier.STANDARD).with(Impact.COMPONENT);
        assertThat(Step.path(answers)).isEqualTo(List.of(Step.TOPIC, Step.PLAN, Step.CONTACT, Step.IMPACT));
    }
}
