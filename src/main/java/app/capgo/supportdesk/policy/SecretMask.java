package app.capgo.supportdesk.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a public text may not carry (in the policy core: pure Java, used by the drafts and by the
 * docs' content gaps): hides what looks like a secret before a text goes into a public draft (a GitHub issue, a Discord
 * post): private key blocks, bearer tokens, passwords in URLs, Capgo API keys given to the CLI, and
 * long values that follow a name such as {@code key}, {@code secret}, {@code token} or
 * {@code password}. Says what kinds it hid, so the customer knows.
 */
public final class SecretMask {

    /** What was hidden. */
    public enum Kind {
        PRIVATE_KEY, BEARER_TOKEN, URL_PASSWORD, API_KEY, ACCESS_TOKEN, NAMED_SECRET;

        public String key() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The text with its secrets replaced by {@code [hidden]}, and one kind per secret hidden. */
    public record Masked(String text, List<Kind> hidden) {
    }

    private record Rule(Kind kind, Pattern pattern, String replacement) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Kind.PRIVATE_KEY, Pattern.compile(
                    "-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\\s\\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY-----|\\z)"),
                    "[hidden private key]"),
            new Rule(Kind.BEARER_TOKEN, Pattern.compile("(?i)\\b(bearer)\\s+[A-Za-z0-9._~+/=-]{16,}"), "$1 [hidden]"),
            new Rule(Kind.URL_PASSWORD, Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://[^/\\s:@]+):[^@\\s/]+@"), "$1:[hidden]@"),
            new Rule(Kind.API_KEY, Pattern.compile("(--apikey|--api-key)(\\s+|=)([^\\s\"']{8,})"), "$1$2[hidden]"),
            // Tokens whose format names them: GitHub, npm, Slack, AWS access keys, Stripe secret keys.
            new Rule(Kind.ACCESS_TOKEN, Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255}"
                    + "|npm_[A-Za-z0-9]{36}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|sk_live_[A-Za-z0-9]{16,})\\b"),
                    "[hidden token]"),
            new Rule(Kind.NAMED_SECRET, Pattern.compile(
                    "(?i)\\b((?:api[_-]?)?key|apikey|secret|token|password|passwd|pwd)(\"?'?\\s*[:=]\\s*[\"']?)"
                            + "(?![\\[]hidden)([A-Za-z0-9+/_.=-]{12,})"), "$1$2[hidden]"));

    private SecretMask() {
    }

    public static Masked mask(String text) {
        String result = text;
        List<Kind> hidden = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                hidden.add(rule.kind());
                matcher.appendReplacement(out, rule.replacement());
            }
            matcher.appendTail(out);
            result = out.toString();
        }
        return new Masked(result, List.copyOf(hidden));
    }
}
