package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.base.i18n.Translator;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Decision;
import app.capgo.supportdesk.policy.SupportPolicy;
import app.capgo.supportdesk.policy.Verdict;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RequestDraftsTest {

    private static final Translator ENGLISH = (key, params) -> key + (params.length == 0 ? "" : List.of(params).toString());

    private static Verdict verdict(Answers answers) {
        Decision d = SupportPolicy.decide(answers);
        return (Verdict) d;
    }

    private static Answers teamUrgent() {
        return DeepLink.parse(Map.of("topic", List.of("troubleshooting"), "plan", List.of("team"),
                "email", List.of("registered"), "access", List.of("developer"), "tier", List.of("standard"),
                "env", List.of("production"),
                "impact", List.of("all-down"))).answers();
    }

    private static ReportDraft report(String description) {
        return new ReportDraft(description, "Error: bundle 1.2.3 failed checksum", "CapacitorUpdater.notifyAppReady()",
                "1. Upload\n2. Open app", ReportDraft.Platform.IOS, "7.2.0", "@capgo/capacitor-updater 7.1",
                "com.example.app", ReportDraft.Repository.UPDATER);
    }

    private static String query(String url, String name) {
        String q = url.substring(url.indexOf('?') + 1);
        for (String pair : q.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + url);
    }

    @Test
    void the_email_draft_carries_plan_topic_severity_environment_and_the_checklist() {
        Answers answers = teamUrgent();
        RequestDrafts d = RequestDrafts.compose(verdict(answers), answers, report("Updates stopped arriving"),
                "support@capgo.app", "https://github.com/Cap-go", ENGLISH, ENGLISH);

        assertThat(d.mailto()).startsWith("mailto:support@capgo.app?subject=");
        String body = query(d.mailto(), "body");
        assertThat(body).contains("draft.plan[answer.plan.team]", "draft.severity[severity.urgent]",
                "draft.environment[answer.env.production]", "Updates stopped arriving",
                "Error: bundle 1.2.3 failed checksum", "CapacitorUpdater.notifyAppReady()", "1. Upload",
                "7.2.0", "@capgo/capacitor-updater 7.1", "com.example.app");
        assertThat(query(d.mailto(), "subject")).contains("com.example.app", "Updates stopped arriving");
    }

    @Test
    void spaces_are_encoded_as_percent_20_for_mail_clients() {
        assertThat(app.capgo.supportdesk.base.Links.encode("a b+c")).isEqualTo("a%20b%2Bc");
    }

    @Test
    void the_subject_never_carries_a_line_break() {
        Answers answers = teamUrgent();
        ReportDraft r = new ReportDraft("Line one\r\nBcc: attacker@example.com", "", "", "",
                ReportDraft.Platform.UNSPECIFIED, "", "", "com.x\r\nCc: y@example.com", ReportDraft.Repository.CLI);
        RequestDrafts d = RequestDrafts.compose(verdict(answers), answers, r, "support@capgo.app",
                "https://github.com/Cap-go", ENGLISH, ENGLISH);
        assertThat(d.subject()).doesNotContain("\r", "\n");
        assertThat(d.mailto()).doesNotContain("\r", "\n", " ");
        assertThat(d.githubIssue()).startsWith("https://github.com/Cap-go/CLI/issues/new?title=");
    }

    @Test
    void long_reports_are_cut_to_fit_link_limits_and_say_so() {
        Answers answers = teamUrgent();
        RequestDrafts d = RequestDrafts.compose(verdict(answers), answers, report("é".repeat(4000)),
                "support@capgo.app", "https://github.com/Cap-go", ENGLISH, ENGLISH);
        assertThat(d.mailto().length()).isLessThanOrEqualTo(RequestDrafts.MAX_MAILTO);
        assertThat(d.githubIssue().length()).isLessThanOrEqualTo(RequestDrafts.MAX_GITHUB_URL);
        assertThat(d.shortened()).isTrue();
        assertThat(query(d.githubIssue(), "body")).endsWith("[…]");
        assertThat(d.discordPost()).contains("é".repeat(4000));
    }

    @Test
    void a_short_report_is_not_cut() {
        Answers answers = teamUrgent();
        RequestDrafts d = RequestDrafts.compose(verdict(answers), answers, report("Short"), "support@capgo.app",
                "https://github.com/Cap-go", ENGLISH, ENGLISH);
        assertThat(d.shortened()).isFalse();
        assertThat(query(d.githubIssue(), "body")).startsWith("## Bug Report").contains("Short");
    }

    @Test
    void the_plugin_issue_follows_its_repository_template_with_the_customers_text() {
        Answers answers = teamUrgent();
        RequestDrafts d = RequestDrafts.compose(verdict(answers), answers, report("Updates stopped arriving"),
                "support@capgo.app", "https://github.com/Cap-go", ENGLISH, ENGLISH);
        String body = query(d.githubIssue(), "body");
        assertThat(body).containsSubsequence("## Bug Report", "### Capacitor Version", "7.2.0", "### Plugin Version",
                "@capgo/capacitor-updater 7.1", "### context(s)", "### Platform(s)", "### Current Behavior",
                "Updates stopped arriving", "Error: bundle 1.2.3 failed checksum", "### Expected Behavior",
                "### Code Reproduction", "CapacitorUpdater.notifyAppReady()", "1. Upload", "### Other Technical Details",
                "com.example.app", "`npm --version` output:", "### Additional Context", "draft.plan[answer.plan.team]");
        assertThat(body).doesNotContain("{", "}");
    }

    @Test
    void the_other_repositories_get_the_plain_layout() {
        Answers answers = teamUrgent();
        ReportDraft r = new ReportDraft("CLI crashes", "", "", "", ReportDraft.Platform.UNSPECIFIED, "", "", "",
                ReportDraft.Repository.CLI);
        RequestDrafts d = RequestDrafts.compose(verdict(answers), answers, r, "support@capgo.app",
                "https://github.com/Cap-go", ENGLISH, ENGLISH);
        assertThat(query(d.githubIssue(), "body")).isEqualTo(d.body());
    }

    @Test
    void completeness_counts_the_eight_checklist_items() {
        assertThat(ReportDraft.EMPTY.filledCount()).isZero();
        assertThat(report("x").filledCount()).isEqualTo(8);
        assertThat(ReportDraft.EMPTY.missing().getFirst()).isEqualTo(ReportDraft.Item.DESCRIPTION);
    }

    @Test
    void oversized_fields_are_clipped_not_refused() {
        ReportDraft r = new ReportDraft("x".repeat(1_000_000), "", "", "", ReportDraft.Platform.WEB, "", "", "",
                ReportDraft.Repository.UPDATER);
        assertThat(r.description()).hasSize(ReportDraft.MAX_FIELD);
    }
}
