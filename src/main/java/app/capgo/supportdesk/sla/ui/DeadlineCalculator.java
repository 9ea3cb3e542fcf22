package app.capgo.supportdesk.sla.ui;

import app.capgo.supportdesk.base.CustomerZones;
import app.capgo.supportdesk.base.i18n.DurationText;
import app.capgo.supportdesk.base.i18n.Messages;
import app.capgo.supportdesk.base.ui.BrowserZone;
import app.capgo.supportdesk.base.ui.DomOnce;
import app.capgo.supportdesk.base.ui.HowWeCount;
import app.capgo.supportdesk.policy.Code;
import app.capgo.supportdesk.policy.Deadline;
import app.capgo.supportdesk.policy.Reading;
import app.capgo.supportdesk.policy.ResponseTarget;
import app.capgo.supportdesk.policy.ResponseTargets;
import app.capgo.supportdesk.policy.Severity;
import app.capgo.supportdesk.policy.SlaColumn;
import app.capgo.supportdesk.base.ui.LabelledField;
import app.capgo.supportdesk.base.ui.NativeInput;
import app.capgo.supportdesk.base.ui.NativeSelect;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jsoup.nodes.Entities;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Severity, plan/tier, submission time and zone give the first-response deadline, explained. The
 * fields are the browser's own (lists, a date and a time input, a zone typed with suggestions).
 */
final class DeadlineCalculator extends Div {

    private final NativeSelect<Severity> severity = new NativeSelect<>();
    private final NativeSelect<SlaColumn> plan = new NativeSelect<>();
    private final NativeInput startDate = new NativeInput(NativeInput.Type.DATE, 10, 300);
    private final NativeInput startTime = new NativeInput(NativeInput.Type.TIME, 5, 300);
    private final NativeInput zone = new NativeInput(NativeInput.Type.TEXT, 64, 300);
    private final LabelledField startDateField;
    private final LabelledField startTimeField;
    private final LabelledField zoneField;
    private final Div result = new Div();
    /** Whether the customer has left the zone field once: no error while they are still typing a zone. */
    private boolean zoneLeft;

    DeadlineCalculator(Clock clock) {
        severity.setId("deadline-severity");
        severity.setItems(List.of(Severity.values()), s -> getTranslation("severity." + s.code()), s -> null);
        severity.setValue(Severity.HIGH);
        plan.setId("deadline-plan");
        plan.setItems(ResponseTargets.COLUMNS,
                c -> getTranslation(c == SlaColumn.PRIORITY_PLUS ? "sla.priority-plus.long" : "sla." + c.code()), c -> null);
        plan.setValue(SlaColumn.ENTERPRISE);
        ZoneId browser = BrowserZone.of(UI.getCurrent()).orElse(CustomerZones.UTC);
        zone.setId("deadline-zone");
        zone.setValue(browser.getId());
        zone.getElement().setAttribute("list", "deadline-zones");
        zone.getElement().setAttribute("autocomplete", "off");
        zone.getElement().setAttribute("spellcheck", "false");
        zone.getElement().addEventListener("change", e -> {
            zoneLeft = true;
            update();
        });
        zoneField = new LabelledField(zone, getTranslation("sla.deadline.zone"), getTranslation("sla.deadline.zone.help"));
        // The zones' list comes when the customer first reaches the field, not with the page: its
        // 489 options were a fifth of what a phone's first response cost on /sla (issue 25).
        DomOnce.listen(zone.getElement(), "focus", () -> zoneField.add(zones()));
        LocalDateTime now = LocalDateTime.now(clock.withZone(browser)).withSecond(0).withNano(0);
        startDate.setId("deadline-start-date");
        startDate.setValue(now.toLocalDate().toString());
        startTime.setId("deadline-start-time");
        startTime.setValue(now.toLocalTime().toString());
        startDateField = new LabelledField(startDate, getTranslation("sla.deadline.start"), null);
        startTimeField = new LabelledField(startTime, getTranslation("sla.deadline.start.time"), null);
        Div start = new Div(startDateField, startTimeField);
        start.setId("deadline-start");
        start.addClassName("date-time");
        result.setId("deadline-result");
        result.addClassName("calculator-result");
        result.getElement().setAttribute("aria-live", "polite");
        severity.addValueChangeListener(e -> update());
        plan.addValueChangeListener(e -> update());
        // An incomplete or impossible date or time reaches the server as an empty value: the answer goes.
        Stream.of(startDate, startTime, zone).forEach(field -> field.addValueChangeListener(e -> update()));
        Div inputs = new Div(new LabelledField(severity, getTranslation("sla.deadline.severity"), null),
                new LabelledField(plan, getTranslation("sla.deadline.plan"), null), start, zoneField);
        inputs.addClassName("calculator-inputs");
        add(Sections.section("sla-deadline-section", Sections.h2(this, "sla.deadline.title"),
                new Paragraph(getTranslation("sla.deadline.intro")), inputs, result));
        addClassName("calculator");
        update();
    }

