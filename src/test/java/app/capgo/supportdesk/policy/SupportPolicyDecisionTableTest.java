package app.capgo.supportdesk.policy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

class SupportPolicyDecisionTableTest {

    static List<List<String>> combinations() {
        return VerdictTable.allCombinations();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void every_combination_of_answers_gets_the_verdict_of_the_policy_table(List<String> combo) {
        VerdictTable.Row row = VerdictTable.match(combo);

        Decision decision = SupportPolicy.decide(VerdictTable.answers(combo));

        assertThat(decision).isInstanceOf(Verdict.class);
        assertThat(VerdictTable.describe((Verdict) decision))
                .as("row at line %d", row.line())
                .isEqualTo(row.expected());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("combinations")
    void the_flow_asks_exactly_the_answers_the_verdict_depends_on_and_reaches_the_same_verdict(List<String> combo) {
        VerdictTable.Row row = VerdictTable.match(combo);
        Answers answers = VerdictTable.answer(Answers.NONE, Question.TOPIC, combo);
        Set<Question> asked = EnumSet.of(Question.TOPIC);
        Decision decision = SupportPolicy.decide(answers);
        while (decision instanceof Decision.NeedsAnswers needs) {
            Question next = needs.next();
            if (!asked.add(next)) {
                fail("asked %s twice for %s", next, combo);
            }
            answers = VerdictTable.answer(answers, next, combo);
            decision = SupportPolicy.decide(answers);
        }

        assertThat(asked).as("row at line %d", row.line()).isEqualTo(row.dependsOn(combo));
        assertThat(VerdictTable.describe((Verdict) decision)).isEqualTo(row.expected());
    }

    /** Adding a question: the table must gain its column (the header names the columns, in order). */
    @Test
    void every_question_is_a_column_of_the_decision_table() {
        assertThat(VerdictTable.COLUMNS).containsExactlyInAnyOrder(Question.values());
    }

    @Test
    void the_combinations_cover_every_topic_plan_and_table_row() {
        List<List<String>> all = combinations();
        Set<String> topics = all.stream().map(c -> c.get(0)).collect(Collectors.toSet());
        Set<String> plans = all.stream().map(c -> c.get(1)).collect(Collectors.toSet());
        Set<Integer> rowsUsed = new HashSet<>();
        all.forEach(c -> rowsUsed.add(VerdictTable.match(c).line()));

        assertThat(topics).hasSize(Topic.values().length);
        assertThat(plans).hasSize(Plan.values().length);
        assertThat(all).hasSizeGreaterThan(1000);
        assertThat(rowsUsed).as("every row of the table is reached")
                .containsExactlyInAnyOrderElementsOf(VerdictTable.ROWS.stream().map(VerdictTable.Row::line).toList());
    }

    @Test
    void every_reason_code_of_the_contract_is_reachable() {
        Set<Reason> reached = EnumSet.noneOf(Reason.class);
        for (List<String> combo : combinations()) {
            reached.add(((Verdict) SupportPolicy.decide(VerdictTable.answers(combo))).reason());
        }
        assertThat(reached).containsExactlyInAnyOrder(Reason.values());
    }

    @Test
    void nothing_answered_asks_the_topic_first() {
        assertThat(SupportPolicy.missing(Answers.NONE)).containsExactly(Question.TOPIC);
    }

    @Test
    void an_eligible_enterprise_request_asks_the_impact_first_and_the_tier_only_when_it_changes_the_target() {
        Answers answers = Answers.NONE.with(Topic.SETUP).with(Plan.ENTERPRISE)
                .with(EmailKind.REGISTERED).with(AccessLevel.DEVELOPER);
        assertThat(SupportPolicy.missing(answers)).containsExactly(Question.IMPACT);
        // Urgent: 1 hour, 24/7/365, with or without Priority Plus.
        Verdict urgent = (Verdict) SupportPolicy.decide(answers.with(Impact.ALL_DOWN).with(Environment.PRODUCTION));
        assertThat(urgent.target()).contains(new ResponseTarget(1, ResponseTarget.Unit.HOURS));
        // High: 2 business hours, or 2 hours around the clock with Priority Plus.
        assertThat(SupportPolicy.missing(answers.with(Impact.MAJOR).with(Environment.PRODUCTION)))
                .containsExactly(Question.TIER);
    }

    @Test
    void a_team_plan_is_asked_its_support_tier_and_priority_plus_gets_the_priority_plus_column() {
        Answers answers = Answers.NONE.with(Topic.SETUP).with(Plan.TEAM)
                .with(EmailKind.REGISTERED).with(AccessLevel.DEVELOPER);
        assertThat(SupportPolicy.missing(answers.with(Impact.ALL_DOWN).with(Environment.PRODUCTION)))
                .containsExactly(Question.TIER);

        Answers all = answers.with(SupportTier.PRIORITY_PLUS).with(Impact.MAJOR).with(Environment.PRODUCTION);
        Verdict verdict = (Verdict) SupportPolicy.decide(all);
        assertThat(verdict.sla()).isEqualTo(SlaColumn.PRIORITY_PLUS);
        assertThat(verdict.target()).contains(new ResponseTarget(2, ResponseTarget.Unit.HOURS));
        assertThat(verdict.readings(all)).containsExactly(Reading.DEVELOPER_OR_HIGHER_ROLES,
                Reading.DEADLINE_FROM_SUBMISSION, Reading.PRIORITY_PLUS_ON_TOP_OF_PLAN);
    }

    @Test
    void premium_support_needs_no_plan_and_is_open_to_anyone() {
        assertThat(SupportPolicy.decide(Answers.NONE.with(Topic.PREMIUM)))
                .isEqualTo(new Verdict(Channel.SALES, Reason.PREMIUM_ELIGIBLE, java.util.Optional.empty(),
                        SlaColumn.NONE, java.util.Optional.empty(), List.of(), java.util.Optional.empty(), List.of(),
                        false));
        for (Plan plan : Plan.values()) {
            Verdict verdict = (Verdict) SupportPolicy.decide(Answers.NONE.with(Topic.PREMIUM).with(plan));
            assertThat(verdict.reason()).as("%s", plan).isEqualTo(Reason.PREMIUM_ELIGIBLE);
        }
    }

    @Test
    void a_production_partial_outage_is_urgent_and_the_example_is_labelled_as_how_we_count() {
        Answers answers = Answers.NONE.with(Topic.TROUBLESHOOTING).with(Plan.TEAM)
                .with(SupportTier.STANDARD).with(EmailKind.REGISTERED)
                .with(AccessLevel.DEVELOPER).with(Impact.ALL_DOWN).with(Environment.PRODUCTION);
        Verdict verdict = (Verdict) SupportPolicy.decide(answers);
        assertThat(verdict.severity().orElseThrow().severity()).isEqualTo(Severity.URGENT);
        assertThat(verdict.target()).contains(new ResponseTarget(24, ResponseTarget.Unit.HOURS));
        assertThat(verdict.readings(answers)).containsExactly(Reading.PARTIAL_OUTAGE_EXAMPLE,
                Reading.DEVELOPER_OR_HIGHER_ROLES, Reading.DEADLINE_FROM_SUBMISSION);
    }

    @Test
    void a_business_day_target_applies_the_local_time_twelve_hour_submission_and_holiday_readings() {
        Answers answers = Answers.NONE.with(Topic.SETUP).with(Plan.ENTERPRISE)
                .with(SupportTier.STANDARD).with(EmailKind.REGISTERED)
                .with(AccessLevel.DEVELOPER).with(Impact.MAJOR).with(Environment.NON_PRODUCTION);
        Verdict verdict = (Verdict) SupportPolicy.decide(answers);
        assertThat(verdict.readings(answers)).containsExactly(Reading.NON_PRODUCTION_AT_MOST_NORMAL,
                Reading.DEVELOPER_OR_HIGHER_ROLES, Reading.LOCAL_TIME_IS_CUSTOMER_ZONE,
                Reading.BUSINESS_DAY_IS_TWELVE_HOURS, Reading.DEADLINE_FROM_SUBMISSION,
                Reading.HOLIDAYS_ARE_BUSINESS_DAYS, Reading.COMMITMENT_IS_99_9);
    }

    @Test
    void a_trial_with_console_credits_is_told_that_credits_count_as_a_paid_add_on() {
        Answers answers = Answers.NONE.with(Topic.SETUP).with(Plan.TRIAL).with(YesNo.YES)
                .with(EmailKind.REGISTERED).with(AccessLevel.DEVELOPER).with(Impact.COMPONENT);
        Verdict verdict = (Verdict) SupportPolicy.decide(answers);
        assertThat(verdict.reason()).isEqualTo(Reason.IN_SCOPE);
        assertThat(verdict.readings(answers)).contains(Reading.CONSOLE_CREDITS_ARE_PAID);
        assertThat(verdict.readings(answers.with(Plan.MAKER))).doesNotContain(Reading.CONSOLE_CREDITS_ARE_PAID);
    }

    @Test
    void maintenance_shows_the_status_page_and_lets_the_customer_go_on_as_troubleshooting() {
        Answers answers = Answers.NONE.with(Topic.OUTAGE).with(StatusReading.MAINTENANCE);
        Verdict verdict = (Verdict) SupportPolicy.decide(answers);
        assertThat(verdict.channel()).isEqualTo(Channel.STATUS);
        assertThat(verdict.reason()).isEqualTo(Reason.PLATFORM_MAINTENANCE);
        assertThat(verdict.continuation()).contains(Topic.TROUBLESHOOTING);
        assertThat(verdict.readings(answers)).containsExactly(Reading.MAINTENANCE_MAY_GO_ON);
        Verdict incident = (Verdict) SupportPolicy.decide(Answers.NONE.with(Topic.OUTAGE).with(StatusReading.INCIDENT));
        assertThat(incident.reason()).isEqualTo(Reason.PLATFORM_INCIDENT);
        assertThat(incident.continuation()).as("an incident needs no ticket").isEmpty();
    }

    @Test
    void a_service_credit_claim_names_the_credit_arithmetic_readings() {
        Answers answers = Answers.NONE.with(Topic.SLA_CREDIT).with(Plan.ENTERPRISE);
        Verdict verdict = (Verdict) SupportPolicy.decide(answers);
        assertThat(verdict.readings(answers)).containsExactly(Reading.COMMITMENT_IS_99_9,
                Reading.WHOLE_MONTH_IS_SCHEDULED, Reading.CREDIT_ROUNDING, Reading.CLAIM_WINDOW_IN_UTC);
    }

    @Test
    void email_and_access_are_asked_together() {
        Answers answers = Answers.NONE.with(Topic.TROUBLESHOOTING).with(Plan.MAKER);
        assertThat(SupportPolicy.missing(answers)).containsExactly(Question.EMAIL, Question.ACCESS);
    }

    @Test
    void an_outage_first_needs_the_status_reading() {
        Answers answers = Answers.NONE.with(Topic.OUTAGE).with(Plan.TEAM);
        assertThat(SupportPolicy.missing(answers)).containsExactly(Question.STATUS);
    }

    @Test
    void a_non_production_outage_for_all_users_is_normal_never_urgent() {
        Answers answers = Answers.NONE.with(Topic.TROUBLESHOOTING).with(Plan.ENTERPRISE)
                .with(SupportTier.PRIORITY_PLUS).with(EmailKind.REGISTERED)
                .with(AccessLevel.DEVELOPER).with(Impact.ALL_DOWN).with(Environment.NON_PRODUCTION);
        Verdict verdict = (Verdict) SupportPolicy.decide(answers);
        assertThat(verdict.severity()).contains(new SeverityAssessment(Severity.NORMAL,
                SeverityAssessment.Rule.NON_PRODUCTION_CAPPED));
    }

    @Test
    void a_decided_verdict_needs_nothing_more() {
        List<Question> missing = new ArrayList<>(SupportPolicy.missing(Answers.NONE.with(Topic.BILLING)));
        assertThat(missing).isEmpty();
    }
}
