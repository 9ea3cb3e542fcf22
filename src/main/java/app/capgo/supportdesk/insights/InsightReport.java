package app.capgo.supportdesk.insights;

import app.capgo.supportdesk.policy.Channel;
import app.capgo.supportdesk.policy.Code;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the desk did in a period: the sums of each measure by detail, the topics per day and the
 * docs' content gaps; the figures shown to Capgo's team are derived here, each with its definition
 * in the texts ({@code insights.definition.*}).
 */
public record InsightReport(InsightPeriod period, Map<Measure, Map<String, Long>> totals, List<DayCount> topicsByDay,
                            List<GapCount> gaps) {

    /** How often {@code detail} was counted on {@code day}. */
    public record DayCount(LocalDate day, String detail, long n) {
    }

    /** A content gap: a reduced search term, how often, and the last day it was counted. */
    public record GapCount(String term, long n, LocalDate lastSeen) {
    }

    /** A step of the funnel: how many flows reached it and how many were left there without a verdict. */
    public record Stage(String step, long reached, long left) {
    }

    public InsightReport {
        totals = Map.copyOf(totals);
        topicsByDay = List.copyOf(topicsByDay);
        gaps = List.copyOf(gaps);
    }

    /** The count of {@code measure} with {@code detail}. */
    public long count(Measure measure, String detail) {
        return details(measure).getOrDefault(detail, 0L);
    }

    /** Every count of {@code measure}, whatever its detail. */
    public long total(Measure measure) {
        return details(measure).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The counts of {@code measure} by detail, largest first. */
    public Map<String, Long> details(Measure measure) {
        return totals.getOrDefault(measure, Map.of());
    }

    /** "Answered by the docs": the "yes, it answered" answers of the lists of suggestions shown. */
    public Ratio answeredByDocs() {
        return new Ratio(count(Measure.DOCS_ANSWERED, "yes"), count(Measure.DOCS_SEARCHED, "found"));
    }

    /** "Routed without a ticket": the verdicts sending to the community or the status page, of all verdicts. */
    public Ratio routedWithoutTicket() {
        long without = byChannel().entrySet().stream()
                .filter(e -> e.getKey() == Channel.COMMUNITY || e.getKey() == Channel.STATUS)
                .mapToLong(Map.Entry::getValue).sum();
        return new Ratio(without, total(Measure.VERDICT_SHOWN));
    }

    /** The verdicts by channel. */
    public Map<Channel, Long> byChannel() {
        return grouped(detail -> Code.parse(Channel.class, detail.substring(0, Math.max(detail.indexOf('/'), 0))).orElse(null));
    }

    /** The verdicts by reason code, most frequent first. */
    public Map<String, Long> byReason() {
        return grouped(detail -> detail.substring(detail.indexOf('/') + 1));
    }

    private <K> Map<K, Long> grouped(Function<String, K> key) {
        Map<K, Long> sums = details(Measure.VERDICT_SHOWN).entrySet().stream()
                .filter(e -> key.apply(e.getKey()) != null)
                .collect(Collectors.groupingBy(e -> key.apply(e.getKey()), Collectors.summingLong(Map.Entry::getValue)));
        return descending(sums);
    }

    /**
     * The funnel's steps, those reached most first (the flow's first steps; a link may skip some):
     * each with the flows that reached it and those left there.
     */
    public List<Stage> funnel() {
        Map<String, Long> reached = details(Measure.STEP_REACHED);
        Map<String, Long> left = details(Measure.FLOW_LEFT);
        return java.util.stream.Stream.concat(reached.keySet().stream(), left.keySet().stream()).distinct()
                .map(step -> new Stage(step, reached.getOrDefault(step, 0L), left.getOrDefault(step, 0L)))
                .sorted(Comparator.comparingLong(Stage::reached).reversed().thenComparing(Stage::step))
                .toList();
    }

    /** The flows left on a step, whatever the step. */
    public long flowsLeft() {
        return total(Measure.FLOW_LEFT);
    }

    /** The topics of the period, most frequent first. */
    public Map<String, Long> topics() {
        return details(Measure.TOPIC_CHOSEN);
    }

    static <K> Map<K, Long> descending(Map<K, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }
}