    /** Every customer zone as the options of one datalist: written once, not on each page. */
    private static final String ZONES = CustomerZones.ALL.stream()
            .map(id -> "<option value=\"" + Entities.escape(id) + "\"></option>")
            .collect(Collectors.joining("", "<datalist id=\"deadline-zones\">", "</datalist>"));

    /** The zones offered as the customer types: one element holding every option, not one element each. */
    private static Component zones() {
        return new Html(ZONES);
    }

    /**
     * Takes a verdict's severity, column and zone (from {@code /sla?severity&sla&tz}); a value that
     * is not one of the calculator's leaves its default.
     */
    void prefill(Optional<String> severityCode, Optional<String> columnCode, Optional<String> zoneId) {
        severityCode.flatMap(code -> Code.parse(Severity.class, code)).ifPresent(severity::setValue);
        columnCode.flatMap(code -> Code.parse(SlaColumn.class, code)).filter(ResponseTargets.COLUMNS::contains)
                .ifPresent(plan::setValue);
        zoneId.flatMap(CustomerZones::parse).map(ZoneId::getId).ifPresent(zone::setValue);
    }

    private void update() {
        result.removeAll();
        result.getElement().removeAttribute("data-deadline");
        Optional<LocalDate> date = parse(startDate.getValue(), LocalDate::parse);
        Optional<LocalTime> time = parse(startTime.getValue(), LocalTime::parse);
        Optional<ZoneId> zoneId = CustomerZones.parse(zone.getValue().strip());
        startDateField.setError(date.isEmpty() ? getTranslation("sla.deadline.start.error") : null);
        startTimeField.setError(time.isEmpty() ? getTranslation("sla.deadline.start.time.error") : null);
        zoneField.setError(zoneId.isEmpty() && zoneLeft ? getTranslation("sla.deadline.zone.error") : null);
        if (severity.getValue() == null || plan.getValue() == null || date.isEmpty() || time.isEmpty() || zoneId.isEmpty()) {
            result.add(new Paragraph(getTranslation("sla.deadline.incomplete")));
            return;
        }
        ResponseTarget target = ResponseTargets.of(plan.getValue(), severity.getValue()).orElseThrow();
        LocalDateTime start = LocalDateTime.of(date.get(), time.get());
        Deadline deadline = Deadline.compute(start.atZone(zoneId.get()).toInstant(), zoneId.get(), target);
        result.getElement().setAttribute("data-deadline", deadline.due().toInstant().toString());
        Span due = new Span(getTranslation("sla.deadline.result", format(deadline.due(), "format.date-time"),
                zoneId.get().getId()));
        due.addClassName("result-headline");
        Paragraph explanation = new Paragraph(explain(deadline));
        explanation.setId("deadline-explanation");
        List<Reading> readings = Reading.appliedBy(plan.getValue(), target);
        result.add(due, explanation);
        // Each reading the count applied, one line under it; the page's foot names the sources.
        readings.stream().map(HowWeCount::line).forEach(result::add);
    }

    /** "Friday 17:30 + 2 business hours: 30 min on Friday, 1 h 30 on Monday from 06:00, so Monday 07:30". */
    String explain(Deadline d) {
        String target = getTranslation("target.short." + d.target().unit().code(), d.target().amount());
        String begin = format(d.start(), "format.day-time");
        String end = format(d.due(), "format.day-time");
        if (!d.target().businessHoursOnly()) {
            return getTranslation("sla.deadline.explain.wall", begin, target, end);
        }
        List<String> parts = new ArrayList<>();
        for (Deadline.Segment s : d.segments()) {
            String length = DurationText.length(s.length(), this::getTranslation);
            String day = format(s.from(), "format.day");
            parts.add(s.from().equals(d.start())
                    ? getTranslation("sla.deadline.segment.same-day", length, day)
                    : getTranslation("sla.deadline.segment", length, day, format(s.from(), "format.time")));
        }
        return getTranslation("sla.deadline.explain.business", begin, target, String.join(", ", parts), end);
    }

    /** The browser's value of a date or time input (ISO), empty when it is empty or impossible. */
    private static <T> Optional<T> parse(String value, Function<String, T> parser) {
        try {
            return value.isBlank() ? Optional.empty() : Optional.of(parser.apply(value.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String format(ZonedDateTime time, String patternKey) {
        return Messages.format(time, getTranslation(patternKey), getLocale());
    }
}
