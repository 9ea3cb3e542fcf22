package app.capgo.supportdesk.wizard;

import app.capgo.supportdesk.base.i18n.Translator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A GitHub issue laid out as the chosen repository's own issue template asks (the plugin's bug
 * report: Capacitor and plugin versions from the two doctor commands, contexts, platforms, current
 * and expected behaviour, a code reproduction, other technical details, additional context), in
 * English whatever the page's language, with the customer's own text as typed. Our layout of those
 * headings lives in {@code github-issue/<repository>.md}; a repository without one gets the plain body.
 */
final class GithubIssueBody {

    private GithubIssueBody() {
    }

    /** The body for {@code report}'s repository, or empty when that repository has no template here. */
    static Optional<String> of(ReportDraft report, String context, Translator english) {
        Optional<String> template = template(report.repository());
        if (template.isEmpty()) {
            return Optional.empty();
        }
        String missing = english.get("draft.github.not-given");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("capacitor", or(report.capacitorVersion(), english.get("draft.github.paste", "npx cap doctor")));
        values.put("plugin", or(report.pluginVersions(), english.get("draft.github.paste", "npx @capgo/cli@latest doctor")));
        values.put("contexts", english.get("draft.github.contexts"));
        values.put("platform", report.platform() == ReportDraft.Platform.UNSPECIFIED ? missing
                : english.get("draft.platform." + report.platform().key()));
        values.put("current", or(join(report.description(), fenced(report.errorMessage())), missing));
        values.put("expected", missing);
        values.put("reproduction", or(join(fenced(report.codeSnippet()), report.steps()), missing));
        values.put("details", report.appId().isBlank() ? "" : english.get("field.line",
                english.get("draft.item.app-id"), report.appId().strip()) + "\n");
        values.put("context", context);
        String body = template.get();
        for (Map.Entry<String, String> value : values.entrySet()) {
            body = body.replace("{" + value.getKey() + "}", value.getValue());
        }
        return Optional.of(body.strip());
    }

    private static Optional<String> template(ReportDraft.Repository repository) {
        String name = "/github-issue/" + repository.path() + ".md";
        try (InputStream in = GithubIssueBody.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fenced(String text) {
        return text.isBlank() ? "" : "```\n" + text.strip() + "\n```";
    }

    private static String join(String first, String second) {
        return (first.strip() + "\n\n" + second.strip()).strip();
    }

    private static String or(String text, String otherwise) {
        return text.isBlank() ? otherwise : text.strip();
    }
}
