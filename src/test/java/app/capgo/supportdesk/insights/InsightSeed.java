package app.capgo.supportdesk.insights;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible counts for the insights page (the tour's screenshots, the benchmark): {@code flowsPerDay}
 * flows a day for {@code days} days up to {@code lastDay}, split between English and French and the
 * three entry points, each flow counted as the desk counts it (topic, steps, a verdict or a step
 * left, docs searches and answers, drafts), and the docs' content gaps. Deterministic for a seed.
 */
public final class InsightSeed {

    private static final String[] TOPICS = {"troubleshooting", "setup", "outage", "app-debugging", "billing", "sla-credit",
            "premium", "code-rewrite", "third-party"};
    private static final double[] TOPIC_WEIGHTS = {30, 22, 6, 14, 10, 2, 4, 6, 6};
    private static final String[] VERDICTS = {"official/in-scope", "community/not-covered", "community/no-paid-plan",
            "official/billing-open-to-all", "status/platform-incident", "community/unregistered-email",
            "sales/premium-eligible", "sla-claim/sla-claim-eligible", "community/insufficient-access"};
    private static final double[] VERDICT_WEIGHTS = {30, 22, 14, 10, 6, 5, 5, 2, 3};
    private static final String[] STEPS = {"topic", "plan", "contact", "impact"};
    private static final double[] STEP_REACHED = {1, 0.62, 0.4, 0.33};
    private static final double[] STEP_LEFT = {0.08, 0.12, 0.05, 0.04};
    private static final String[] WORDS = {"bundle", "rollback", "channel", "ios", "android", "checksum", "encryption",
            "manifest", "delta", "update", "fails", "after", "upload", "cli", "key", "expo", "ionic", "electron", "download",
            "version", "native", "crash", "capacitor", "8", "plugin", "api", "webhook", "statistics", "device", "limit"};

    private InsightSeed() {
    }

    /** Writes the counts (adding to rows already there) and returns how many rows it wrote. */
    public static int seed(JdbcClient jdbc, LocalDate lastDay, int days, int flowsPerDay, long seed) {
        Random random = new Random(seed);
        List<Object[]> counts = new ArrayList<>();
        List<Object[]> gaps = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = lastDay.minusDays(d);
            // A slow growth towards today, and quieter weekends: flowsPerDay on average.
            double size = flowsPerDay * (0.9 + 0.2 * (days - d) / days) * (day.getDayOfWeek().getValue() >= 6 ? 0.7 : 1.12);
            for (String language : new String[]{"en", "fr"}) {
                for (Entry entry : Entry.values()) {
                    double share = (language.equals("en") ? 0.72 : 0.28) * switch (entry) {
                        case IN_APP -> 0.5;
                        case LINK -> 0.35;
                        case DIRECT -> 0.15;
                    };
                    long flows = Math.round(size * share * (0.9 + 0.2 * random.nextDouble()));
                    Map<String, Long> row = new HashMap<>();
                    row.put("flow-started|", flows);
                    split(flows, TOPICS, TOPIC_WEIGHTS, random).forEach((t, n) -> row.put("topic-chosen|" + t, n));
                    // Each step: the share of the flows that reach it, and the share of those left there.
                    long left = 0;
                    for (int st = 0; st < STEPS.length; st++) {
                        long reached = st == 0 && entry == Entry.LINK ? flows / 5 : Math.round(flows * STEP_REACHED[st]);
                        long leftHere = Math.round(reached * STEP_LEFT[st]);
                        row.put("step-reached|" + STEPS[st], reached);
                        row.put("flow-left|" + STEPS[st], leftHere);
                        left += leftHere;
                    }
                    long verdicts = Math.max(0, flows - left);
                    split(verdicts, VERDICTS, VERDICT_WEIGHTS, random).forEach((v, n) -> row.put("verdict-shown|" + v, n));
                    long found = Math.round(flows * 0.45);
                    row.put("docs-searched|found", found);
                    long none = Math.round(flows * 0.08);
                    row.put("docs-searched|none", none);
                    row.put("suggestion-opened|", Math.round(found * 0.6));
                    row.put("docs-answered|yes", Math.round(found * 0.31));
                    row.put("docs-answered|no", Math.round(found * 0.12));
                    row.put("draft-used|email-copied", Math.round(flows * 0.09));
                    row.put("draft-used|email-opened", Math.round(flows * 0.05));
                    row.put("draft-used|github", Math.round(flows * 0.06));
                    row.put("draft-used|github-copied", Math.round(flows * 0.03));
                    row.put("draft-used|discord-copied", Math.round(flows * 0.04));
                    row.put("premium-submitted|", Math.round(flows * 0.006));
                    row.forEach((k, n) -> {
                        if (n > 0) {
                            int bar = k.indexOf('|');
                            counts.add(new Object[]{day, language, entry.code(), k.substring(0, bar), k.substring(bar + 1), n});
                        }
                    });
                    for (long g = 0; g < none / 3; g++) {
                        gaps.add(new Object[]{day, language, term(random), 1 + random.nextInt(3)});
                    }
                }
            }
        }
        jdbc.sql("SELECT 1").query(Integer.class).list(); // the connection is up before the batches
        batch(jdbc, "MERGE INTO insight_count (count_day, language, entry, measure, detail, n) KEY (count_day, language,"
                + " entry, measure, detail) VALUES (?, ?, ?, ?, ?, ?)", counts);
        Map<String, Object[]> distinctGaps = new HashMap<>();
        gaps.forEach(g -> distinctGaps.merge(g[0] + "|" + g[1] + "|" + g[2], g,
                (a, b) -> new Object[]{a[0], a[1], a[2], (int) a[3] + (int) b[3]}));
        batch(jdbc, "MERGE INTO content_gap (count_day, language, term, n) KEY (count_day, language, term) VALUES (?, ?, ?, ?)",
                List.copyOf(distinctGaps.values()));
        return counts.size() + distinctGaps.size();
    }

    private static void batch(JdbcClient jdbc, String sql, List<Object[]> rows) {
        for (Object[] row : rows) {
            jdbc.sql(sql).params(row).update();
        }
    }

    /** Two or three words, the first ones more often: a long tail, as searches have. */
    private static String term(Random random) {
        int words = 2 + random.nextInt(2);
        java.util.LinkedHashSet<String> chosen = new java.util.LinkedHashSet<>();
        while (chosen.size() < words) {
            chosen.add(WORDS[(int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * WORDS.length / 2.5)]);
        }
        return String.join(" ", chosen);
    }

    private static Map<String, Long> split(long total, String[] names, double[] weights, Random random) {
        double sum = 0;
        double[] w = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            w[i] = weights[i] * (0.8 + 0.4 * random.nextDouble());
            sum += w[i];
        }
        Map<String, Long> result = new HashMap<>();
        long given = 0;
        for (int i = 0; i < names.length; i++) {
            long n = i == names.length - 1 ? total - given : Math.round(total * w[i] / sum);
            n = Math.min(n, total - given);
            result.put(names[i], n);
            given += n;
        }
        return result;
    }
}
