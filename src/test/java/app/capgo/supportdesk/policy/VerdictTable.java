package app.capgo.supportdesk.policy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The decision table of {@code policy/verdict-table.txt}: the policy as written, not as coded. */
final class VerdictTable {

    /** The table as text. */
    private static final List<String> LINES = read();

    /** Answer columns, in the table's order: as its header line ("# topic plan ... | channel ...") names them. */
    static final List<Question> COLUMNS = columns();

    record Expected(String channel, String reason, String severity, String sla, String target, String fixes,
                    String extras) {
    }

    record Row(int line, List<String> patterns, Expected expected) {

        boolean matches(List<String> answers) {
            for (int i = 0; i < patterns.size(); i++) {
                String pattern = patterns.get(i);
                if (!pattern.equals("*") && !Set.of(pattern.split("\\|")).contains(answers.get(i))) {
                    return false;
                }
            }
            return true;
        }

        /** The questions this row's verdict depends on (not '*', and not an absent status). */
        Set<Question> dependsOn(List<String> answers) {
            Set<Question> result = new java.util.HashSet<>();
            for (int i = 0; i < patterns.size(); i++) {
                if (!patterns.get(i).equals("*") && !answers.get(i).equals("-")) {
                    result.add(COLUMNS.get(i));
                }
            }
            return result;
        }
    }

    static final List<Row> ROWS = load();

    private VerdictTable() {
    }

    static Row match(List<String> answers) {
        return ROWS.stream().filter(r -> r.matches(answers)).findFirst()
                .orElseThrow(() -> new AssertionError("the table has no row for " + answers));
    }

    private static List<String> read() {
        var in = VerdictTable.class.getResourceAsStream("/policy/verdict-table.txt");
        try (var reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line, the comment that names the columns. */
    static String header() {
        return LINES.stream().filter(l -> l.startsWith("# topic ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("verdict-table.txt has no header line '# topic ... |'"));
    }

    private static List<Question> columns() {
        String header = header();
        return Arrays.stream(header.substring(2, header.indexOf('|')).trim().split("\\s+"))
                .map(id -> Arrays.stream(Question.values()).filter(q -> q.id().equals(id)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no question " + id)))
                .toList();
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line : LINES) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] halves = text.split("\\s*\\|\\s+|\\s+\\|\\s*");
            List<String> patterns = Arrays.asList(halves[0].trim().split("\\s+"));
            String[] out = halves[1].trim().split("\\s+");
            if (patterns.size() != COLUMNS.size() || out.length != 7) {
                throw new IllegalStateException("bad row at line " + number + ": " + line);
            }
            rows.add(new Row(number, patterns, new Expected(out[0], out[1], out[2], out[3], out[4], out[5], out[6])));
        }
        return rows;
    }

    /** The verdict's fields in the table's notation. */
    static Expected describe(Verdict verdict) {
        return new Expected(verdict.channel().code(), verdict.reason().code(),
                verdict.severity().map(s -> s.severity().code()).orElse("-"), verdict.sla().code(),
                verdict.target().map(VerdictTable::target).orElse("-"), fixes(verdict.fixes()), extras(verdict));
    }

    private static String extras(Verdict verdict) {
        List<String> extras = new ArrayList<>();
        if (verdict.selfChecks().equals(List.of(SelfCheck.BILLING_STOPPED, SelfCheck.PLAN_LIMIT_EXCEEDED))) {
            extras.add("checks");
        } else if (!verdict.selfChecks().isEmpty()) {
            extras.add("some-checks");
        }
        if (verdict.premiumAlternative()) {
            extras.add("premium");
        }
        verdict.continuation().filter(t -> t == Topic.TROUBLESHOOTING).ifPresent(t -> extras.add("go-on"));
        return extras.isEmpty() ? "-" : String.join("+", extras);
    }

    private static String target(ResponseTarget target) {
        return target.amount() + switch (target.unit()) {
            case HOURS -> "h";
            case BUSINESS_HOURS -> "bh";
            case BUSINESS_DAYS -> "bd";
        };
    }

    private static String fixes(List<Fix> fixes) {
        if (fixes.isEmpty()) {
            return "-";
        }
        return String.join("+", fixes.stream().map(f -> f == Fix.WRITE_FROM_ACCOUNT_EMAIL ? "email" : "access").toList());
    }

    /** Every combination of answers the verdict can depend on, in the table's notation. */
    static List<List<String>> allCombinations() {
        List<List<String>> result = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            List<String> statuses = topic == Topic.OUTAGE
                    ? Arrays.stream(StatusReading.values()).map(StatusReading::code).toList() : List.of("-");
            for (Plan plan : Plan.values()) {
                for (String addons : List.of("yes", "no")) {
                    for (SupportTier tier : SupportTier.values()) {
                        for (EmailKind email : EmailKind.values()) {
                            for (AccessLevel access : AccessLevel.values()) {
                                for (Environment env : Environment.values()) {
                                    for (Impact impact : Impact.values()) {
                                        for (String status : statuses) {
                                            result.add(List.of(topic.code(), plan.code(), addons, tier.code(),
                                                    email.code(), access.code(), env.code(), impact.code(), status));
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result;
    }

    /** The full answers of a combination. */
    static Answers answers(List<String> combo) {
        Answers a = Answers.NONE;
        for (Question q : COLUMNS) {
            a = answer(a, q, combo);
        }
        return a;
    }

    /** {@code answers} with question {@code q} answered as in {@code combo} ('-': no answer). */
    static Answers answer(Answers a, Question q, List<String> combo) {
        String v = combo.get(COLUMNS.indexOf(q));
        return v.equals("-") ? a : a.with(q.parse(v).orElseThrow(() -> new IllegalArgumentException(q + "=" + v)));
    }
}
