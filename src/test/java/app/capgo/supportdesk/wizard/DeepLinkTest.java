package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.policy.AccessLevel;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Question;
import app.capgo.supportdesk.policy.EmailKind;
import app.capgo.supportdesk.policy.Environment;
import app.capgo.supportdesk.policy.Impact;
import app.capgo.supportdesk.policy.Plan;
import app.capgo.supportdesk.policy.Topic;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeepLinkTest {

    private static Map<String, List<String>> query(String... pairs) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            result.put(pairs[i], List.of(pairs[i + 1]));
        }
        return result;
    }

    @Test
    void a_complete_link_gives_every_answer() {
        DeepLink link = DeepLink.parse(query("topic", "troubleshooting", "plan", "trial", "addons", "yes",
                "tier", "priority-plus", "email", "registered", "access", "developer", "env", "production",
                "impact", "all-down", "tz", "Europe/Paris", "lang", "fr"));

        Answers a = link.answers();
        assertThat(a.topic()).contains(Topic.TROUBLESHOOTING);
        assertThat(a.plan()).contains(Plan.TRIAL);
        assertThat(a.addons()).contains(true);
        assertThat(a.email()).contains(EmailKind.REGISTERED);
        assertThat(a.access()).contains(AccessLevel.DEVELOPER);
        assertThat(a.env()).contains(Environment.PRODUCTION);
        assertThat(a.impact()).contains(Impact.ALL_DOWN);
        assertThat(link.zone()).contains(ZoneId.of("Europe/Paris"));
        assertThat(link.language()).contains(Locale.FRENCH);
    }

    @Test
    void malformed_and_unknown_values_are_ignored() {
        DeepLink link = DeepLink.parse(query("topic", "SETUP", "plan", "gold", "addons", "maybe", "email", "",
                "tz", "Mars/Olympus", "lang", "de", "utm_source", "dashboard", "impact", "x".repeat(10_000)));

        assertThat(link.answers()).isEqualTo(Answers.NONE);
        assertThat(link.zone()).isEmpty();
        assertThat(link.language()).isEmpty();
    }

    @Test
    void injection_attempts_are_plain_invalid_values() {
        DeepLink link = DeepLink.parse(query("topic", "setup'; DROP TABLE x;--", "tz", "<script>alert(1)</script>",
                "plan", "team\r\nX-Header: 1"));
        assertThat(link.answers()).isEqualTo(Answers.NONE);
        assertThat(link.zone()).isEmpty();
    }

    @Test
    void the_link_is_written_back_in_the_contract_order_without_absent_answers() {
        DeepLink link = DeepLink.parse(query("plan", "team", "topic", "setup", "bogus", "1", "tz", "America/New_York"));
        assertThat(link.toParameters()).containsExactly(
                Map.entry("topic", List.of("setup")), Map.entry("plan", List.of("team")),
                Map.entry("tz", List.of("America/New_York")));
    }

    @Test
    void parse_and_write_are_inverse_for_every_valid_answer() {
        for (Question question : Question.values()) {
            for (Code code : question.codes()) {
                DeepLink link = DeepLink.parse(query(question.id(), code.code()));
                if (question.isAsked()) {
                    assertThat(link.toParameters()).containsEntry(question.id(), List.of(code.code()));
                } else {
                    assertThat(link.answers()).as("the status is read, never taken from a link").isEqualTo(Answers.NONE);
                }
            }
        }
    }

    @Test
    void only_the_first_value_of_a_repeated_parameter_counts() {
        DeepLink link = DeepLink.parse(Map.of("topic", List.of("billing", "premium")));
        assertThat(link.answers().topic()).contains(Topic.BILLING);
    }
}
