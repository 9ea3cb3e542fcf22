package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.base.Links;
import app.capgo.supportdesk.policy.SecretMask;
import app.capgo.supportdesk.base.i18n.Translator;
import app.capgo.supportdesk.policy.Answers;
import app.capgo.supportdesk.policy.Verdict;

import java.util.ArrayList;
import java.util.List;

/**
 * The ready-to-send forms of a request: an email to support, a GitHub new-issue link and a Discord
 * post. Links are URL-encoded and cut to stay within what mail clients and GitHub accept. The public
 * ones (GitHub, Discord, {@link #publicText}) never carry what looks like a secret ({@link SecretMask});
 * the email to support, which is private, keeps the text and {@link #hidden} says what to check.
 */
public record RequestDrafts(String subject, String body, String mailto, String githubIssue, String discordPost,
                            boolean shortened, String publicText, List<SecretMask.Kind> hidden) {

    public RequestDrafts {
        hidden = List.copyOf(hidden);
    }

    /** Mail clients (Outlook among them) refuse longer {@code mailto:} links. */
    public static final int MAX_MAILTO = 2000;
    /** GitHub refuses new-issue links much longer than this. */
    public static final int MAX_GITHUB_URL = 8000;
    private static final String CUT = "\n[…]";
    private static final int MAX_SUBJECT = 120;

    /**
     * Composes the drafts for a verdict, the answers behind it and the customer's report; {@code t}
     * speaks the page's language, {@code english} writes the GitHub issue (the repositories are English).
     */
    public static RequestDrafts compose(Verdict verdict, Answers answers, ReportDraft report, String supportEmail,
                                        String githubOrg, Translator t, Translator english) {
        String subject = subject(answers, report, t);
        String body = body(verdict, answers, report, t);
        String issueTitle = subject(answers, report, english);
        String issueBody = GithubIssueBody.of(report, context(verdict, answers, english), english)
                .orElseGet(() -> body(verdict, answers, report, english));
        String mailto = fit(Links.mailto(supportEmail, subject, ""), body, MAX_MAILTO);
        SecretMask.Masked publicSubject = SecretMask.mask(subject);
        SecretMask.Masked publicBody = SecretMask.mask(body);
        // The subject repeats the start of the report, which the body holds too: count each secret once.
        List<SecretMask.Kind> hidden = publicBody.hidden().isEmpty() ? publicSubject.hidden() : publicBody.hidden();
        String github = fit(githubOrg + "/" + report.repository().path() + "/issues/new?title="
                + Links.encode(SecretMask.mask(issueTitle).text()) + "&body=", SecretMask.mask(issueBody).text(),
                MAX_GITHUB_URL);
        boolean shortened = mailto.endsWith(Links.encode(CUT)) || github.endsWith(Links.encode(CUT));
        String publicText = publicSubject.text() + "\n\n" + publicBody.text();
        return new RequestDrafts(subject, body, mailto, github, publicText, shortened, publicText, hidden);
    }

    static String subject(Answers answers, ReportDraft report, Translator t) {
        List<String> parts = new ArrayList<>();
        answers.topic().ifPresent(topic -> parts.add(t.get("answer.topic." + topic.code())));
        if (!report.appId().isBlank()) {
            parts.add(report.appId());
        }
        String first = report.description().strip().lines().findFirst().orElse("");
        if (!first.isBlank()) {
            parts.add(first);
        }
        String subject = String.join(" - ", parts).replaceAll("[\\r\\n\\t]+", " ").strip();
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…";
    }

    /** The plan, topic, severity and environment, one per line. */
    static String context(Verdict verdict, Answers answers, Translator t) {
        List<String> context = new ArrayList<>();
        answers.plan().ifPresent(p -> context.add(t.get("draft.plan", t.get("answer.plan." + p.code()))));
        answers.topic().ifPresent(p -> context.add(t.get("draft.topic", t.get("answer.topic." + p.code()))));
        verdict.severity().ifPresent(s -> context.add(t.get("draft.severity", t.get("severity." + s.severity().code()))));
        answers.env().filter(e -> verdict.severity().isPresent())
                .ifPresent(e -> context.add(t.get("draft.environment", t.get("answer.env." + e.code()))));
        return String.join("\n", context);
    }

    static String body(Verdict verdict, Answers answers, ReportDraft report, Translator t) {
        StringBuilder b = new StringBuilder();
        b.append(context(verdict, answers, t)).append("\n");
        section(b, t.get("draft.item.description"), report.description());
        section(b, t.get("draft.item.error-message"), report.errorMessage());
        section(b, t.get("draft.item.code-snippet"), report.codeSnippet().isBlank() ? "" : "```\n" + report.codeSnippet() + "\n```");
        section(b, t.get("draft.item.steps"), report.steps());
        List<String> extras = new ArrayList<>();
        if (report.platform() != ReportDraft.Platform.UNSPECIFIED) {
            line(extras, t, "draft.item.platform", t.get("draft.platform." + report.platform().key()));
        }
        line(extras, t, "draft.item.capacitor-version", report.capacitorVersion());
        line(extras, t, "draft.item.plugin-versions", report.pluginVersions());
        line(extras, t, "draft.item.app-id", report.appId());
        if (!extras.isEmpty()) {
            b.append("\n").append(String.join("\n", extras)).append("\n");
        }
        return b.toString().strip();
    }

    private static void section(StringBuilder b, String title, String text) {
        if (!text.isBlank()) {
            b.append("\n## ").append(title).append("\n").append(text.strip()).append("\n");
        }
    }

    private static void line(List<String> lines, Translator t, String titleKey, String text) {
        if (!text.isBlank()) {
            lines.add(t.get("field.line", t.get(titleKey), text.strip()));
        }
    }

    /** {@code prefix} + the encoded body, the body cut (with a mark) until the link fits {@code max}. */
    static String fit(String prefix, String body, int max) {
        String link = prefix + Links.encode(body);
        String text = body;
        while (link.length() > max && !text.isEmpty()) {
            int excess = link.length() - max;
            int keep = Math.max(0, text.length() - Math.max(excess / 3, 16));
            if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
                keep--;
            }
            text = text.substring(0, keep);
            link = prefix + Links.encode(text + CUT);
        }
        return link;
    }
}
